package org.sitrep.extract.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the {@link ActorDictionary}: a country, a government metonym, a nationality adjective, an agent
 * noun, a person, a group or a set alias, with every phrase that names it.
 *
 * <p>Entries are identified by {@link #key()} (kind + id): a later entry with the same key replaces an earlier one,
 * which is how user override files correct bundled entries.
 *
 * @param kind    what sort of entry
 * @param id      id unique within the kind (ISO-3 code for the country kinds, the phrase for agents and aliases)
 * @param name    canonical name ("Russia", "Sergei Lavrov", "Hayat Tahrir al-Sham", or the phrase)
 * @param phrases every surface form that names it (the name included), as written in the data file
 * @param country ISO 3166 alpha-3 code, {@link #FOCUS} for "the article's focus country", or null
 * @param sector  sector code (GOV, MIL, REB, ...) or null
 * @param role    office or role for people, a note for other kinds; may be empty
 * @param from    first day the entry holds, or null
 * @param to      last day the entry holds, or null
 * @param source  where it was read from ({@code DataFiles.Line.where()}, "file:line")
 */
public record ActorEntry(Kind kind, String id, String name, List<String> phrases, String country, String sector,
                         String role, LocalDate from, LocalDate to, String source) {
    /** Country placeholder for aliases resolved to the focus country of the article. */
    public static final String FOCUS = "FOCUS";

    public ActorEntry {
        phrases = List.copyOf(phrases);
        role = role == null ? "" : role;
        country = blankToNull(country);
        sector = blankToNull(sector);
    }

    /** The sort of dictionary entry. */
    public enum Kind { COUNTRY, METONYM, ADJECTIVE, AGENT, PERSON, GROUP, ALIAS }

    /** Identity for replacement: kind and id. */
    public String key() { return kind + ":" + id.toLowerCase(Locale.ROOT); }

    /** True if the entry holds on that day (open ends hold; a null day holds everywhere). */
    public boolean validOn(LocalDate day) {
        if (day == null) return true;
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** True if the entry carries a date restriction. */
    public boolean dated() { return from != null || to != null; }

    /**
     * Provenance for an ActorRef entryId: the source line, with the kind appended for the three kinds that share
     * a countries.tsv line ("sitrep/actors/countries.tsv:201#metonym").
     */
    public String provenance() {
        return switch (kind) {
            case COUNTRY, METONYM, ADJECTIVE -> source + "#" + kind.name().toLowerCase(Locale.ROOT);
            default -> source;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
