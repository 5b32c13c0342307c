package org.sitrep.fuse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.Json;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Report;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/**
 * The stored events that claims may join, for the fuser's neighbourhood: for each claim, events of a compatible type
 * ({@link MergeRules#partners}) in a time window around it and, for a located claim, inside a box around its place,
 * held by claims of other reports than the one being fused.
 *
 * <p>A whole frontier of claims is answered at once: one store query per type over the union of the claims' windows
 * ({@link Store#candidateRows}), then each claim's own window and box tested here on the stored values with the
 * comparisons SQLite makes (ISO day strings; the R*Tree's stored coordinates). A claim whose place is matched by name
 * rather than by a box is asked of the store on its own ({@link Store#events}). Each candidate's JSON is read once per
 * frontier, not once per claim.
 */
final class MergeCandidates {
    private final Store store;
    private final MergeRules rules;

    MergeCandidates(Store store, MergeRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /** Where one claim looks for events of one type. */
    record Window(PloverType type, LocalDate from, LocalDate to, double[] bbox, String place) {
        EventQuery query() {
            return new EventQuery(from, to, type.name(), null, place, null, null, null, bbox, 0, 0);
        }

        /** The store's test of {@link #query()} on one row: interval, then box (rows are already of this type). */
        boolean holds(Store.CandidateRow r) {
            if (from != null && (r.end() == null || r.end().compareTo(from.toString()) < 0)) return false;
            if (to != null && (r.start() == null || r.start().compareTo(to.toString()) > 0)) return false;
            if (bbox == null) return true;
            double[] b = r.box();   // minLon, maxLon, minLat, maxLat
            return b != null && b[0] >= bbox[0] && b[1] <= bbox[2] && b[2] >= bbox[1] && b[3] <= bbox[3];
        }
    }

    /** Ids of the stored events any of {@code claims} may join, other than those held only by {@code report}. */
    Set<String> near(List<Claim> claims, Report report, IndependentSources reports) {
        Map<PloverType, List<Window>> byType = new LinkedHashMap<>();
        Set<String> out = new LinkedHashSet<>();
        String mine = report.id() + ":";
        for (Claim c : claims) {
            for (Window w : windows(c, report, reports)) {
                if (w.place() != null) {
                    for (Event e : store.events(w.query())) if (heldByOthers(e, mine)) out.add(e.id());
                } else {
                    byType.computeIfAbsent(w.type(), k -> new ArrayList<>()).add(w);
                }
            }
        }
        for (Map.Entry<PloverType, List<Window>> t : byType.entrySet()) {
            List<Window> ws = t.getValue();
            LocalDate from = ws.stream().anyMatch(w -> w.from() == null) ? null
                    : ws.stream().map(Window::from).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = ws.stream().anyMatch(w -> w.to() == null) ? null
                    : ws.stream().map(Window::to).max(LocalDate::compareTo).orElseThrow();
            Map<String, Boolean> held = new HashMap<>();
            for (Store.CandidateRow r : store.candidateRows(t.getKey().name(), from, to)) {
                if (out.contains(r.id())) continue;
                for (Window w : ws) {
                    if (!w.holds(r)) continue;
                    if (held.computeIfAbsent(r.id(), id -> heldByOthers(r.json(), mine))) out.add(r.id());
                    break;
                }
            }
        }
        return out;
    }

    /** {@link #heldByOthers(Event, String)} of a stored event's JSON, reading only its claim ids. */
    static boolean heldByOthers(String eventJson, String mine) {
        List<String> ids = claimIds(eventJson);
        if (ids == null) return heldByOthers(Json.read(eventJson, Event.class), mine);
        return ids.stream().anyMatch(x -> !x.startsWith(mine));
    }

    /**
     * The supporting and contradicting claim ids of an event's JSON, read with a streaming parser (no objects built for
     * the coding and notes); null when the JSON is not the plain form {@code Json.write} gives (a missing or repeated
     * list, an id that is not a string), so that the caller reads it in full and fails as it would.
     */
    static List<String> claimIds(String eventJson) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(eventJson)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            List<String> ids = new ArrayList<>();
            boolean supporting = false, contradicting = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                boolean s = name.equals("supporting"), c = name.equals("contradicting");
                if (!s && !c) {
                    p.skipChildren();
                    continue;
                }
                if (s ? supporting : contradicting) return null;
                if (s) supporting = true; else contradicting = true;
                if (v == JsonToken.VALUE_NULL && c) continue;
                if (v != JsonToken.START_ARRAY) return null;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.VALUE_STRING) return null;
                    ids.add(p.getText());
                }
            }
            return supporting && p.currentToken() == JsonToken.END_OBJECT ? ids : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static boolean heldByOthers(Event e, String mine) {
        return e.supporting().stream().anyMatch(x -> !x.startsWith(mine)) || e.contradicting().stream().anyMatch(x -> !x.startsWith(mine));
    }

    /**
     * Where a claim looks: per partner type, the claim's days (or its report's publication day) widened by the largest
     * slack, and a box around a resolved place (sized for its precision, at least 3); an unresolved place with a
     * gazetteer id is matched by that id instead.
     */
    List<Window> windows(Claim c, Report report, IndependentSources reports) {
        EventCoding ev = c.event();
        TimeSpan t = ev.time();
        Report own = c.reportId().equals(report.id()) ? report : reports.report(c.reportId());
        LocalDate start = t != null && t.start() != null ? t.start()
                : own == null || own.published() == null ? null : own.published().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate end = t != null && t.end() != null ? t.end() : start;
        int slack = Math.max(rules.slackDays("denial"), rules.slackDays("defaulted"));
        LocalDate from = start == null ? null : start.minusDays(slack), to = end == null ? null : end.plusDays(slack);
        PlaceRef p = ev.place();
        double[] bbox = null;
        if (p != null && p.resolved()) {
            double km = rules.radiusKm(Math.max(3, p.precision()));
            double dLat = km / 111.0, dLon = km / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(p.lat()))));
            bbox = new double[] {p.lon() - dLon, p.lat() - dLat, p.lon() + dLon, p.lat() + dLat};
        }
        String place = bbox == null && p != null && p.gazetteerId() != null ? p.gazetteerId() : null;
        List<Window> out = new ArrayList<>();
        for (PloverType type : rules.partners(ev.type())) out.add(new Window(type, from, to, bbox, place));
        return out;
    }
}
