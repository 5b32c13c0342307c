package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one connection kept for reuse, by SQL text. Preparing is a large part of a short statement's
 * cost (SQLite parses the SQL and plans the query each time), and the fuse and store stages run the same few
 * statements thousands of times.
 *
 * <p>A statement is lent to one caller at a time ({@link #take}, then {@link #give} back or {@link #discard} after a
 * failure), so callers on different threads never share one. At most {@value #PER_SQL} idle copies are kept per SQL
 * text, and at most {@code maxSql} SQL texts (the least recently used are closed first), so queries built with
 * literal values cannot make it grow without bound.
 */
final class StatementCache implements AutoCloseable {
    static final int PER_SQL = 2;

    private final Connection conn;
    private final int maxSql;
    private final LinkedHashMap<String, ArrayDeque<PreparedStatement>> idle = new LinkedHashMap<>(64, 0.75f, true);
    private boolean closed;

    StatementCache(Connection conn, int maxSql) {
        this.conn = conn;
        this.maxSql = maxSql;
    }

    /** An idle statement for {@code sql}, or a newly prepared one. */
    PreparedStatement take(String sql) throws SQLException {
        synchronized (this) {
            ArrayDeque<PreparedStatement> q = idle.get(sql);
            PreparedStatement ps = q == null ? null : q.poll();
            if (ps != null) return ps;
        }
        return conn.prepareStatement(sql);
    }

    /** Returns a statement after successful use (its result set closed); it is kept or closed. */
    void give(String sql, PreparedStatement ps) {
        synchronized (this) {
            if (!closed) {
                ArrayDeque<PreparedStatement> q = idle.computeIfAbsent(sql, k -> new ArrayDeque<>(PER_SQL));
                if (q.size() < PER_SQL) {
                    q.add(ps);
                    evict();
                    return;
                }
            }
        }
        discard(ps);
    }

    /** Closes a statement instead of keeping it (after a failure, when its state is unknown). */
    void discard(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // already unusable; nothing to keep
        }
    }

    private void evict() {
        Iterator<Map.Entry<String, ArrayDeque<PreparedStatement>>> it = idle.entrySet().iterator();
        while (idle.size() > maxSql && it.hasNext()) {
            ArrayDeque<PreparedStatement> q = it.next().getValue();
            it.remove();
            q.forEach(this::discard);
        }
    }

    /** Closes every idle statement; statements given back later are closed at once. */
    @Override
    public synchronized void close() {
        closed = true;
        idle.values().forEach(q -> q.forEach(this::discard));
        idle.clear();
    }
}
