package org.sitrep.model;

/** Whether a claim speaks of something that happened in the report's present. */
public enum ClaimContext {
    /** An ordinary factual claim about the present news. */
    NONE,
    /** Said not to have happened ("did not", "were absent", "held back"). */
    NEGATED,
    /** Could / would / might have happened. */
    HYPOTHETICAL,
    /** Promised, planned or expected. */
    FUTURE,
    /** Background dated long before the report. */
    HISTORICAL;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
