package org.sitrep.extract.places;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.DataFiles;

/**
 * The country an outlet's web address names by its country-code top-level domain: "lfpress.ca" is a Canadian
 * paper, "cambridge-news.co.uk" a British one, "weekly.ahram.org.eg" an Egyptian one.
 *
 * <p>Read from {@value #FILE} (domain, ISO country, country name; '#' comments; a user's file of the same name
 * adds to or corrects the bundled one, a later line for a domain winning). Only the last label of the outlet key
 * (see {@link OutletLexicon#key}) counts. Domains mostly registered for what their letters spell (".tv", ".io",
 * ".co", ".fm", ".me", ".ly"...) are not in the file: their addresses say nothing about where an outlet reports.
 * The disambiguator uses the country as the outlet's home country until the {@link OutletLexicon} has learned one
 * (see {@link OutletPrior}). Immutable and thread-safe once loaded.
 */
public final class OutletDomains {
    /** The bundled table of country-code domains. */
    static final String FILE = "gazetteer/country-domains.tsv";

    /**
     * An outlet's country as its address gives it.
     *
     * @param outlet  outlet key ("lfpress.ca")
     * @param domain  its top-level domain ("ca")
     * @param country ISO 3166-1 alpha-2 code ("CA")
     * @param source  the data file line that maps the domain, for provenance
     */
    public record Country(String outlet, String domain, String country, String source) {
        /** A line for provenance: why a reading was preferred. */
        public String note() {
            return "outlet prior: " + outlet + " has the country-code domain ." + domain + " (" + country + ", "
                    + source + ")";
        }
    }

    private static volatile OutletDomains bundled;

    private final Map<String, String[]> byDomain;

    private OutletDomains(Map<String, String[]> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
    }

    /** The bundled table with the user's additions, loaded once. */
    public static OutletDomains bundled() {
        OutletDomains b = bundled;
        if (b == null) {
            synchronized (OutletDomains.class) {
                if (bundled == null) bundled = load();
                b = bundled;
            }
        }
        return b;
    }

    private static OutletDomains load() {
        Map<String, String[]> m = new HashMap<>();
        for (DataFiles.Line l : DataFiles.lines(FILE)) {
            if (l.isComment()) continue;
            String[] c = l.text().split("\t", -1);
            if (c.length < 2) continue;
            String domain = c[0].strip().toLowerCase(Locale.ROOT);
            String country = c[1].strip().toUpperCase(Locale.ROOT);
            if (domain.startsWith(".")) domain = domain.substring(1);
            if (domain.isEmpty() || country.length() != 2) continue;
            m.put(domain, new String[] {country, l.where()});
        }
        return new OutletDomains(m);
    }

    /** The country of an outlet key ("lfpress.ca", "smh.com.au"), or null when its domain names none. */
    public Country of(String outlet) {
        if (outlet == null) return null;
        String k = outlet.strip().toLowerCase(Locale.ROOT);
        int port = k.indexOf(':');
        if (port >= 0) k = k.substring(0, port);
        while (k.endsWith(".")) k = k.substring(0, k.length() - 1);
        int dot = k.lastIndexOf('.');
        if (dot < 0) return null;
        String domain = k.substring(dot + 1);
        String[] c = byDomain.get(domain);
        return c == null ? null : new Country(k, domain, c[0], c[1]);
    }
}
