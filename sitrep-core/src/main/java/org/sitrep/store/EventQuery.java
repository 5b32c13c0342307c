package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters for listing events. Null fields do not filter. Results are ordered by date, then id (stable paging).
 *
 * @param from      events whose interval ends on or after this day
 * @param to        events whose interval starts on or before this day
 * @param type      PLOVER type (case-insensitive)
 * @param actor     matches either actor's code, country or name (case-insensitive substring)
 * @param place     matches place name, admin1 or gazetteer id (case-insensitive substring)
 * @param text      full-text query over the evidence sentences (FTS5 syntax)
 * @param status    corroboration status (reported, corroborated, disputed, retracted)
 * @param certainty claim certainty (asserted, reported, unverified, alleged, denied)
 * @param bbox      minLon,minLat,maxLon,maxLat, or null
 * @param limit     page size (capped by the caller), 0 = no limit
 * @param offset    rows to skip
 */
public record EventQuery(LocalDate from, LocalDate to, String type, String actor, String place, String text,
                         String status, String certainty, double[] bbox, int limit, int offset) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, 0, 0);
    }

    public EventQuery withPage(int limit, int offset) {
        return new EventQuery(from, to, type, actor, place, text, status, certainty, bbox, limit, offset);
    }
}
