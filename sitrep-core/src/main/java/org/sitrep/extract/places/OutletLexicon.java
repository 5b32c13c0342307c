package org.sitrep.extract.places;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Report;

/**
 * An outlet's "local lexicon": where its reports are usually about, learned from the places it named before.
 *
 * <p>A local paper names its towns without saying which state they are in: a Texas paper's "Paris" is Paris,
 * Texas. Per outlet (see {@link #key}) the lexicon counts the first-level divisions and countries of the places
 * that were resolved <em>confidently</em> in the outlet's earlier reports (see {@link Disambiguator}: a name whose
 * readings all lie in one division, a name qualified in the text such as "Paris, Texas", or a clear win by a margin
 * of {@value Disambiguator#CONFIDENT_MARGIN} over any reading in another division, all judged <em>without</em> this
 * prior so that it never learns from itself). Each report counts every distinct place once.
 *
 * <p>Once an outlet has at least {@value #MIN_PLACES} such places from at least {@value #MIN_REPORTS} reports it
 * has a {@link Home}: the division holding at least {@value #MIN_ADMIN1_SHARE} of its places below country level
 * (and at least {@value #MIN_ADMIN1_PLACES} of them), and the country holding at least {@value #MIN_COUNTRY_SHARE}
 * of all its places; either may be absent. Before that, its first reports give it a home division only when they
 * agree: at least {@value #EARLY_PLACES} confident places below country level, {@value #EARLY_SHARE} of them in one
 * division. The disambiguator uses the home as a prior for ambiguous names.
 *
 * <p>Online and deterministic: a report is tagged with what the outlet's <em>earlier</em> reports taught. Used on
 * its own (the evaluation, one thread), {@link #observe} learns at once. In the pipeline, which tags reports on
 * several threads, the writer thread {@link #pin}s each report when it hands it to a worker: the report is then
 * tagged with the home known at that moment (all reports stored before it was handed out), and what it teaches
 * is held back until the writer {@link #commit}s it after storing the report, in input order. All methods are
 * thread-safe.
 */
public final class OutletLexicon {
    /** Confident places below country level that give an outlet a home division from its first reports. */
    public static final int EARLY_PLACES = 4;
    /** Share of them that must lie in one division for that. */
    public static final double EARLY_SHARE = 0.75;
    /** Confident places an outlet needs before it has a home. */
    public static final int MIN_PLACES = 6;
    /** Reports those places must come from. */
    public static final int MIN_REPORTS = 2;
    /** Share of the outlet's sub-country places that must lie in one division for it to be the home division. */
    public static final double MIN_ADMIN1_SHARE = 0.3;
    /** Places the home division must hold at the least. */
    public static final int MIN_ADMIN1_PLACES = 3;
    /** Share of all the outlet's places that must lie in one country for it to be the home country. */
    public static final double MIN_COUNTRY_SHARE = 0.5;

    /** Counts per outlet. */
    private final Map<String, Counts> outlets = new HashMap<>();
    /** Home pinned per report id (empty for none) while the report is being tagged in the pipeline. */
    private final Map<String, Optional<Home>> pinned = new HashMap<>();
    /** Pinned reports whose outlet had been {@link #settled} when they were pinned. */
    private final Set<String> pinnedSettled = new java.util.HashSet<>();
    /** What a pinned report taught, waiting for {@link #commit}. */
    private final Map<String, Observation> pending = new HashMap<>();

    /** What one report taught about its outlet: the division keys and countries of its confident places. */
    public record Observation(String outlet, List<String> admin1Keys, List<String> countries) {
        public Observation {
            admin1Keys = List.copyOf(admin1Keys);
            countries = List.copyOf(countries);
        }

        /** From the confident places of one report (each distinct place once). */
        static Observation of(String outlet, List<Place> confident) {
            Set<String> seen = new LinkedHashSet<>();
            List<String> admins = new ArrayList<>(), countries = new ArrayList<>();
            for (Place p : confident) {
                if (p == null || !seen.add(p.id())) continue;
                countries.add(p.country());
                if (!p.isCountry() && !p.admin1Code().isEmpty()) admins.add(p.admin1Key());
            }
            return new Observation(outlet, admins, countries);
        }
    }

    /**
     * Where an outlet's reports are usually about.
     *
     * @param outlet       outlet key
     * @param admin1Key    home division ("US.48"), or null
     * @param admin1Share  its share of the outlet's confident places below country level
     * @param country      home country (ISO alpha-2), or null
     * @param countryShare its share of all the outlet's confident places
     * @param places       confident places counted
     * @param reports      reports they came from
     */
    public record Home(String outlet, String admin1Key, double admin1Share, String country, double countryShare,
                       int places, int reports) {
        /** A line for provenance: why a reading was preferred. */
        public String note() {
            StringBuilder b = new StringBuilder("outlet prior: ").append(outlet).append(" usually reports on ");
            if (admin1Key != null) b.append(String.format(Locale.ROOT, "%s (%.0f%%)", admin1Key, 100 * admin1Share));
            if (admin1Key != null && country != null) b.append(", ");
            if (country != null) b.append(String.format(Locale.ROOT, "%s (%.0f%%)", country, 100 * countryShare));
            return b.append(String.format(Locale.ROOT, " of %d confidently placed names in %d earlier reports",
                    places, reports)).toString();
        }
    }

    /** Running counts for one outlet. */
    private static final class Counts {
        final Map<String, Integer> admins = new TreeMap<>();
        final Map<String, Integer> countries = new TreeMap<>();
        int adminTotal, total, reports;

        void add(Observation o) {
            for (String a : o.admin1Keys()) admins.merge(a, 1, Integer::sum);
            for (String c : o.countries()) countries.merge(c, 1, Integer::sum);
            adminTotal += o.admin1Keys().size();
            total += o.countries().size();
            if (!o.countries().isEmpty()) reports++;
        }

        boolean settled() {
            return total >= MIN_PLACES && reports >= MIN_REPORTS;
        }

        Optional<Home> home(String outlet) {
            if (!settled()) return early(outlet);
            Map.Entry<String, Integer> a = top(admins), c = top(countries);
            String admin = null, country = null;
            double as = 0, cs = 0;
            if (a != null && adminTotal > 0 && a.getValue() >= MIN_ADMIN1_PLACES
                    && (double) a.getValue() / adminTotal >= MIN_ADMIN1_SHARE) {
                admin = a.getKey();
                as = (double) a.getValue() / adminTotal;
            }
            if (c != null && (double) c.getValue() / total >= MIN_COUNTRY_SHARE) {
                country = c.getKey();
                cs = (double) c.getValue() / total;
            }
            if (admin == null && country == null) return Optional.empty();
            return Optional.of(new Home(outlet, admin, as, country, cs, total, reports));
        }

        /**
         * Before the outlet is settled, a home division only when its first reports already agree on it: at least
         * {@value #EARLY_PLACES} confident places below country level, {@value #EARLY_SHARE} of them in one division
         * (a local paper's first story naming four towns of one county).
         */
        private Optional<Home> early(String outlet) {
            Map.Entry<String, Integer> a = top(admins);
            if (a == null || adminTotal < EARLY_PLACES || (double) a.getValue() / adminTotal < EARLY_SHARE) return Optional.empty();
            String country = a.getKey().substring(0, a.getKey().indexOf('.'));
            double as = (double) a.getValue() / adminTotal;
            return Optional.of(new Home(outlet, a.getKey(), as, country, (double) countries.getOrDefault(country, 0) / total,
                    total, reports));
        }

        /** The largest count; ties go to the smallest key, so the result does not depend on order. */
        private static Map.Entry<String, Integer> top(Map<String, Integer> m) {
            Map.Entry<String, Integer> best = null;
            for (Map.Entry<String, Integer> e : m.entrySet()) if (best == null || e.getValue() > best.getValue()) best = e;
            return best;
        }
    }

    /**
     * The outlet key of a report: the host of its outlet (or, when the outlet is unknown, of its URL), lower case
     * and without "www."; null when neither says anything.
     */
    public static String key(Report r) {
        if (r == null) return null;
        String k = key(r.outlet());
        return k != null ? k : key(r.url());
    }

    /** "https://www.Example.com/x" and "www.example.com" give "example.com"; null for blank or "unknown". */
    public static String key(String outletOrUrl) {
        if (outletOrUrl == null || outletOrUrl.isBlank()) return null;
        String s = outletOrUrl.strip().toLowerCase(Locale.ROOT);
        if (s.equals("unknown")) return null;
        if (s.contains("://")) {
            try {
                String host = URI.create(s).getHost();
                if (host != null) s = host;
            } catch (IllegalArgumentException e) {
                s = s.substring(s.indexOf("://") + 3);
            }
        }
        int slash = s.indexOf('/');
        if (slash > 0) s = s.substring(0, slash);
        if (s.startsWith("www.")) s = s.substring(4);
        return s.isEmpty() ? null : s;
    }

    /** The outlet's home as known now (from everything committed), if it has one. */
    public synchronized Optional<Home> home(String outlet) {
        if (outlet == null) return Optional.empty();
        Counts c = outlets.get(outlet);
        return c == null ? Optional.empty() : c.home(outlet);
    }

    /**
     * Whether the lexicon has seen enough of the outlet ({@value #MIN_PLACES} confident places from
     * {@value #MIN_REPORTS} reports) to judge where it reports on, whether or not that gave it a {@link Home}: an
     * outlet that has none by then reports on many countries, and a guess made before (its address's country
     * domain, see {@link OutletDomains}) no longer holds.
     */
    public synchronized boolean settled(String outlet) {
        Counts c = outlet == null ? null : outlets.get(outlet);
        return c != null && c.settled();
    }

    /** Like {@link #settled(String)} for the report's outlet, as it was when the report was pinned. */
    public synchronized boolean settledFor(Report r) {
        if (r == null) return false;
        return pinned.containsKey(r.id()) ? pinnedSettled.contains(r.id()) : settled(key(r));
    }

    /** The home to tag this report with: the one pinned for it, else the one known now. */
    public synchronized Optional<Home> homeFor(Report r) {
        Optional<Home> p = r == null ? null : pinned.get(r.id());
        return p != null ? p : home(key(r));
    }

    /** Fixes the home a report will be tagged with and holds back what it teaches until {@link #commit}. */
    public synchronized void pin(Report r) {
        pinned.put(r.id(), home(key(r)));
        if (settled(key(r))) pinnedSettled.add(r.id());
    }

    /**
     * Learns from a report's confident places: at once, unless the report is pinned (then on {@link #commit}).
     * A report without an outlet teaches nothing.
     */
    public synchronized void observe(Report r, List<Place> confident) {
        String k = key(r);
        if (k == null) return;
        Observation o = Observation.of(k, confident);
        if (pinned.containsKey(r.id())) pending.put(r.id(), o);
        else add(o);
    }

    /** Adds what a pinned report taught and unpins it; returns it (to be stored), or null if it taught nothing. */
    public synchronized Observation commit(String reportId) {
        pinned.remove(reportId);
        pinnedSettled.remove(reportId);
        Observation o = pending.remove(reportId);
        if (o != null) add(o);
        return o;
    }

    /** Forgets a pinned report that failed, without learning from it. */
    public synchronized void unpin(String reportId) {
        pinned.remove(reportId);
        pinnedSettled.remove(reportId);
        pending.remove(reportId);
    }

    /** Adds an observation (what one earlier report taught), e.g. when loading a store's history. */
    public synchronized void add(Observation o) {
        if (o.countries().isEmpty()) return;
        outlets.computeIfAbsent(o.outlet(), x -> new Counts()).add(o);
    }

    /**
     * Adds counts loaded from a store: per division key ("US.48") and per country, how many confident places of
     * the outlet lay there, over {@code reports} reports.
     */
    public synchronized void addCounts(String outlet, Map<String, Integer> admin1Counts,
                                       Map<String, Integer> countryCounts, int reports) {
        Counts c = outlets.computeIfAbsent(outlet, x -> new Counts());
        admin1Counts.forEach((k, v) -> { c.admins.merge(k, v, Integer::sum); c.adminTotal += v; });
        countryCounts.forEach((k, v) -> { c.countries.merge(k, v, Integer::sum); c.total += v; });
        c.reports += reports;
    }
}
