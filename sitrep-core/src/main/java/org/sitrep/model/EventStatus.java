package org.sitrep.model;

/** Corroboration status of a merged event. */
public enum EventStatus {
    /** One independent outlet. */
    REPORTED,
    /** Two or more independent outlets support it and none contradicts it. */
    CORROBORATED,
    /** At least one claim denies or contradicts it. */
    DISPUTED,
    /** The original source withdrew it. */
    RETRACTED;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
