package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Claim;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/** Reports (text served as a JSON string, never as markup), actors, places, full-text search and counts. */
final class CatalogRoutes {
    private final Api api;

    CatalogRoutes(Api api) { this.api = api; }

    void register(Javalin app) {
        app.get(Api.V1 + "/reports", this::reports);
        app.get(Api.V1 + "/reports/{id}", this::report);
        app.get(Api.V1 + "/actors", this::actors);
        app.get(Api.V1 + "/places", this::places);
        app.get(Api.V1 + "/places.geojson", this::placesGeoJson);
        app.get(Api.V1 + "/search", this::search);
        app.get(Api.V1 + "/stats", this::stats);
    }

    private void reports(Context ctx) {
        Params p = api.params(ctx);
        int limit = p.limit(), offset = p.offset();
        ctx.json(api.read(store -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Report r : store.reports(limit, offset)) items.add(summary(r));
            return Api.page(store.stats().reports(), limit, offset, items);
        }));
    }

    static Map<String, Object> summary(Report r) {
        return Api.obj("id", r.id(), "outlet", r.outlet(), "url", r.url(),
                "published", r.published() == null ? null : r.published().toString(),
                "published_confidence", r.publishedConfidence().name().toLowerCase(Locale.ROOT), "title", r.title(),
                "origin", r.origin(), "format", r.format(), "chars", r.text().length());
    }

    private void report(Context ctx) {
        api.params(ctx);
        String id = ctx.pathParam("id");
        ctx.json(api.read(store -> {
            Report r = store.report(id).orElseThrow(() -> ApiException.notFound("no report with id '" + id + "'"));
            Map<String, String> eventOf = new HashMap<>();
            store.queryList("SELECT id, event_id FROM claim WHERE report_id = ?", rs -> eventOf.put(rs.getString(1), rs.getString(2)), id);
            List<Map<String, Object>> claims = new ArrayList<>();
            for (Claim c : store.claimsOfReport(id)) {
                claims.add(Api.obj("id", c.id(), "event_id", eventOf.get(c.id()), "event", c.event().type().name(),
                        "stance", c.stance().name().toLowerCase(Locale.ROOT), "certainty", c.certainty().code(),
                        "context", c.context().code(), "claimants", c.claimants(),
                        "evidence", Api.obj("sentence", c.evidence().sentence(), "text", c.evidence().text(),
                                "begin", c.evidence().sentenceSpan().begin(), "end", c.evidence().sentenceSpan().end(),
                                "trigger_begin", c.evidence().triggerSpan().begin(), "trigger_end", c.evidence().triggerSpan().end())));
            }
            Map<String, Object> m = summary(r);
            m.put("text", r.text());
            m.put("media", r.media());
            m.put("claims", claims);
            return m;
        }));
    }

    private void actors(Context ctx) {
        Params p = api.params(ctx);
        String q = p.string("q");
        int limit = p.limit(), offset = p.offset();
        String where = q == null ? "" : " WHERE lower(name) LIKE ?1 OR lower(code) LIKE ?1";
        Object[] args = q == null ? new Object[0] : new Object[] {like(q)};
        ctx.json(api.read(store -> Api.page(count(store, "actor" + where, args), limit, offset,
                store.queryList("SELECT code, name, country, sector, entry, events FROM actor" + where
                                + " ORDER BY events DESC, code LIMIT " + limit + " OFFSET " + offset,
                        rs -> Api.obj("code", rs.getString(1), "name", rs.getString(2), "country", rs.getString(3),
                                "sector", rs.getString(4), "entry", rs.getString(5), "events", rs.getInt(6)), args))));
    }

    private List<Map<String, Object>> placeRows(Store store, String where, Object[] args, int limit, int offset) {
        return store.queryList("SELECT id, name, lat, lon, feature_code, country, admin1, events FROM place" + where
                        + " ORDER BY events DESC, id LIMIT " + limit + " OFFSET " + offset,
                rs -> Api.obj("id", rs.getString(1), "name", rs.getString(2), "lat", (Double) rs.getObject(3),
                        "lon", (Double) rs.getObject(4), "feature_code", rs.getString(5), "country", rs.getString(6),
                        "admin1", rs.getString(7), "events", rs.getInt(8)), args);
    }

    private void places(Context ctx) {
        Params p = api.params(ctx);
        String q = p.string("q");
        int limit = p.limit(), offset = p.offset();
        String where = q == null ? "" : " WHERE lower(name) LIKE ?1 OR lower(admin1) LIKE ?1 OR id = ?2";
        Object[] args = q == null ? new Object[0] : new Object[] {like(q), q};
        ctx.json(api.read(store -> Api.page(count(store, "place" + where, args), limit, offset, placeRows(store, where, args, limit, offset))));
    }

    private void placesGeoJson(Context ctx) {
        Params p = api.params(ctx);
        int limit = p.limit(), offset = p.offset();
        String where = " WHERE lat IS NOT NULL AND lon IS NOT NULL";
        List<Map<String, Object>> rows = api.read(store -> placeRows(store, where, new Object[0], limit, offset));
        List<Object> features = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> props = new java.util.LinkedHashMap<>(r);
            props.remove("lat");
            props.remove("lon");
            features.add(Api.obj("type", "Feature", "id", r.get("id"),
                    "geometry", Api.obj("type", "Point", "coordinates", List.of(r.get("lon"), r.get("lat"))), "properties", props));
        }
        ctx.json(Api.obj("type", "FeatureCollection", "features", features));
        ctx.contentType("application/geo+json");
    }

    private void search(Context ctx) {
        Params p = api.params(ctx);
        String fts = FtsQuery.of(p.required("q"));
        if (fts.isEmpty()) throw ApiException.badRequest("parameter 'q' has no words to search for");
        int limit = p.limit();
        ctx.json(api.read(store -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Store.SearchHit h : store.search(fts, limit)) {
                Map<String, Object> m = store.report(h.reportId()).map(CatalogRoutes::summary).orElse(Api.obj("id", h.reportId()));
                m.put("snippet", h.snippet());
                m.put("score", h.score());
                m.put("event_ids", store.queryList("SELECT DISTINCT event_id FROM claim WHERE report_id = ? ORDER BY event_id",
                        rs -> rs.getString(1), h.reportId()));
                items.add(m);
            }
            return Api.obj("query", fts, "items", items);
        }));
    }

    private void stats(Context ctx) {
        api.params(ctx);
        ServerOptions o = api.options();
        ctx.json(api.read(store -> {
            Store.Stats s = store.stats();
            Map<String, Object> m = Api.obj("reports", s.reports(), "claims", s.claims(), "events", s.events(),
                    "actors", s.actors(), "places", s.places(), "skipped", s.skipped());
            store.queryOne("SELECT min(date_start), max(date_start) FROM event", rs -> {
                m.put("first_date", rs.getString(1));
                m.put("last_date", rs.getString(2));
                return true;
            });
            Map<String, Integer> types = new java.util.LinkedHashMap<>();
            store.queryList("SELECT type, count(*) FROM event GROUP BY type ORDER BY count(*) DESC, type",
                    rs -> types.put(rs.getString(1), rs.getInt(2)));
            m.put("types", types);
            Map<String, Object> basemap = new java.util.TreeMap<>();
            for (String layer : MapRoutes.BASEMAP_LAYERS) basemap.put(layer, MapRoutes.hasBasemap(o, layer));
            m.put("features", Api.obj("control", o.control() != null, "sitrep", o.sitrep() != null, "ingest", o.ingestToken() != null,
                    "basemap", basemap));
            return m;
        }));
    }

    private static int count(Store store, String fromWhere, Object[] args) {
        return store.queryOne("SELECT count(*) FROM " + fromWhere, rs -> rs.getInt(1), args).orElse(0);
    }

    private static String like(String q) {
        return "%" + q.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
