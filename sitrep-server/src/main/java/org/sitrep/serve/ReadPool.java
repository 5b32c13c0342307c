package org.sitrep.serve;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sqlite.ProgressHandler;

/**
 * Read connections to the store file, shared by the request threads. Each read borrows one connection for at most
 * the query timeout: SQLite's progress handler cancels a statement that runs past it, and a request that waits
 * longer than that for a free connection is turned away (503). SQLite's WAL mode lets these readers run alongside
 * the one writer.
 */
final class ReadPool implements AutoCloseable {
    /** Page cache per read connection (SQLite's default of 2 MB makes every large query read from the OS). */
    static final int CACHE_KIB = 64 * 1024;

    private final BlockingQueue<Reader> idle;
    private final List<Reader> all = new ArrayList<>();
    private final Duration timeout;

    /** One read connection and the instant (System.nanoTime) its current work must end by. */
    private static final class Reader {
        final Store store;
        volatile long deadline = Long.MAX_VALUE;

        Reader(Store store) { this.store = store; }
    }

    ReadPool(Store source, int size, Duration timeout) {
        this.timeout = timeout;
        this.idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Reader r = new Reader(Store.open(source.file()));
                try (Statement s = r.store.connection().createStatement()) {
                    s.execute("PRAGMA cache_size = -" + CACHE_KIB);
                }
                ProgressHandler.setHandler(r.store.connection(), 2_000, new ProgressHandler() {
                    @Override
                    protected int progress() {
                        return System.nanoTime() > r.deadline ? 1 : 0;
                    }
                });
                all.add(r);
                idle.add(r);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw new StoreException("cannot open read connections to " + source.file() + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a borrowed connection within the query timeout. */
    <T> T read(Function<Store, T> work) {
        Reader r;
        try {
            r = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "server is shutting down");
        }
        if (r == null) throw new ApiException(503, "server busy: no store connection came free within " + seconds());
        r.deadline = System.nanoTime() + timeout.toNanos();
        try {
            return work.apply(r.store);
        } catch (StoreException e) {
            throw translate(e);
        } finally {
            r.deadline = Long.MAX_VALUE;
            idle.add(r);
        }
    }

    private RuntimeException translate(StoreException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_INTERRUPT") || m.contains("interrupted")) {
            return new ApiException(503, "query cancelled after " + seconds() + ": narrow the filters or the time range");
        }
        if (m.contains("fts5:") || m.contains("unterminated string") || m.contains("no such column")) {
            return ApiException.badRequest("bad text query: " + m.replaceAll("(?s) in: .*", "").replaceAll("\\[SQLITE_\\w+\\][^(]*", "").trim());
        }
        return e;
    }

    private String seconds() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    @Override
    public void close() {
        for (Reader r : all) {
            try {
                r.store.close();
            } catch (RuntimeException ignored) {
                // closing a read connection cannot lose data
            }
        }
        all.clear();
    }
}
