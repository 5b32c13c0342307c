package org.sitrep.model;

/** How firmly a claim is made. Never upgraded by the pipeline: an unverified report stays unverified. */
public enum Certainty {
    /** Stated by the report itself or an authoritative claimant as fact. */
    ASSERTED,
    /** Attributed to a source ("according to", "reportedly", "X said"). */
    REPORTED,
    /** Explicitly marked as unverified or unconfirmed. */
    UNVERIFIED,
    /** An accusation or allegation by a party. */
    ALLEGED,
    /** The claimant denies it happened. */
    DENIED;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** How weak a claim of this certainty is: asserted 0, reported 1, alleged 2, unverified 3, denied 4. */
    public int weakness() {
        return switch (this) {
            case ASSERTED -> 0;
            case REPORTED -> 1;
            case ALLEGED -> 2;
            case UNVERIFIED -> 3;
            case DENIED -> 4;
        };
    }
}
