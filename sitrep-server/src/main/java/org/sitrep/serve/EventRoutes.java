package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.model.Event;
import org.sitrep.report.EventFormats;
import org.sitrep.report.EventView;
import org.sitrep.store.EventQuery;

/** Events: filtered pages as PLOVER JSON or GeoJSON, one event with its claims and evidence, and events per day. */
final class EventRoutes {
    private final Api api;

    EventRoutes(Api api) { this.api = api; }

    void register(Javalin app) {
        app.get(Api.V1 + "/events", this::events);
        app.get(Api.V1 + "/events.geojson", this::eventsGeoJson);
        app.get(Api.V1 + "/events/{id}", this::event);
        app.get(Api.V1 + "/timeline", this::timeline);
    }

    private void events(Context ctx) {
        Params p = api.params(ctx);
        EventQuery q = p.eventQuery(p.limit(), p.offset());
        ctx.json(api.read(store -> {
            List<Map<String, Object>> items = new ArrayList<>();
            for (EventView v : EventView.load(store, store.events(q))) items.add(EventFormats.plover(v));
            return Api.page(store.countEvents(q), q.limit(), q.offset(), items);
        }));
    }

    private void eventsGeoJson(Context ctx) {
        Params p = api.params(ctx);
        EventQuery q = p.eventQuery(p.limit(), p.offset());
        ctx.json(api.read(store -> {
            Map<String, Object> fc = new LinkedHashMap<>(EventFormats.featureCollection(EventView.load(store, store.events(q))));
            fc.put("total", store.countEvents(q));
            fc.put("limit", q.limit());
            fc.put("offset", q.offset());
            return fc;
        }));
        ctx.contentType("application/geo+json");
    }

    private void event(Context ctx) {
        api.params(ctx);
        String id = ctx.pathParam("id");
        ctx.json(api.read(store -> {
            Event e = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
            return EventFormats.plover(EventView.load(store, List.of(e)).get(0));
        }));
    }

    /** Events per day and PLOVER type, dated by their first day, with the same filters as the event list. */
    private void timeline(Context ctx) {
        Params p = api.params(ctx);
        EventQuery q = p.eventQuery(0, 0);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT date_start, type, count(*) FROM event WHERE date_start IS NOT NULL");
        if (q.from() != null) { sql.append(" AND coalesce(date_end, date_start) >= ?"); args.add(q.from().toString()); }
        if (q.to() != null) { sql.append(" AND date_start <= ?"); args.add(q.to().toString()); }
        if (q.type() != null) { sql.append(" AND type = ?"); args.add(q.type()); }
        if (q.status() != null) { sql.append(" AND status = ?"); args.add(q.status()); }
        if (q.certainty() != null) { sql.append(" AND certainty = ?"); args.add(q.certainty()); }
        if (q.actor() != null) { // numbered parameters: one value for the four columns
            String n = "?" + (args.size() + 1);
            sql.append(" AND (lower(actor1) LIKE " + n + " OR lower(actor2) LIKE " + n + " OR lower(actor1_code) LIKE " + n
                    + " OR lower(actor2_code) LIKE " + n + ")");
            args.add("%" + q.actor().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.place() != null) {
            int n = args.size() + 1;
            sql.append(" AND (lower(place_name) LIKE ?" + n + " OR lower(admin1) LIKE ?" + n + " OR place_id = ?" + (n + 1) + ")");
            args.add("%" + q.place().toLowerCase(Locale.ROOT) + "%");
            args.add(q.place());
        }
        if (q.text() != null) { sql.append(" AND id IN (SELECT event_id FROM claim_fts WHERE claim_fts MATCH ?)"); args.add(q.text()); }
        if (q.bbox() != null) {
            sql.append(" AND rid IN (SELECT rid FROM event_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)");
            args.addAll(List.of(q.bbox()[0], q.bbox()[2], q.bbox()[1], q.bbox()[3]));
        }
        sql.append(" GROUP BY date_start, type ORDER BY date_start, type");
        List<Object[]> rows = api.read(store -> store.queryList(sql.toString(),
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}, args.toArray()));
        List<Map<String, Object>> days = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>();
        Map<String, Object> day = null;
        for (Object[] r : rows) {
            if (day == null || !day.get("date").equals(r[0])) {
                day = Api.obj("date", r[0], "total", 0, "by_type", new LinkedHashMap<String, Integer>());
                days.add(day);
            }
            @SuppressWarnings("unchecked")
            Map<String, Integer> byType = (Map<String, Integer>) day.get("by_type");
            byType.put((String) r[1], (Integer) r[2]);
            day.put("total", (Integer) day.get("total") + (Integer) r[2]);
            types.add((String) r[1]);
        }
        ctx.json(Api.obj("types", types, "days", days));
    }
}
