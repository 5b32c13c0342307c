package org.sitrep.model;

/**
 * A resolved actor as it takes part in an event.
 *
 * @param text    surface text in the report ("Kremlin spokesperson Dmitry Peskov")
 * @param name    canonical name of the actor coded ("Russia", "Hayat Tahrir al-Sham")
 * @param country ISO 3166 alpha-3 code, or null for transnational/unknown
 * @param sector  agent/sector code (GOV, MIL, REB, OPP, CVL, MED, IGO, ...) or null
 * @param person  a named individual behind the actor ("Dmitry Peskov"), or null
 * @param entryId dictionary entry (or entries, '+'-joined) that produced it, for provenance
 */
public record ActorRef(String text, String name, String country, String sector, String person, String entryId) {
    /** CAMEO-style compact code, e.g. "RUSGOV", "SYRREB", or the name if no country. */
    public String code() {
        String c = country == null ? "" : country;
        String s = sector == null ? "" : sector;
        return (c + s).isEmpty() ? name : c + s;
    }
}
