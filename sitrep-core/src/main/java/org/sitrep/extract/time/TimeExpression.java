package org.sitrep.extract.time;

import org.sitrep.model.Anchored;
import org.sitrep.model.TimeSpan;

/**
 * A time expression found in a document, in two renderings: the interval it denotes on the calendar (the
 * {@link TimeSpan} that goes into {@code Analysis.times()}) and its TIMEX3 type and value as TimeML writes them
 * ("DATE" / "1998-08-07", "DURATION" / "P3D", "SET" / "P1W", "DATE" / "PAST_REF").
 *
 * @param mention    where it is in the document; its value is the calendar interval, or null for a duration or a
 *                   set, which name no place on the calendar
 * @param timexType  DATE, TIME, DURATION or SET
 * @param timexValue TIMEX3 value
 * @param rule       rule id that produced it ("sutime", "range:day-day-month", ...)
 */
public record TimeExpression(Anchored<TimeSpan> mention, String timexType, String timexValue, String rule) {

    /** The calendar interval, or null for durations and sets. */
    public TimeSpan span() { return mention.value(); }

    /** True if it names a place on the calendar (a day, a month, a range ...). */
    public boolean isAnchored() { return mention.value() != null && mention.value().start() != null; }

    public String text() { return mention.text(); }
}
