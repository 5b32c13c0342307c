package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.data.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;

/**
 * Sitrep's embedded store: one SQLite file with a versioned schema (migrations {@code /sitrep/store/V<n>__*.sql},
 * applied in order at open). Each report is written with its claims and events in one transaction, so a crash never
 * leaves half a report. Reports are full-text indexed (FTS5), evidence sentences too, and event coordinates are in an
 * R*Tree for bounding-box queries.
 *
 * <p>Not thread-safe for writes: the pipeline funnels writes through one thread. Reads may come from any thread of
 * the same process as long as writes are not concurrent (SQLite serialises them; WAL lets readers run alongside).
 * Statements are prepared once per SQL text and reused ({@link StatementCache}); a caller never shares one with
 * another thread.
 */
public final class Store implements AutoCloseable {
    /** The migrations this build knows, in order. */
    static final String[] MIGRATIONS = {"V1__init.sql", "V2__fuse.sql", "V3__query_indexes.sql", "V4__fuse_indexes.sql",
            "V5__outlet_places.sql"};

    /** How many distinct SQL texts keep a prepared statement ready. */
    static final int CACHED_SQL = 256;

    private final Connection conn;
    private final Path file;
    private final StatementCache statements;

    private Store(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
        this.statements = new StatementCache(conn, CACHED_SQL);
    }

    /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
    public static Store open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) java.nio.file.Files.createDirectories(parent);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
            Store st = new Store(c, file);
            st.migrate();
            return st;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() { return file; }

    /** The JDBC connection, for components that keep their own tables in the store (gazetteer import). */
    public Connection connection() { return conn; }

    /** Current schema version (number of migrations applied). */
    public int schemaVersion() {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version", e);
        }
    }

    private void migrate() throws SQLException, IOException {
        int version = schemaVersion();
        if (version > MIGRATIONS.length) {
            throw new StoreException("store " + file + " has schema version " + version
                    + ", newer than this Sitrep (" + MIGRATIONS.length + ")", null);
        }
        for (int v = version; v < MIGRATIONS.length; v++) {
            String sql;
            try (InputStream in = Store.class.getResourceAsStream("/sitrep/store/" + MIGRATIONS[v])) {
                if (in == null) throw new IOException("missing migration " + MIGRATIONS[v]);
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                for (String stmt : splitSql(sql)) s.execute(stmt);
                s.execute("PRAGMA user_version = " + (v + 1));
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        }
    }

    static List<String> splitSql(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            int c = line.indexOf("--");
            String code = c >= 0 ? line.substring(0, c) : line;
            if (code.isBlank()) continue;
            cur.append(code.stripTrailing()).append('\n');
            if (code.strip().endsWith(";")) {
                String s = cur.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }

    // ---------------------------------------------------------------- writes

    /** True if a report with this content hash is stored. */
    public boolean hasContent(String contentHash) {
        return queryOne("SELECT 1 FROM report WHERE content_hash = ?", rs -> true, contentHash).orElse(false);
    }

    /**
     * Writes a report with its claims and the events they support, in one transaction. A report already stored
     * under the same id is replaced (its claims removed first); events are upserted by id.
     *
     * @param sentences number of sentences the nlp stage found (for statistics)
     */
    public void saveReport(Report r, List<String> warnings, int sentences, List<Claim> claims, List<Event> events) {
        inTransaction(() -> {
            deleteReportRows(r.id());
            exec("INSERT INTO report(id, content_hash, outlet, url, published, published_confidence, title, text,"
                            + " media_json, origin, format, warnings_json, sentences, ingested_at)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    r.id(), r.contentHash(), r.outlet(), r.url(), r.published() == null ? null : r.published().toString(),
                    r.publishedConfidence().name(), r.title(), r.text(), Json.write(r.media()), r.origin(), r.format(),
                    Json.write(warnings == null ? List.of() : warnings), sentences, Instant.now().toString());
            exec("INSERT INTO report_fts(report_id, title, text) VALUES (?,?,?)", r.id(), r.title(), r.text());
            for (Event e : events) upsertEvent(e);
            for (Claim c : claims) insertClaim(c, eventIdOf(c, events));
            moveClaims(events);
            refreshActorsAndPlaces(events);
        });
    }

    /**
     * Records what a stored report taught its outlet's local lexicon: the division keys and countries of the places
     * it resolved confidently (see {@code OutletLexicon}), replacing what it taught before.
     */
    public void saveOutletPlaces(String reportId, String outlet, List<String> admin1Keys, List<String> countries) {
        inTransaction(() -> {
            exec("DELETE FROM outlet_place WHERE report_id = ?", reportId);
            for (String a : admin1Keys) exec("INSERT INTO outlet_place(report_id, outlet, kind, code) VALUES (?,?,?,?)", reportId, outlet, "admin1", a);
            for (String c : countries) exec("INSERT INTO outlet_place(report_id, outlet, kind, code) VALUES (?,?,?,?)", reportId, outlet, "country", c);
        });
    }

    /**
     * One outlet's local lexicon as stored: over {@code reports} reports, how many confidently resolved places lay
     * in each division ({@code admin1}, "US.48") and in each country.
     */
    public record OutletPlaces(String outlet, int reports, java.util.Map<String, Integer> admin1,
                               java.util.Map<String, Integer> countries) {}

    /** Every outlet's stored counts, by outlet. */
    public List<OutletPlaces> outletPlaces() {
        java.util.Map<String, OutletPlaces> out = new java.util.TreeMap<>();
        for (Object[] row : queryList("SELECT outlet, count(DISTINCT report_id) FROM outlet_place GROUP BY outlet",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
            out.put((String) row[0], new OutletPlaces((String) row[0], (Integer) row[1], new java.util.TreeMap<>(), new java.util.TreeMap<>()));
        }
        for (Object[] row : queryList("SELECT outlet, kind, code, count(*) FROM outlet_place GROUP BY outlet, kind, code",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)})) {
            OutletPlaces o = out.get((String) row[0]);
            (row[1].equals("admin1") ? o.admin1() : o.countries()).put((String) row[2], (Integer) row[3]);
        }
        return List.copyOf(out.values());
    }

    /** Records an input that was skipped, with its reason. */
    public void recordSkipped(String origin, String reason) {
        exec("INSERT INTO skipped(origin, reason, at) VALUES (?,?,?)", origin, reason, Instant.now().toString());
    }

    /** Removes a report, its claims, and events no other claim supports. */
    public void deleteReport(String reportId) {
        inTransaction(() -> deleteReportRows(reportId));
    }

    private void deleteReportRows(String reportId) {
        List<String> eventIds = queryList("SELECT DISTINCT event_id FROM claim WHERE report_id = ?", rs -> rs.getString(1), reportId);
        // a report without claims has no evidence rows to remove (and the full-text table has no index to find them)
        if (!eventIds.isEmpty()) exec("DELETE FROM claim_fts WHERE claim_id IN (SELECT id FROM claim WHERE report_id = ?)", reportId);
        exec("DELETE FROM claim WHERE report_id = ?", reportId);
        exec("DELETE FROM report_fts WHERE report_id = ?", reportId);
        exec("DELETE FROM report WHERE id = ?", reportId);
        for (String id : eventIds) {
            boolean orphan = queryOne("SELECT 1 FROM claim WHERE event_id = ? LIMIT 1", rs -> true, id).isEmpty();
            if (orphan) {
                exec("DELETE FROM event_rtree WHERE rid = (SELECT rid FROM event WHERE id = ?)", id);
                exec("DELETE FROM event WHERE id = ?", id);
            }
        }
    }

    /**
     * Points every stored claim that {@code events} list (claims of earlier reports a fuser regrouped) at the event
     * listing it, and removes the events left without claims. Call inside a transaction after upserting the events
     * ({@link #saveReport} does).
     */
    public void moveClaims(List<Event> events) {
        java.util.Set<String> left = new java.util.TreeSet<>();
        for (Event e : events) {
            List<String> ids = new ArrayList<>(e.supporting());
            ids.addAll(e.contradicting());
            for (String id : ids) {
                queryOne("SELECT event_id FROM claim WHERE id = ?", rs -> rs.getString(1), id).ifPresent(old -> {
                    if (old.equals(e.id())) return;
                    exec("UPDATE claim SET event_id = ? WHERE id = ?", e.id(), id);
                    left.add(old);
                });
            }
        }
        for (String id : left) {
            if (queryOne("SELECT 1 FROM claim WHERE event_id = ? LIMIT 1", rs -> true, id).isEmpty()) {
                exec("DELETE FROM event_rtree WHERE rid = (SELECT rid FROM event WHERE id = ?)", id);
                exec("DELETE FROM event WHERE id = ?", id);
            }
        }
    }

    private static String eventIdOf(Claim c, List<Event> events) {
        for (Event e : events) {
            if (e.supporting().contains(c.id()) || e.contradicting().contains(c.id())) return e.id();
        }
        throw new IllegalArgumentException("claim " + c.id() + " belongs to no event");
    }

    /** Inserts or replaces an event (by id), keeping its row id stable for the spatial index. */
    public void upsertEvent(Event e) {
        EventCoding c = e.coding();
        ActorRef a1 = c.initiator(), a2 = c.recipient();
        PlaceRef p = c.place();
        boolean located = p != null && p.resolved();
        Object[] values = {
                e.id(), c.type().name(), c.mode(), c.cameo(), c.acledType(), c.acledSubType(),
                a1 == null ? null : a1.name(), a1 == null ? null : a1.code(), a1 == null ? null : a1.country(),
                a2 == null ? null : a2.name(), a2 == null ? null : a2.code(), a2 == null ? null : a2.country(),
                p == null ? null : p.gazetteerId(), p == null ? null : p.name(), p == null ? null : p.admin1(),
                p == null ? null : p.country(), located ? p.lat() : null, located ? p.lon() : null,
                p == null ? null : p.precision(),
                c.time() == null || c.time().start() == null ? null : c.time().start().toString(),
                c.time() == null || c.time().end() == null ? null : c.time().end().toString(),
                c.time() == null ? null : c.time().granularity().name(),
                e.status().code(), e.certainty().code(), e.context().code(), e.outlets(),
                e.supporting().isEmpty() ? "" : e.supporting().get(0).split(":")[0], Json.write(e)};
        Optional<Object[]> stored = queryOne("SELECT rid, event_json FROM event WHERE id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)}, e.id());
        // every column derives from the event, so an event stored with the same JSON is stored as it would be written
        if (stored.isPresent() && values[values.length - 1].equals(stored.get()[1])) return;
        Optional<Long> rid = stored.map(row -> (Long) row[0]);
        if (rid.isPresent()) {
            exec("UPDATE event SET id=?, type=?, mode=?, cameo=?, acled_type=?, acled_sub_type=?, actor1=?, actor1_code=?,"
                    + " actor1_country=?, actor2=?, actor2_code=?, actor2_country=?, place_id=?, place_name=?, admin1=?,"
                    + " country=?, lat=?, lon=?, geo_precision=?, date_start=?, date_end=?, granularity=?, status=?,"
                    + " certainty=?, context=?, outlets=?, first_report=?, event_json=? WHERE rid=?", withLast(values, rid.get()));
            exec("DELETE FROM event_rtree WHERE rid = ?", rid.get());
        } else {
            exec("INSERT INTO event(id, type, mode, cameo, acled_type, acled_sub_type, actor1, actor1_code, actor1_country,"
                    + " actor2, actor2_code, actor2_country, place_id, place_name, admin1, country, lat, lon, geo_precision,"
                    + " date_start, date_end, granularity, status, certainty, context, outlets, first_report, event_json)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values);
            rid = queryOne("SELECT rid FROM event WHERE id = ?", rs -> rs.getLong(1), e.id());
        }
        if (located) {
            exec("INSERT INTO event_rtree(rid, min_lon, max_lon, min_lat, max_lat) VALUES (?,?,?,?,?)",
                    rid.get(), p.lon(), p.lon(), p.lat(), p.lat());
        }
    }

    private static Object[] withLast(Object[] values, Object last) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    private void insertClaim(Claim c, String eventId) {
        exec("INSERT OR REPLACE INTO claim(id, report_id, event_id, stance, certainty, context, claimants_json, sentence,"
                        + " sentence_begin, sentence_end, trigger_begin, trigger_end, evidence, claim_json)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.id(), c.reportId(), eventId, c.stance().name(), c.certainty().code(), c.context().code(),
                Json.write(c.claimants()), c.evidence().sentence(), c.evidence().sentenceSpan().begin(),
                c.evidence().sentenceSpan().end(), c.evidence().triggerSpan().begin(), c.evidence().triggerSpan().end(),
                c.evidence().text(), Json.write(c));
        exec("INSERT INTO claim_fts(claim_id, event_id, evidence) VALUES (?,?,?)", c.id(), eventId, c.evidence().text());
    }

    /**
     * Adds the actors and places of {@code events} to their tables (the first reading of each code or id is kept) and
     * recounts their events, once per actor and place however many of the events name it.
     */
    private void refreshActorsAndPlaces(List<Event> events) {
        List<ActorRef> actors = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        java.util.Map<String, PlaceRef> places = new java.util.LinkedHashMap<>();
        for (Event e : events) {
            for (ActorRef a : new ActorRef[] {e.coding().initiator(), e.coding().recipient()}) {
                // an actor without a code (no name either) is inserted each time, as a key that conflicts with nothing
                if (a != null && (a.code() == null || codes.add(a.code()))) actors.add(a);
            }
            PlaceRef p = e.coding().place();
            if (p != null && p.gazetteerId() != null) places.putIfAbsent(p.gazetteerId(), p);
        }
        for (ActorRef a : actors) {
            exec("INSERT INTO actor(code, name, country, sector, entry, events) VALUES (?,?,?,?,?,0)"
                    + " ON CONFLICT(code) DO NOTHING", a.code(), a.name(), a.country(), a.sector(), a.entryId());
            // events naming the actor on either side, counted as two disjoint index-only counts (V4 index)
            exec("UPDATE actor SET events = (SELECT count(*) FROM event WHERE actor1_code = ?1)"
                    + " + (SELECT count(*) FROM event WHERE actor2_code = ?1 AND actor1_code IS NOT ?1) WHERE code = ?1", a.code());
        }
        for (PlaceRef p : places.values()) {
            exec("INSERT INTO place(id, name, lat, lon, feature_code, country, admin1, events) VALUES (?,?,?,?,?,?,?,0)"
                    + " ON CONFLICT(id) DO NOTHING", p.gazetteerId(), p.name(), p.resolved() ? p.lat() : null,
                    p.resolved() ? p.lon() : null, p.featureCode(), p.country(), p.admin1());
            exec("UPDATE place SET events = (SELECT count(*) FROM event WHERE place_id = ?1) WHERE id = ?1", p.gazetteerId());
        }
    }

    // ---------------------------------------------------------------- reads

    /** Events matching the query, ordered by date then id (undated events first), the order the indexes keep. */
    public List<Event> events(EventQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT e.event_json FROM event e" + where(q, args) + " ORDER BY e.date_start, e.id"
                + (q.limit() > 0 ? " LIMIT " + q.limit() + " OFFSET " + Math.max(0, q.offset()) : "");
        return queryList(sql, rs -> Json.read(rs.getString(1), Event.class), args.toArray());
    }

    /** Number of events matching the query (ignoring paging). */
    public int countEvents(EventQuery q) {
        List<Object> args = new ArrayList<>();
        return queryOne("SELECT count(*) FROM event e" + where(q, args), rs -> rs.getInt(1), args.toArray()).orElse(0);
    }

    /**
     * A stored event as the fuser's search for merge candidates tests it: its interval as stored (ISO days; {@code end}
     * is date_end, else date_start), its box in the R*Tree as stored there (minLon, maxLon, minLat, maxLat; null when
     * not located) and its JSON.
     */
    public record CandidateRow(String id, String start, String end, double[] box, String json) {}

    /**
     * Events of {@code type} whose interval ends on or after {@code from} and starts on or before {@code to} (null: no
     * bound), as {@link CandidateRow}s, read through the index of (type, end of interval). Unordered.
     */
    public List<CandidateRow> candidateRows(String type, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        args.add(type);
        StringBuilder sql = new StringBuilder("SELECT e.id, e.date_start, ifnull(e.date_end, e.date_start), r.min_lon, r.max_lon,"
                + " r.min_lat, r.max_lat, e.event_json FROM event e INDEXED BY event_type_end LEFT JOIN event_rtree r ON r.rid = e.rid"
                + " WHERE e.type = ?");
        if (from != null) { sql.append(" AND ifnull(e.date_end, e.date_start) >= ?"); args.add(from.toString()); }
        if (to != null) { sql.append(" AND e.date_start <= ?"); args.add(to.toString()); }
        return queryList(sql.toString(), rs -> {
            double[] box = null;
            if (rs.getObject(4) != null) box = new double[] {rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)};
            return new CandidateRow(rs.getString(1), rs.getString(2), rs.getString(3), box, rs.getString(8));
        }, args.toArray());
    }

    private static String where(EventQuery q, List<Object> args) {
        List<String> w = new ArrayList<>();
        if (q.from() != null) { w.add("coalesce(e.date_end, e.date_start) >= ?"); args.add(q.from().toString()); }
        if (q.to() != null) { w.add("e.date_start <= ?"); args.add(q.to().toString()); }
        if (q.type() != null) { w.add("e.type = ?"); args.add(q.type().toUpperCase(Locale.ROOT)); }
        if (q.status() != null) { w.add("e.status = ?"); args.add(q.status().toLowerCase(Locale.ROOT)); }
        if (q.certainty() != null) { w.add("e.certainty = ?"); args.add(q.certainty().toLowerCase(Locale.ROOT)); }
        if (q.actor() != null) {
            w.add("(lower(e.actor1) LIKE ? OR lower(e.actor2) LIKE ? OR lower(e.actor1_code) LIKE ? OR lower(e.actor2_code) LIKE ?)");
            String like = "%" + q.actor().toLowerCase(Locale.ROOT) + "%";
            for (int i = 0; i < 4; i++) args.add(like);
        }
        if (q.place() != null) {
            w.add("(lower(e.place_name) LIKE ? OR lower(e.admin1) LIKE ? OR e.place_id = ?)");
            String like = "%" + q.place().toLowerCase(Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
            args.add(q.place());
        }
        if (q.text() != null && !q.text().isBlank()) {
            w.add("e.id IN (SELECT event_id FROM claim_fts WHERE claim_fts MATCH ?)");
            args.add(q.text());
        }
        if (q.bbox() != null) {
            w.add("e.rid IN (SELECT rid FROM event_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)");
            args.add(q.bbox()[0]);
            args.add(q.bbox()[2]);
            args.add(q.bbox()[1]);
            args.add(q.bbox()[3]);
        }
        return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
    }

    /** True if an event with this id is stored. */
    public boolean hasEvent(String id) {
        return queryOne("SELECT 1 FROM event WHERE id = ?", rs -> true, id).isPresent();
    }

    public Optional<Event> event(String id) {
        return queryOne("SELECT event_json FROM event WHERE id = ?", rs -> Json.read(rs.getString(1), Event.class), id);
    }

    /** Every claim linked to an event, supporting and contradicting, by report date. */
    public List<Claim> claimsOf(String eventId) {
        return queryList("SELECT c.claim_json FROM claim c JOIN report r ON r.id = c.report_id WHERE c.event_id = ?"
                + " ORDER BY r.published, c.id", rs -> Json.read(rs.getString(1), Claim.class), eventId);
    }

    public List<Claim> claimsOfReport(String reportId) {
        return queryList("SELECT claim_json FROM claim WHERE report_id = ? ORDER BY sentence, trigger_begin",
                rs -> Json.read(rs.getString(1), Claim.class), reportId);
    }

    public Optional<Report> report(String id) {
        return queryOne("SELECT * FROM report WHERE id = ?", Store::readReport, id);
    }

    /** Reports ordered by publication time then id; limit 0 = all. */
    public List<Report> reports(int limit, int offset) {
        return queryList("SELECT * FROM report ORDER BY published IS NULL, published, id"
                + (limit > 0 ? " LIMIT " + limit + " OFFSET " + offset : ""), Store::readReport);
    }

    /** Full-text search over reports (FTS5 query syntax); returns report ids with a highlighted snippet, best first. */
    public List<SearchHit> search(String query, int limit) {
        return queryList("SELECT report_id, snippet(report_fts, 2, '[', ']', '…', 16), bm25(report_fts) FROM report_fts"
                        + " WHERE report_fts MATCH ? ORDER BY bm25(report_fts) LIMIT ?",
                rs -> new SearchHit(rs.getString(1), rs.getString(2), -rs.getDouble(3)), query, limit);
    }

    /** A full-text search result. */
    public record SearchHit(String reportId, String snippet, double score) {}

    /** Inputs skipped so far, newest first. */
    public List<String[]> skipped(int limit) {
        return queryList("SELECT origin, reason, at FROM skipped ORDER BY id DESC LIMIT ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, limit);
    }

    /** Counts of what is stored. */
    public Stats stats() {
        return new Stats(count("report"), count("claim"), count("event"), count("actor"), count("place"), count("skipped"));
    }

    /** Counts of stored rows. */
    public record Stats(int reports, int claims, int events, int actors, int places, int skipped) {}

    private int count(String table) {
        return queryOne("SELECT count(*) FROM " + table, rs -> rs.getInt(1)).orElse(0);
    }

    private static Report readReport(ResultSet rs) throws SQLException {
        String pub = rs.getString("published");
        return new Report(rs.getString("id"), rs.getString("content_hash"), rs.getString("outlet"), rs.getString("url"),
                pub == null ? null : Instant.parse(pub), Report.DateConfidence.valueOf(rs.getString("published_confidence")),
                rs.getString("title"), rs.getString("text"),
                Json.read(rs.getString("media_json"), new TypeReference<List<Report.Media>>() {}), rs.getString("origin"),
                rs.getString("format"));
    }

    // ---------------------------------------------------------------- JDBC plumbing

    /** Reads one row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs {@code body} in one transaction: all of it is written or none. */
    public void inTransaction(Runnable body) {
        try {
            conn.setAutoCommit(false);
            try {
                body.run();
                conn.commit();
            } catch (RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    /** Executes one statement with positional arguments. */
    public int exec(String sql, Object... args) {
        PreparedStatement ps = null;
        try {
            ps = statements.take(sql);
            bind(ps, args);
            int n = ps.executeUpdate();
            statements.give(sql, ps);
            return n;
        } catch (SQLException e) {
            if (ps != null) statements.discard(ps);
            throw new StoreException(e.getMessage() + " in: " + sql, e);
        } catch (RuntimeException e) {
            if (ps != null) statements.discard(ps);
            throw e;
        }
    }

    public <T> List<T> queryList(String sql, RowMapper<T> m, Object... args) {
        PreparedStatement ps = null;
        try {
            ps = statements.take(sql);
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(m.map(rs));
            }
            statements.give(sql, ps);
            return out;
        } catch (SQLException e) {
            if (ps != null) statements.discard(ps);
            throw new StoreException(e.getMessage() + " in: " + sql, e);
        } catch (RuntimeException e) {
            if (ps != null) statements.discard(ps);
            throw e;
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> m, Object... args) {
        List<T> l = queryList(sql, m, args);
        return l.isEmpty() ? Optional.empty() : Optional.ofNullable(l.get(0));
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }

    @Override
    public void close() {
        try {
            statements.close();
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store", e);
        }
    }
}
