package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/**
 * An event with the claims behind it and the reports they stand in: what every output (table, JSON, CSV, GeoJSON,
 * API, brief) renders, so the evidence always travels with the event.
 */
public record EventView(Event event, List<Claim> claims, Map<String, Report> reports) {

    /** Loads the claims and reports of each event from the store. */
    public static List<EventView> load(Store store, List<Event> events) {
        List<EventView> out = new ArrayList<>(events.size());
        Map<String, Report> cache = new LinkedHashMap<>();
        for (Event e : events) {
            List<Claim> claims = store.claimsOf(e.id());
            Map<String, Report> reports = new LinkedHashMap<>();
            for (Claim c : claims) {
                Report r = cache.computeIfAbsent(c.reportId(), id -> store.report(id).orElse(null));
                if (r != null) reports.put(r.id(), r);
            }
            out.add(new EventView(e, claims, reports));
        }
        return out;
    }

    /** The first supporting claim (or the first claim at all): the one whose sentence is shown as evidence. */
    public Claim primaryClaim() {
        for (Claim c : claims) if (event.supporting().contains(c.id())) return c;
        return claims.isEmpty() ? null : claims.get(0);
    }

    /** Distinct outlets of the claims, in order. */
    public List<String> outlets() {
        List<String> out = new ArrayList<>();
        for (Claim c : claims) {
            Report r = reports.get(c.reportId());
            if (r != null && !out.contains(r.outlet())) out.add(r.outlet());
        }
        return out;
    }
}
