package org.sitrep.model;

/** The 16 PLOVER event types, Sitrep's primary event code. Modes, CAMEO and ACLED mappings live in ontology data. */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Parses a type name, accepting PLOVER 0.5 names that were folded into the 16 (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE). */
    public static PloverType parse(String s) {
        String u = s.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (u) {
            case "DEMAND" -> REQUEST;
            case "DISAPPROVE", "INVESTIGATE" -> ACCUSE;
            case "FIGHT" -> ASSAULT;
            default -> valueOf(u);
        };
    }
}
