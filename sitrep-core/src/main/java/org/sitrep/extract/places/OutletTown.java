package org.sitrep.extract.places;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The town a local outlet's web address names: "palestineherald.com" is the paper of Palestine, Texas,
 * "columbuslocalnews.com" that of Columbus, Ohio.
 *
 * <p>The first label of the outlet key (see {@link OutletLexicon#key}), with the words of newspaper titles cut
 * out ("herald", "news", "the"...), is searched for town names of at least {@value #MIN_LETTERS} letters, written
 * without spaces ("lancaster" in "thelancasterandmorecambecitizen"); the first piece left that holds one wins, and
 * in it the longest name. Which reading: the most populous populated place of that name in the outlet's home
 * division, else the only one in its home country (see {@link OutletLexicon.Home}); where the home has no reading
 * of the name (or there is no home yet), only a city of at least {@value #METROPOLIS} people that outnumbers its
 * largest namesake {@value #DOMINANCE} times ("dallasnews.com"): a smaller town's most populous namesake is often
 * the wrong one (Norfolk, Virginia for the Norfolk, Nebraska paper). A name that is also a country or
 * a first-level division is taken only in the outlet's home division ("jordannews.com" of a Minnesota paper is
 * Jordan, Minnesota). Results are cached per outlet and home; thread-safe.
 */
final class OutletTown {
    /** Shortest town name looked for in an address. */
    static final int MIN_LETTERS = 5;

    /** Population from which a town named in an address is taken without the outlet's home ("dallasnews.com"). */
    static final long METROPOLIS = 500_000;
    /** How many times its largest namesake such a metropolis must outnumber. */
    static final int DOMINANCE = 3;

    private final Gazetteer gazetteer;
    private final Map<String, Optional<Place>> cache = new ConcurrentHashMap<>();

    OutletTown(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The town the outlet's address names, read in the outlet's home (null for none), or null. */
    Place of(String outlet, OutletLexicon.Home home) {
        return of(outlet, home, null);
    }

    /**
     * Like {@link #of(String, OutletLexicon.Home)}; while there is no home, the country the outlet's domain names
     * ({@link OutletDomains}; null for none) stands in for the home country: "cambridge-news.co.uk" is the paper of
     * the only Cambridge in Britain.
     */
    Place of(String outlet, OutletLexicon.Home home, String domainCountry) {
        if (outlet == null) return null;
        OutletLexicon.Home h = home != null || domainCountry == null ? home
                : new OutletLexicon.Home(outlet, null, 0, domainCountry, 1, 0, 0);
        String cacheKey = outlet + "|" + (h == null ? "" : h.admin1Key() + "|" + h.country());
        return cache.computeIfAbsent(cacheKey, k -> Optional.ofNullable(find(outlet, h))).orElse(null);
    }

    /**
     * Words of newspaper titles, cut out of an address before towns are looked for in what is left, longest first
     * ("startelegram" leaves nothing, not Start, Louisiana; "parisbeacon" leaves Paris, not Beacon, New York).
     */
    private static final List<String> TITLE_WORDS = List.of("intelligencer", "independent", "correspondent",
            "republican", "chronicle", "enquirer", "examiner", "messenger", "observer", "reporter", "sentinel",
            "telegraph", "telegram", "tribune", "advocate", "bulletin", "citizen", "courier", "democrat", "dispatch",
            "express", "gazette", "journal", "mercury", "monitor", "pioneer", "record", "register", "standard",
            "beacon", "herald", "leader", "ledger", "online", "review", "daily", "local", "press", "times", "argus",
            "eagle", "globe", "state", "today", "weekly", "county", "news", "post", "item", "echo", "mail", "star",
            "newspapers", "newspaper", "and", "sun", "the");

    /** Second-level labels of country domains that name no outlet ("co" in "example.co.uk"). */
    private static final java.util.Set<String> GENERIC_LABELS = java.util.Set.of("co", "com", "org", "net", "gov", "ac", "edu");

    private Place find(String outlet, OutletLexicon.Home home) {
        // every label before the top-level domain, in order: "chronicle.augusta.com" names Augusta in its second
        List<String> labels = new java.util.ArrayList<>(List.of(outlet.toLowerCase(Locale.ROOT).split("\\.")));
        if (labels.size() > 1) labels.remove(labels.size() - 1);
        if (labels.size() > 1 && GENERIC_LABELS.contains(labels.get(labels.size() - 1))) labels.remove(labels.size() - 1);
        for (String raw : labels) {
            String label = raw.replaceAll("[^a-z]", "");
            for (String w : TITLE_WORDS) label = label.replace(w, " ");
            for (String chunk : label.trim().split(" +")) {   // the town usually opens the title: the first one wins
                // the longest name a chunk holds is the one it names: when that name has no clear reading the
                // chunk names no town ("augusta" with no home is not the shorter "August")
                chunk:
                for (int len = chunk.length(); len >= MIN_LETTERS; len--) {
                    for (int b = 0; b + len <= chunk.length(); b++) {
                        String name = chunk.substring(b, b + len);
                        if (!gazetteer.contains(name)) continue;
                        Place p = reading(name, home);
                        if (p != null) return p;
                        if (ownName(name)) break chunk;
                    }
                }
            }
        }
        return null;
    }

    /** Whether some populated place bears the name (written without spaces) as its own. */
    private boolean ownName(String name) {
        String key = NameKey.of(name);
        for (Place p : gazetteer.lookup(name)) {
            if (p.isPopulatedPlace() && NameKey.of(p.name()).replace(" ", "").equals(key)) return true;
        }
        return false;
    }

    /** The reading of a name spelled in an address, or null. */
    private Place reading(String name, OutletLexicon.Home home) {
        if (!gazetteer.contains(name)) return null;
        String key = NameKey.of(name);
        Place inAdmin = null, inCountry = null, largest = null, second = null;
        boolean area = false;
        int inCountryCount = 0;
        for (Place p : gazetteer.lookup(name)) {
            if (!NameKey.of(p.name()).replace(" ", "").equals(key)) continue;   // its own name, not an alternate
            if (p.isCountry() || p.isAdmin1()) {
                area = true;
                continue;
            }
            if (!p.isPopulatedPlace()) continue;
            if (largest == null || p.population() > largest.population()) {
                second = largest;
                largest = p;
            } else if (second == null || p.population() > second.population()) {
                second = p;
            }
            if (home == null) continue;
            if (home.admin1Key() != null && p.admin1Key().equals(home.admin1Key())
                    && (inAdmin == null || p.population() > inAdmin.population())) inAdmin = p;
            if (home.country() != null && p.country().equals(home.country())) {
                inCountryCount++;
                inCountry = p;
            }
        }
        if (inAdmin != null) return inAdmin;
        if (area) return null;
        if (inCountryCount == 1) return inCountry;
        // no reading where the outlet usually reports (or no home yet): only a metropolis that dwarfs its namesakes
        boolean dominant = largest != null && largest.population() >= METROPOLIS
                && (second == null || largest.population() >= DOMINANCE * second.population());
        return inCountryCount == 0 && dominant ? largest : null;
    }
}
