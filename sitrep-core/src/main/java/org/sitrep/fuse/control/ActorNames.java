package org.sitrep.fuse.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.DataFiles;
import org.sitrep.model.ActorRef;

/**
 * Readable names of actor codes ("SYRREB" reads "Syrian rebels/opposition", "RUSMIL" "Russian forces", "RUS"
 * "Russia"), from the templates of {@code sitrep/fuse/actor_names.tsv} and the country names and adjectives of
 * {@code sitrep/actors/countries.tsv}. A code that is not a known country plus a sector (a group or organisation
 * coded by name) reads as itself. Codes stay the identifiers in data outputs; these names are for readers.
 */
public final class ActorNames {
    private static volatile ActorNames shared;

    private record Country(String name, String adjective) {}

    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, String> templates = new HashMap<>();

    private ActorNames() {}

    /** The names from the bundled files and the user's overrides (loaded once). */
    public static ActorNames shared() {
        ActorNames s = shared;
        if (s == null) {
            synchronized (ActorNames.class) {
                if (shared == null) shared = load();
                s = shared;
            }
        }
        return s;
    }

    /** Loads the name templates and the country list. */
    public static ActorNames load() {
        ActorNames n = new ActorNames();
        for (DataFiles.Line l : DataFiles.lines("actors/countries.tsv")) {
            if (l.isComment()) continue;
            String[] f = l.text().split("\t", -1);
            if (f.length < 3 || f[0].trim().length() != 3 || f[2].isBlank()) continue;
            String adj = f.length > 4 && !f[4].isBlank() ? f[4].split("\\|")[0].trim() : null;
            n.countries.put(f[0].trim().toUpperCase(Locale.ROOT), new Country(f[2].trim(), adj));
        }
        for (DataFiles.Line l : DataFiles.lines("fuse/actor_names.tsv")) {
            if (l.isComment()) continue;
            String[] f = l.text().split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) continue;
            n.templates.put(f[0].trim().toUpperCase(Locale.ROOT), f[1].trim());
        }
        return n;
    }

    /**
     * True for a code that names a side: a country with or without a sector, or a name of its own; false for a bare
     * sector ("MIL": some military, nobody said whose) and for null.
     */
    public boolean identified(String code) {
        if (code == null || code.isBlank()) return false;
        String c = code.trim();
        if (c.length() >= 3 && countries.containsKey(c.substring(0, 3))) return true;
        return !templates.containsKey("*" + c.toUpperCase(Locale.ROOT));
    }

    /** The readable name of an actor code; null stays null, an unknown code reads as itself. */
    public String name(String code) {
        if (code == null || code.isBlank()) return code;
        String c = code.trim();
        if (!identified(c)) {
            // a bare sector: "unidentified forces"
            return templates.get("*" + c.toUpperCase(Locale.ROOT)).replace("{adj}", "unidentified").replace("{country}", "unidentified");
        }
        if (c.length() < 3) return c;
        Country country = countries.get(c.substring(0, 3).toUpperCase(Locale.ROOT));
        if (country == null || !c.substring(0, 3).equals(c.substring(0, 3).toUpperCase(Locale.ROOT))) return c;
        String sector = c.substring(3);
        String t = templates.get(c.toUpperCase(Locale.ROOT));
        if (t == null) t = templates.get("*" + sector.toUpperCase(Locale.ROOT));
        if (t == null) return sector.isEmpty() ? country.name() : country.name() + " (" + sector + ")";
        String adj = country.adjective() != null ? country.adjective() : country.name();
        return t.replace("{country}", country.name()).replace("{adj}", adj);
    }

    /** Sectors of a state: on the ground they are one side, its forces. */
    private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("", "GOV", "MIL", "POL", "SPY");

    /**
     * The side a code holds ground for: a state acting as a whole, its government, forces, police or intelligence are
     * one side, its forces ("RUS", "RUSGOV" and "RUSMIL" all hold ground as "RUSMIL"); rebels, opposition and named
     * groups stay themselves. Null stays null.
     */
    public String side(String code) {
        if (code == null || code.length() < 3) return code;
        String c = code.trim(), iso = c.substring(0, 3);
        if (!iso.equals(iso.toUpperCase(Locale.ROOT)) || !countries.containsKey(iso)) return c;
        return STATE_SECTORS.contains(c.substring(3).toUpperCase(Locale.ROOT)) ? iso + "MIL" : c;
    }

    /**
     * The readable name of an actor: its person or own name when it has one ("Hayat Tahrir al-Sham"), else the name
     * of its code (a country's name plus a sector reads "Syrian army").
     */
    public String name(ActorRef a) {
        if (a == null) return null;
        String own = a.name() != null ? a.name() : a.text();
        boolean countryOnly = a.country() != null && (own == null || countries.containsKey(a.country())
                && own.equalsIgnoreCase(countries.get(a.country()).name()));
        return countryOnly ? name(a.code()) : own;
    }
}
