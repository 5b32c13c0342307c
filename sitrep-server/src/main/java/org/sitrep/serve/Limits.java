package org.sitrep.serve;

import java.time.Duration;

/**
 * The bounds the server puts on every request, so one client cannot exhaust it.
 *
 * @param maxBodyBytes    largest request body accepted (larger ones get 413)
 * @param maxPageSize     largest {@code limit} a list route accepts (larger ones get 400)
 * @param defaultPageSize page size when the client gives no {@code limit}
 * @param maxOffset       largest {@code offset} accepted (deep offsets cost a scan each)
 * @param queryTimeout    time a request may spend in the store before it is cancelled (503)
 * @param readConnections store connections serving reads in parallel
 */
public record Limits(long maxBodyBytes, int maxPageSize, int defaultPageSize, int maxOffset, Duration queryTimeout,
                     int readConnections) {
    public Limits {
        if (maxBodyBytes < 1 || maxPageSize < 1 || defaultPageSize < 1 || defaultPageSize > maxPageSize || maxOffset < 0
                || queryTimeout.isNegative() || queryTimeout.isZero() || readConnections < 1) {
            throw new IllegalArgumentException("bad limits: " + maxBodyBytes + ", " + maxPageSize + ", " + defaultPageSize
                    + ", " + maxOffset + ", " + queryTimeout + ", " + readConnections);
        }
    }

    /** 5 MB bodies, pages of at most 500 (100 by default), offsets up to 1,000,000, 5 s per query, 4 connections. */
    public static Limits defaults() {
        return new Limits(5L << 20, 500, 100, 1_000_000, Duration.ofSeconds(5), 4);
    }

    public Limits withQueryTimeout(Duration d) {
        return new Limits(maxBodyBytes, maxPageSize, defaultPageSize, maxOffset, d, readConnections);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(bytes, maxPageSize, defaultPageSize, maxOffset, queryTimeout, readConnections);
    }

    public Limits withReadConnections(int n) {
        return new Limits(maxBodyBytes, maxPageSize, defaultPageSize, maxOffset, queryTimeout, n);
    }
}
