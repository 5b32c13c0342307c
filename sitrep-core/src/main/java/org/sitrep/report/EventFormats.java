package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;

/**
 * Renders events for output: a JSON object with PLOVER field names (event, mode, context, source, target,
 * eventText, eventLoc, date), ACLED-style CSV rows, and GeoJSON features. Every output carries the evidence.
 */
public final class EventFormats {
    private EventFormats() {}

    /** ACLED-style CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("event_id", "event_date", "event_type", "sub_event_type",
            "plover_type", "plover_mode", "cameo", "actor1", "actor1_code", "actor2", "actor2_code", "admin1", "location",
            "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "status", "certainty", "context",
            "source", "source_url", "notes");

    /** A PLOVER-named JSON object (as nested maps and lists, ready for Jackson). */
    public static Map<String, Object> plover(EventView v) {
        Event e = v.event();
        EventCoding c = e.coding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("date", c.time() == null || c.time().start() == null ? null : c.time().start().toString());
        m.put("date_end", c.time() == null || c.time().end() == null ? null : c.time().end().toString());
        m.put("date_granularity", c.time() == null ? null : c.time().granularity().name().toLowerCase(Locale.ROOT));
        m.put("date_text", c.time() == null ? null : c.time().text());
        m.put("event", c.type().name());
        m.put("mode", c.mode());
        m.put("context", c.context());
        m.put("cameo", c.cameo());
        m.put("acled_event_type", c.acledType());
        m.put("acled_sub_event_type", c.acledSubType());
        m.put("source", actor(c.initiator()));
        m.put("target", actor(c.recipient()));
        m.put("eventText", c.trigger());
        m.put("eventLoc", place(c.place()));
        Double dead = quantity(c, "killed"), injured = quantity(c, "injured");
        m.put("dead", dead);
        m.put("injured", injured);
        m.put("quantities", c.quantities());
        m.put("status", e.status().code());
        m.put("certainty", e.certainty().code());
        m.put("claim_context", e.context().code());
        m.put("outlets", e.outlets());
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim cl : v.claims()) claims.add(claim(cl, v.reports().get(cl.reportId()), e));
        m.put("claims", claims);
        Map<String, Object> prov = new LinkedHashMap<>();
        if (c.provenance() != null) {
            prov.put("rule", c.provenance().rule());
            prov.put("entries", c.provenance().entries());
            prov.put("notes", c.provenance().notes());
        }
        prov.put("merge", e.mergeNotes());
        m.put("provenance", prov);
        return m;
    }

    static Map<String, Object> actor(ActorRef a) {
        if (a == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actorText", a.text());
        m.put("code", a.code());
        m.put("name", a.name());
        m.put("country", a.country());
        m.put("sector", a.sector());
        m.put("person", a.person());
        m.put("entry", a.entryId());
        return m;
    }

    static Map<String, Object> place(PlaceRef p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placeText", p.text());
        m.put("name", p.name());
        m.put("gazetteer_id", p.gazetteerId());
        m.put("lat", p.resolved() ? p.lat() : null);
        m.put("lon", p.resolved() ? p.lon() : null);
        m.put("feature_code", p.featureCode());
        m.put("admin1", p.admin1());
        m.put("country", p.country());
        m.put("geo_precision", p.precision());
        m.put("radius_km", p.radiusKm());
        m.put("relation", p.relation());
        return m;
    }

    static Map<String, Object> claim(Claim c, Report r, Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("stance", e.contradicting().contains(c.id()) ? "contradicts" : "supports");
        m.put("certainty", c.certainty().code());
        m.put("context", c.context().code());
        m.put("claimants", c.claimants());
        m.put("claim_date", c.claimTime() == null ? null : c.claimTime().iso());
        m.put("report_id", c.reportId());
        m.put("outlet", r == null ? null : r.outlet());
        m.put("url", r == null ? null : r.url());
        m.put("title", r == null ? null : r.title());
        m.put("published", r == null || r.published() == null ? null : r.published().toString());
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("sentence", c.evidence().sentence());
        ev.put("text", c.evidence().text());
        ev.put("begin", c.evidence().sentenceSpan().begin());
        ev.put("end", c.evidence().sentenceSpan().end());
        ev.put("trigger_begin", c.evidence().triggerSpan().begin());
        ev.put("trigger_end", c.evidence().triggerSpan().end());
        m.put("evidence", ev);
        return m;
    }

    static Double quantity(EventCoding c, String kind) {
        for (Quantity q : c.quantities()) if (q.kind().equals(kind)) return q.value();
        return null;
    }

    /** One ACLED-style CSV row (values in {@link #CSV_COLUMNS} order). */
    public static List<String> csvRow(EventView v) {
        Event e = v.event();
        EventCoding c = e.coding();
        PlaceRef p = c.place();
        Claim primary = v.primaryClaim();
        Report r = primary == null ? null : v.reports().get(primary.reportId());
        Double dead = quantity(c, "killed");
        String notes = primary == null ? "" : primary.evidence().text();
        List<String> row = new ArrayList<>();
        row.add(e.id());
        row.add(c.time() == null || c.time().start() == null ? "" : c.time().start().toString());
        row.add(nz(c.acledType()));
        row.add(nz(c.acledSubType()));
        row.add(c.type().name());
        row.add(nz(c.mode()));
        row.add(nz(c.cameo()));
        row.add(c.initiator() == null ? "" : c.initiator().name());
        row.add(c.initiator() == null ? "" : c.initiator().code());
        row.add(c.recipient() == null ? "" : c.recipient().name());
        row.add(c.recipient() == null ? "" : c.recipient().code());
        row.add(p == null ? "" : nz(p.admin1()));
        row.add(p == null ? "" : nz(p.name()));
        row.add(p == null || !p.resolved() ? "" : String.format(Locale.ROOT, "%.5f", p.lat()));
        row.add(p == null || !p.resolved() ? "" : String.format(Locale.ROOT, "%.5f", p.lon()));
        row.add(p == null ? "" : String.valueOf(p.precision()));
        row.add(timePrecision(c));
        row.add(dead == null ? "0" : String.valueOf(Math.round(dead)));
        row.add(e.status().code());
        row.add(e.certainty().code());
        row.add(e.context().code());
        row.add(String.join("; ", v.outlets()));
        row.add(r == null ? "" : nz(r.url()));
        row.add(notes);
        return row;
    }

    /** ACLED time_precision: 1 day, 2 week or range, 3 month or coarser. */
    static String timePrecision(EventCoding c) {
        if (c.time() == null) return "";
        return switch (c.time().granularity()) {
            case DAY -> "1";
            case RANGE, WEEK, PART_OF_MONTH -> "2";
            default -> "3";
        };
    }

    private static String nz(String s) { return s == null ? "" : s; }

    /** Quotes a CSV field per RFC 4180. */
    public static String csvField(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    public static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(csvField(fields.get(i)));
        }
        return sb.toString();
    }

    /** A GeoJSON Feature (Point) for a located event, or null if it has no coordinates. */
    public static Map<String, Object> feature(EventView v) {
        PlaceRef p = v.event().coding().place();
        if (p == null || !p.resolved()) return null;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", v.event().id());
        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(p.lon()), round(p.lat()))));
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> row = csvRow(v);
        for (int i = 0; i < CSV_COLUMNS.size(); i++) {
            if (!CSV_COLUMNS.get(i).equals("latitude") && !CSV_COLUMNS.get(i).equals("longitude")) {
                props.put(CSV_COLUMNS.get(i), row.get(i));
            }
        }
        props.put("radius_km", p.radiusKm());
        f.put("properties", props);
        return f;
    }

    /** A GeoJSON FeatureCollection of the located events (QGIS opens it as a point layer in WGS84). */
    public static Map<String, Object> featureCollection(List<EventView> views) {
        List<Object> features = new ArrayList<>();
        for (EventView v : views) {
            Map<String, Object> f = feature(v);
            if (f != null) features.add(f);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    private static double round(double d) { return Math.round(d * 1e6) / 1e6; }
}
