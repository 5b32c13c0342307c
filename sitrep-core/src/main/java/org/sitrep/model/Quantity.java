package org.sitrep.model;

/**
 * A count or measure attached to an event.
 *
 * @param kind  what is counted: villages, places, area, distance, strikes, killed, injured, duration, troops, ...
 * @param value the number
 * @param unit  unit for measures ("km2", "km", "year"), or "count"
 * @param bound how the number was qualified
 * @param text  surface text ("at least 850 square kilometers")
 * @param source the data-file line that gave the kind ("sitrep/quantities/kinds.tsv:12"), or null
 */
public record Quantity(String kind, double value, String unit, Bound bound, String text, String source) {
    public Quantity(String kind, double value, String unit, Bound bound, String text) {
        this(kind, value, unit, bound, text, null);
    }

    /** Qualifier of a number as stated. */
    public enum Bound { EXACT, AT_LEAST, MORE_THAN, ABOUT, AT_MOST, LESS_THAN }
}
