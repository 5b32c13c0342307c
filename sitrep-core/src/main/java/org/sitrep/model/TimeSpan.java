package org.sitrep.model;

import java.time.LocalDate;

/**
 * A time interval [start, end] (inclusive days) with the granularity it was stated at.
 *
 * @param start       first day (null if open/unknown)
 * @param end         last day (null if open/unknown)
 * @param granularity how precise the statement was
 * @param text        the time expression it came from, or "" for a default (e.g. the publication date)
 * @param rule        how it was resolved ("sutime", "narrative:following-day", "pubdate-default", ...)
 */
public record TimeSpan(LocalDate start, LocalDate end, Granularity granularity, String text, String rule) {

    public static TimeSpan day(LocalDate d, String text, String rule) {
        return new TimeSpan(d, d, Granularity.DAY, text, rule);
    }

    public boolean overlaps(TimeSpan o) {
        if (o == null || start == null || o.start == null) return false;
        LocalDate e1 = end == null ? start : end, e2 = o.end == null ? o.start : o.end;
        return !start.isAfter(e2) && !o.start.isAfter(e1);
    }

    /** ISO rendering: "2024-11-30" for a day, "2024-11-29/2024-11-30" for a range. */
    public String iso() {
        if (start == null) return "";
        if (end == null || end.equals(start)) return start.toString();
        return start + "/" + end;
    }

    /** The precision a time was stated with. */
    public enum Granularity { DAY, RANGE, WEEK, PART_OF_MONTH, MONTH, SEASON, YEAR, DECADE, FUZZY }
}
