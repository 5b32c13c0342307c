package org.sitrep.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Doc;

/**
 * Chooses one gazetteer entry per place name, for a whole document at once.
 *
 * <p>Each candidate gets a score from:
 * <ol>
 *   <li><b>prior</b>: log population (for seas, islands and regions at least twice the log of their radius in km),
 *       feature class (country &gt; capital &gt; first-level division &gt; admin
 *       seat &gt; other populated place; curated Sitrep entries get a bonus), and whether the name is the entry's
 *       own name: when some candidate bears the name as its own, candidates known by it only as an alternate or
 *       historical name ("Salisbury" for Harare) are pushed down, except countries, large natural areas ("the
 *       Pacific") and curated Sitrep entries, whose alternate names were chosen by hand ("Gaza" for the Gaza
 *       Strip, against Mozambique's Gaza province). A lesser place known by the name only as a former name, not a
 *       variant of its own ("Maryville" for Beeville, Texas; "Twickenham" for Huntsville, Alabama), does not win at
 *       all over a larger place bearing the name unless the text names it explicitly ("Maryville, Texas"): the
 *       document's focus and the outlet prior choose among the places that bear the name;</li>
 *   <li><b>focus</b>: the document's focus countries and first-level divisions. Every mention spreads one vote
 *       over its candidates' countries and divisions in proportion to their prior probability (softmax of the
 *       prior), so an unambiguous mention gives a full vote and an ambiguous one a split vote; country and
 *       division mentions count double. A candidate gains with its country's share (plus a bonus for the top
 *       country) and its division's share of the votes cast by the other names (a name's own mentions do not
 *       vote for its own readings: eight mentions of "Alexandria" must not outvote "Virginia");</li>
 *   <li><b>explicit context</b>: "X, Y", "X in Y", "X (Y)", where some reading of Y (country or division) contains
 *       the candidate, or a town Y lies within 50 km of it, or another name Y is the candidate itself ("Washington,
 *       D.C."); and the other way round, in "X, Y" a country or
 *       division reading of Y that holds a likely reading of X;</li>
 *   <li><b>coherence</b>: +2 for each other name in the document (up to three) with a likely reading in the
 *       same division or within 200 km (or inside the candidate, for a division or country), or of the same rank
 *       beside it (a sibling division of the same country, another country);</li>
 *   <li><b>containment</b>: +3 for each other name (up to two) of which some reading is a county holding the
 *       candidate town, a seat or a town of 10,000, or a seat or such town inside the candidate county ("Walker
 *       County" and "Huntsville" together are the Texas pair);</li>
 *   <li><b>dateline</b>: the upper-case name opening a story ("WASHINGTON —") is where it was filed: towns gain
 *       3;</li>
 *   <li><b>area cue</b>: after a compass adjective ("eastern Washington") countries, divisions and natural areas
 *       gain 4;</li>
 *   <li><b>scope</b>: "X province" takes the division (a town's own division if no division bears the name);
 *       a bare name that is both a division and its capital town means the town (so does one shared with a city of
 *       a million inside it, "New York", unless the text marks the division), and one that is both a division
 *       and the country's capital means the capital unless the division leads clearly ("Seattle, Washington") or
 *       the name is listed among divisions ("Oregon, Washington and Idaho"), where "X, Y" is no container.</li>
 * </ol>
 * The focus is counted twice: first from every candidate weighted by its prior, then half from the readings chosen
 * in that first pass, so that one settled name (a county read in Tennessee) helps settle the others.
 * One sense per document: all mentions with the same name key and scope get the same entry (scores summed).
 * A name with no candidates stays unresolved and does not count towards the focus.
 */
final class Disambiguator {
    private final Gazetteer gazetteer;

    Disambiguator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Weight of a name's first-pass reading in the second pass's focus; the rest stays spread by prior. */
    private static final double HARD_SHARE = 0.5;

    /** Margin (in score points, prior of {@link OutletLexicon} left out) of a confident win over any other division. */
    static final double CONFIDENT_MARGIN = 3.0;

    /**
     * What the disambiguator decided for a document.
     *
     * @param places    the chosen entry per mention (same order), null where nothing fits
     * @param confident per mention, whether the choice is one an {@link OutletLexicon} may learn from: it is the
     *                  choice the text alone makes (without the outlet prior) and it is unambiguous, qualified in
     *                  the text, or wins by {@link #CONFIDENT_MARGIN} over every reading in another division
     * @param notes     per mention, why the outlet prior changed the choice, or null where it did not
     */
    record Resolution(List<Place> places, List<Boolean> confident, List<String> notes) {}

    /**
     * Resolves the document's names with the outlet prior: {@code home} (the outlet's usual region), the town the
     * outlet's address names ({@link OutletTown}) and the country its country-code domain names ({@link OutletDomains},
     * standing in for the home while the lexicon has not yet seen enough of the outlet); each may be null. The prior
     * only enters the final pass: the first pass, whose choices feed the document's focus, and the confidence
     * judgement are the text's own.
     */
    Resolution resolve(Doc doc, List<NameSpan> spans, OutletLexicon.Home home, Place outletTown,
                       OutletDomains.Country domain) {
        List<List<Place>> cands = new ArrayList<>();
        for (NameSpan n : spans) cands.add(scoped(n));
        List<List<Place>> support = supportSets(spans, cands);
        // pass 1: each mention spreads one vote over its candidates' countries and divisions by prior probability
        Focus soft = new Focus();
        List<double[]> probs = new ArrayList<>();
        for (List<Place> cs : cands) probs.add(new double[cs.size()]);
        for (int i = 0; i < spans.size(); i++) {
            List<Place> cs = cands.get(i);
            if (cs.isEmpty()) continue;
            double[] sc = new double[cs.size()];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < sc.length; k++) max = Math.max(max, sc[k] = prior(cs.get(k), spans.get(i), cs));
            double z = 0;
            for (int k = 0; k < sc.length; k++) z += sc[k] = Math.exp(sc[k] - max);
            for (int k = 0; k < sc.length; k++) probs.get(i)[k] = sc[k] / z;
            for (int k = 0; k < sc.length; k++) soft.vote(spans.get(i).key(), cs.get(k), sc[k] / z);
        }
        Choice first = choose(doc, spans, cands, support, soft, null, null, null);
        Map<String, Place> chosen = first.chosen;
        // pass 2: the readings chosen for the other names vote with half the weight, the other half spread by prior
        // as before ("Henry County" read in Tennessee then helps settle "Paris" as the Tennessee town)
        Focus hard = new Focus();
        for (int i = 0; i < spans.size(); i++) {
            NameSpan n = spans.get(i);
            Place p = chosen.get(n.key() + "|" + n.scope());
            if (p != null) hard.vote(n.key(), p, HARD_SHARE);
            List<Place> cs = cands.get(i);
            for (int k = 0; k < cs.size(); k++) hard.vote(n.key(), cs.get(k), (1 - HARD_SHARE) * probs.get(i)[k]);
        }
        Choice last = hard.total > 0 ? choose(doc, spans, cands, support, hard, home, outletTown, domain) : first;
        chosen = last.chosen;
        List<Place> out = new ArrayList<>();
        List<Boolean> confident = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (NameSpan n : spans) {
            String g = n.key() + "|" + n.scope();
            confident.add(last.confident.contains(g));
            notes.add(last.notes.get(g));
            Place p = chosen.get(g);
            // "X province" means a division: a town's own division, while a finer division stays itself
            if (p != null && n.scope() == NameSpan.Scope.ADMIN1 && !p.isAdmin1() && !p.featureCode().equals("ADM2")) {
                Place a = gazetteer.admin1Of(p);
                if (a != null) p = a;
            }
            out.add(p);
        }
        return new Resolution(out, confident, notes);
    }

    /** One pass's choice per sense group, which of them are confident, and notes where the outlet prior decided. */
    private record Choice(Map<String, Place> chosen, java.util.Set<String> confident, Map<String, String> notes) {}

    /** Scores every candidate of every mention against the focus and picks one entry per sense group. */
    private Choice choose(Doc doc, List<NameSpan> spans, List<List<Place>> cands,
                          List<List<Place>> support, Focus focus, OutletLexicon.Home home, Place outletTown,
                          OutletDomains.Country domain) {
        String topCountry = focus.topCountry();
        Map<String, Map<String, Double>> textScores = new LinkedHashMap<>();
        Map<String, Double> explicit = new HashMap<>();
        // per group, the readings known by the name only as an alternate and the largest of its own-name readings
        // (by weight: size and feature class)
        Map<String, Map<String, Double>> alternates = new HashMap<>();
        Map<String, Double> ownWeight = new HashMap<>();
        List<java.util.Set<String>> divisions = divisionSets(cands);
        Map<String, Map<String, Double>> groupScores = new LinkedHashMap<>();
        Map<String, Map<String, Place>> groupPlaces = new HashMap<>();
        java.util.Set<String> listed = new java.util.HashSet<>();   // groups named in a list of divisions
        java.util.Set<String> divisionCued = new java.util.HashSet<>();   // groups whose division reading the text marks
        for (int i = 0; i < spans.size(); i++) {
            NameSpan n = spans.get(i);
            List<Place> cs = cands.get(i);
            if (cs.isEmpty()) continue;
            String g = n.key() + "|" + n.scope();
            Map<String, Double> gs = groupScores.computeIfAbsent(g, k -> new LinkedHashMap<>());
            Map<String, Place> gp = groupPlaces.computeIfAbsent(g, k -> new HashMap<>());
            if (listOfDivisions(doc, spans, i) || (i > 0 && listOfDivisions(doc, spans, i - 1))) listed.add(g);
            List<Place> context = contextOf(doc, spans, i);
            List<Place> contained = i > 0 && !contextOf(doc, spans, i - 1).isEmpty()
                    && doc.token(spans.get(i - 1).end()).word().equals(",") ? support.get(i - 1) : List.of();
            double others = focus.othersTotal(n.key());
            Map<String, Double> ts = textScores.computeIfAbsent(g, k -> new LinkedHashMap<>());
            // the document's own focus, from the other names: the outlet prior gives way to a strong one elsewhere,
            // if the name can lie there (a reading that is not a lesser place known by it only as a former name)
            String[] own = focus.topOfOthers(n.key());
            String focusCountry = focusHolds(own[0], true, n.key(), cs) ? own[0] : null;
            String focusAdmin = focusHolds(own[1], false, n.key(), cs) ? own[1] : null;
            OutletPrior outletPrior = OutletPrior.of(home, outletTown, domain, focusCountry,
                    focus.othersShare(own[0], n.key(), true), focusAdmin, focus.othersShare(own[1], n.key(), false));
            boolean qualified = false, countryName = false;
            // a name qualified in the text takes no outlet prior, nor does one that can be a country ("Lebanon",
            // "Italy") unless it names the outlet's own town
            for (Place p : cs) {
                qualified |= contextBonus(p, context) > 0 || containerBonus(p, contained) > 0;
                countryName |= p.isCountry();
            }
            boolean area = afterCompassAdjective(doc, n);
            boolean dateline = NameFinder.dateline(doc, n.first(), n.end());
            boolean bordering = beforeBorder(doc, n);
            for (Place p : cs) {
                double sc = prior(p, n, cs);
                if (alternateOnly(p, n.key(), cs) && !variantOf(n.key(), NameKey.of(p.name()))) {
                    alternates.computeIfAbsent(g, k -> new HashMap<>()).put(p.id(), weight(p));
                } else if (NameKey.of(p.name()).equals(n.key())) {
                    ownWeight.merge(g, weight(p), Math::max);
                }
                if (others > 1e-9) {
                    sc += 3 * focus.countryVotes(p, n.key()) / others;
                    if (p.country().equals(topCountry)) sc += 1;
                    if (!p.isCountry()) sc += 4 * focus.adminVotes(p, n.key()) / others;
                }
                sc += contextBonus(p, context);
                sc += containerBonus(p, contained);
                sc += coherence(p, n.key(), spans, support, divisions);
                sc += containment(p, n.key(), spans, cands);
                if (dateline && p.isPopulatedPlace()) sc += 3;   // "WASHINGTON —": filed from a town
                if (area && (p.isCountry() || p.isAdmin1() || p.featureCode().equals("ADM2") || naturalArea(p))) sc += 4;
                double cue = contextBonus(p, context) + containerBonus(p, contained);
                if (cue > 0) explicit.merge(g + "|" + p.id(), cue, Double::sum);
                if (p.isAdmin1() && (area || bordering || containerBonus(p, contained) > 0)) divisionCued.add(g);
                ts.merge(p.id(), sc, Double::sum);
                // >>> outlet prior hook (OutletPrior): a bonus for the outlet's home region, never with a cue in the text
                // or a country reading
                if (!qualified && (!countryName || outletPrior.isNearTown(p))) sc += outletPrior.bonus(p);
                // <<< outlet prior hook
                gs.merge(p.id(), sc, Double::sum);
                gp.putIfAbsent(p.id(), p);
            }
        }
        Map<String, Place> chosen = new HashMap<>();
        java.util.Set<String> confident = new java.util.HashSet<>();
        Map<String, String> notes = new HashMap<>();
        for (Map.Entry<String, Map<String, Double>> e : groupScores.entrySet()) {
            String g = e.getKey();
            java.util.Set<String> barred = barredAlternates(g, alternates, ownWeight, explicit);
            String bestId = argmax(e.getValue(), barred), textId = argmax(textScores.get(g), barred);
            Map<String, Place> places = groupPlaces.get(g);
            Place p = places.get(bestId);
            Place pick = listed.contains(g) ? p : preferCapital(p, places.values(), g, e.getValue());
            // the division is marked: in this mention's text, by a list of divisions, or as "X state" elsewhere
            boolean marked = divisionCued.contains(g) || listed.contains(g)
                    || groupScores.containsKey(g.substring(0, g.indexOf('|')) + "|" + NameSpan.Scope.ADMIN1);
            chosen.put(g, preferTown(pick, places.values(), g, marked));
            if (bestId.equals(textId)) {
                if (explicit.containsKey(g + "|" + bestId) || margin(p, textScores.get(g), places) >= CONFIDENT_MARGIN) confident.add(g);
            } else {
                String why = (home != null ? home.note() : domain != null ? domain.note() : "outlet prior")
                        + (outletTown != null ? "; its address names " + outletTown.id() + " (" + outletTown.name() + ")" : "");
                notes.put(g, why + "; preferred " + p.id() + " over " + textId);
            }
        }
        return new Choice(chosen, confident, notes);
    }

    /**
     * The readings of a group known by its name only as an unrelated alternate, a former name ("Maryville" for
     * Beeville, Texas; not a variant of the own name such as "Hillsboro" for Hillsborough, see {@link #variantOf}),
     * that may not win: those smaller (by {@link #weight}: size and feature class) than the largest reading bearing the name as
     * its own, unless the text names them explicitly ("Maryville, Texas"). The document's focus, coherence and the
     * outlet prior settle which of the own-name readings is meant; they do not carry an old or variant name over to
     * a lesser place that no longer bears it. A city under its former name ("Calcutta"), larger than any place that
     * bears the name today, competes as before.
     */
    private static java.util.Set<String> barredAlternates(String g, Map<String, Map<String, Double>> alternates,
                                                          Map<String, Double> ownWeight, Map<String, Double> explicit) {
        Map<String, Double> alt = alternates.get(g);
        Double own = ownWeight.get(g);
        if (alt == null || own == null) return java.util.Set.of();
        java.util.Set<String> barred = new java.util.HashSet<>();
        for (Map.Entry<String, Double> a : alt.entrySet()) {
            if (a.getValue() < own && !explicit.containsKey(g + "|" + a.getKey())) barred.add(a.getKey());
        }
        return barred;
    }

    /**
     * Whether the document's focus (a country, or a division) can settle this name: some reading of it that is not
     * a lesser place known by the name only as a former name (see {@link #barredAlternates}) lies there. When none
     * does, the focus says nothing about the name, and it does not switch the outlet prior off for it.
     */
    private static boolean focusHolds(String where, boolean country, String key, List<Place> cs) {
        if (where == null) return false;
        double own = Double.NEGATIVE_INFINITY;
        for (Place p : cs) if (NameKey.of(p.name()).equals(key)) own = Math.max(own, weight(p));
        for (Place p : cs) {
            if (!(country ? p.country().equals(where) : !p.isCountry() && p.admin1Key().equals(where))) continue;
            if (!formerName(p, key, cs, own)) return true;
        }
        return false;
    }

    /**
     * Whether the candidate bears the name only as an unrelated alternate, a former name (not a variant of its own
     * name, see {@link #variantOf}), and is smaller (by {@link #weight}) than {@code ownWeight}, the largest
     * reading that bears the name as its own.
     */
    private static boolean formerName(Place p, String key, List<Place> all, double ownWeight) {
        return alternateOnly(p, key, all) && !variantOf(key, NameKey.of(p.name())) && weight(p) < ownWeight;
    }

    /**
     * Whether an alternate name is a form of a place's own name (both as name keys): a shortening or lengthening of it
     * ("Kingston" for Kingston upon Thames, "Avondale" for Avondale Estates) or a spelling that differs from it in at
     * most a third of its letters ("Hillsboro" for Hillsborough; not "Maryville" for Beeville).
     */
    static boolean variantOf(String alternate, String own) {
        if (own.startsWith(alternate) || alternate.startsWith(own)) return true;
        int allowed = Math.max(own.length(), alternate.length()) / 3;
        if (Math.abs(own.length() - alternate.length()) > allowed) return false;
        int[] prev = new int[own.length() + 1], cur = new int[own.length() + 1];
        for (int j = 0; j <= own.length(); j++) prev[j] = j;
        for (int i = 1; i <= alternate.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= own.length(); j++) {
                int sub = prev[j - 1] + (alternate.charAt(i - 1) == own.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[own.length()] <= allowed;
    }

    /** The highest-scoring id not in {@code barred} (any id when all are barred). */
    private static String argmax(Map<String, Double> scores, java.util.Set<String> barred) {
        String bestId = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> c : scores.entrySet()) {
            if (barred.contains(c.getKey())) continue;
            if (c.getValue() > best) {
                best = c.getValue();
                bestId = c.getKey();
            }
        }
        return bestId;
    }

    /** How far the chosen reading leads every reading in another division or country (infinite when none is). */
    private static double margin(Place p, Map<String, Double> scores, Map<String, Place> places) {
        double mine = scores.get(p.id()), other = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> c : scores.entrySet()) {
            Place q = places.get(c.getKey());
            if (!q.admin1Key().equals(p.admin1Key())) other = Math.max(other, c.getValue());
        }
        return mine - other;
    }

    /**
     * Votes for the document's countries and first-level divisions, kept per name so that a name's own mentions
     * do not count towards its own focus (eight mentions of "Alexandria" must not outvote "Virginia"). Countries,
     * divisions and counties weigh double: they are said to set the scene.
     */
    private static final class Focus {
        final Map<String, Double> countries = new HashMap<>();
        final Map<String, Double> admins = new HashMap<>();
        final Map<String, Map<String, Double>> ownCountries = new HashMap<>();
        final Map<String, Map<String, Double>> ownAdmins = new HashMap<>();
        final Map<String, Double> ownTotal = new HashMap<>();
        double total;

        void vote(String key, Place p, double weight) {
            double w = weight * (p.isCountry() || p.isAdmin1() || p.featureCode().equals("ADM2") ? 2 : 1);
            countries.merge(p.country(), w, Double::sum);
            ownCountries.computeIfAbsent(key, x -> new HashMap<>()).merge(p.country(), w, Double::sum);
            if (!p.isCountry()) {
                admins.merge(p.admin1Key(), w, Double::sum);
                ownAdmins.computeIfAbsent(key, x -> new HashMap<>()).merge(p.admin1Key(), w, Double::sum);
            }
            total += w;
            ownTotal.merge(key, w, Double::sum);
        }

        String topCountry() {
            String top = null;
            double best = 0;
            for (Map.Entry<String, Double> e : countries.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    top = e.getKey();
                }
            }
            return top;
        }

        double othersTotal(String key) { return total - ownTotal.getOrDefault(key, 0.0); }

        double countryVotes(Place p, String key) {
            return countries.getOrDefault(p.country(), 0.0) - ownCountries.getOrDefault(key, Map.of()).getOrDefault(p.country(), 0.0);
        }

        double adminVotes(Place p, String key) {
            return admins.getOrDefault(p.admin1Key(), 0.0) - ownAdmins.getOrDefault(key, Map.of()).getOrDefault(p.admin1Key(), 0.0);
        }

        /** The top country and top division of the votes cast by names other than {@code key} (nulls if none). */
        String[] topOfOthers(String key) {
            return new String[] {top(countries, ownCountries.getOrDefault(key, Map.of())),
                    top(admins, ownAdmins.getOrDefault(key, Map.of()))};
        }

        /** The share of a country's (or division's) votes among those cast by names other than {@code key}. */
        double othersShare(String what, String key, boolean country) {
            if (what == null) return 0;
            Map<String, Double> all = country ? countries : admins;
            Map<String, Double> own = (country ? ownCountries : ownAdmins).getOrDefault(key, Map.of());
            double sum = 0;
            for (Map.Entry<String, Double> e : all.entrySet()) sum += e.getValue() - own.getOrDefault(e.getKey(), 0.0);
            return sum > 1e-9 ? (all.getOrDefault(what, 0.0) - own.getOrDefault(what, 0.0)) / sum : 0;
        }

        private static String top(Map<String, Double> all, Map<String, Double> own) {
            String top = null;
            double best = 1e-9;
            for (Map.Entry<String, Double> e : all.entrySet()) {
                double v = e.getValue() - own.getOrDefault(e.getKey(), 0.0);
                if (v > best || (v == best && top != null && e.getKey().compareTo(top) < 0)) {
                    best = v;
                    top = e.getKey();
                }
            }
            return top;
        }
    }

    /** Candidates allowed by the phrase's scope. */
    private static List<Place> scoped(NameSpan n) {
        List<Place> cs = n.candidates();
        if (n.scope() == NameSpan.Scope.TOWN) {
            List<Place> towns = cs.stream().filter(Place::isPopulatedPlace).toList();
            if (!towns.isEmpty()) return towns;
        }
        if (n.scope() == NameSpan.Scope.ADMIN1) {
            List<Place> adm = cs.stream().filter(Place::isAdmin1).toList();
            if (!adm.isEmpty()) return adm;
            List<Place> withAdmin = cs.stream().filter(p -> !p.isCountry()).toList();
            if (!withAdmin.isEmpty()) return withAdmin;
        }
        return cs.size() > 60 ? cs.subList(0, 60) : cs;
    }

    /** Prior score of a candidate among the mention's candidates {@code all}. */
    static double prior(Place p, NameSpan n, List<Place> all) {
        double s = weight(p);
        if (NameKey.of(p.name()).equals(n.key())) s += 1.5;
        else if (alternateOnly(p, n.key(), all)) s -= 3;
        if (p.name().toLowerCase(Locale.ROOT).equals(n.surface().toLowerCase(Locale.ROOT))) s += 0.5;
        return s;
    }

    /** The part of the prior that does not depend on the name: size (population or extent) and feature class. */
    private static double weight(Place p) {
        double s = Math.log10(p.population() + 10.0);
        String fc = p.featureCode();
        if (naturalArea(p)) s = Math.max(s, 2 * Math.log10(p.radiusKm()));   // an ocean or island counts its extent
        if (p.isCountry() || fc.equals("CONT")) s += 5;
        else if (fc.equals("PPLC")) s += 4;
        else if (fc.equals("ADM1")) s += 2.5;
        else if (fc.equals("ADM2")) s += 1.5;
        else if (fc.equals("PPLA")) s += 1.5;
        else if (fc.equals("PPLA2")) s += 0.8;
        else if (fc.equals("PPLA3") || fc.equals("PPLA4")) s += 0.3;
        else if (fc.equals("PPLX") || fc.equals("PPLH") || fc.equals("PPLQ")) s -= 0.5;
        if (p.id().startsWith("sitrep:")) s += 3;
        return s;
    }

    /**
     * Whether the candidate bears the name only as an alternate or historical name while another candidate bears it
     * as its own. Countries and large natural areas go by short names too ("Macedonia", "the Pacific"), and curated
     * Sitrep entries' alternate names were chosen by hand ("Gaza" for the Gaza Strip): never.
     */
    static boolean alternateOnly(Place p, String key, List<Place> all) {
        return !NameKey.of(p.name()).equals(key) && !p.isCountry() && !p.id().startsWith("sitrep:")
                && !(naturalArea(p) && p.radiusKm() >= 100) && Place.anyBearsAsOwn(all, key);
    }

    /** A sea, island, valley or region: neither a populated place, nor a division, nor a country. */
    static boolean naturalArea(Place p) {
        String fc = p.featureCode();
        return !fc.startsWith("PPL") && !fc.startsWith("ADM") && !fc.startsWith("PCL") && p.radiusKm() > 10;
    }

    /** Per mention, its few most likely candidates (by prior): what other mentions may lean on. */
    private static List<List<Place>> supportSets(List<NameSpan> spans, List<List<Place>> cands) {
        List<List<Place>> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            NameSpan n = spans.get(i);
            List<Place> all = cands.get(i);
            Map<Place, Double> priors = new HashMap<>();   // each prior once, not once per comparison
            for (Place p : all) priors.put(p, prior(p, n, all));
            List<Place> cs = new ArrayList<>(all);
            cs.sort((a, b) -> Double.compare(priors.get(b), priors.get(a)));
            out.add(cs.size() > 5 ? List.copyOf(cs.subList(0, 5)) : List.copyOf(cs));
        }
        return out;
    }

    /**
     * Spatial coherence: +2 for every other distinct name in the document that has a likely reading near this
     * candidate (same first-level division, within 200 km, or inside it when the candidate is a division or
     * country) or of the same rank beside it (another division of the same country for a division, another
     * country for a country: lists of states or countries), at most +6. Places named together tend to lie
     * together.
     */
    private static double coherence(Place p, String key, List<NameSpan> spans, List<List<Place>> support,
                                    List<java.util.Set<String>> divisionSets) {
        java.util.Set<String> supporters = new java.util.HashSet<>();
        for (int j = 0; j < spans.size() && supporters.size() < 3; j++) {
            String k = spans.get(j).key();
            if (k.equals(key) || supporters.contains(k)) continue;
            for (Place q : support.get(j)) {
                if (q.id().equals(p.id())) continue;
                boolean near;
                if (p.isCountry()) near = q.isCountry() || q.country().equals(p.country());
                else if (q.isCountry()) near = false;
                else if (p.isAdmin1() && q.isAdmin1()) near = q.country().equals(p.country());
                else near = (!p.admin1Code().isEmpty() && q.admin1Key().equals(p.admin1Key()))
                        || Place.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) < 200;
                if (near) {
                    supporters.add(k);
                    break;
                }
            }
        }
        double score = 2.0 * supporters.size();
        if (p.isCountry() || p.isAdmin1() || p.admin1Code().isEmpty()) return score;
        // a weaker hint from any reading of a name with few divisions: "Alexandria" and "Douglas County" can both be
        // read in Minnesota, though neither reading is among their most likely ones
        java.util.Set<String> seen = new java.util.HashSet<>(supporters);
        int possible = 0;
        for (int j = 0; j < spans.size() && possible < 3; j++) {
            String k = spans.get(j).key();
            if (k.equals(key) || !seen.add(k)) continue;
            java.util.Set<String> divisions = divisionSets.get(j);
            if (divisions.size() <= MAX_DIVISIONS && divisions.contains(p.admin1Key())) possible++;
        }
        return score + possible;
    }

    /** Bonus per other name of which some reading is a county holding the candidate, or a town inside it. */
    static final double CONTAINMENT_BONUS = 3;
    /** How far beyond a county's typical extent a town still counts as inside it (county extents are spreads). */
    private static final double CONTAINMENT_SLACK_KM = 15;

    /**
     * Containment: {@value #CONTAINMENT_BONUS} for each other distinct name in the document (at most two) of which
     * some reading is a second-level division (a county) that holds this candidate, or, for a county candidate, a
     * town inside it, both in the same first-level division. "Walker County" and "Huntsville" in one story are
     * Huntsville, Texas, the county's seat, though another Huntsville is larger and another Walker County lies in
     * the larger one's state. The town must be a seat or hold 10,000 people (see {@link #seatOrTown}): some
     * village of a common name lies in almost any large province by chance.
     */
    private static double containment(Place p, String key, List<NameSpan> spans, List<List<Place>> cands) {
        if (p.isCountry() || p.isAdmin1() || p.admin1Code().isEmpty()) return 0;
        boolean county = p.featureCode().equals("ADM2");
        if (!county && !seatOrTown(p)) return 0;
        java.util.Set<String> holders = new java.util.HashSet<>();
        for (int j = 0; j < spans.size() && holders.size() < 2; j++) {
            String k = spans.get(j).key();
            if (k.equals(key) || holders.contains(k)) continue;
            for (Place q : cands.get(j)) {
                if (!q.admin1Key().equals(p.admin1Key())) continue;
                Place outer = county ? p : q, inner = county ? q : p;
                if (!outer.featureCode().equals("ADM2") || !seatOrTown(inner)) continue;
                if (Place.distanceKm(outer.lat(), outer.lon(), inner.lat(), inner.lon())
                        < outer.radiusKm() + CONTAINMENT_SLACK_KM) {
                    holders.add(k);
                    break;
                }
            }
        }
        return CONTAINMENT_BONUS * holders.size();
    }

    /** A seat of a division or a town of at least 10,000 people: what a story naming its county speaks of. */
    private static boolean seatOrTown(Place p) {
        String fc = p.featureCode();
        return fc.equals("PPLA") || fc.equals("PPLA2") || fc.equals("PPLC") || (p.isPopulatedPlace() && p.population() >= 10_000);
    }

    /** Names with readings in more divisions than this (Springfield, Franklin) give no division hint. */
    private static final int MAX_DIVISIONS = 30;

    /** Per mention, the divisions any of its non-country readings lies in. */
    private static List<java.util.Set<String>> divisionSets(List<List<Place>> cands) {
        List<java.util.Set<String>> out = new ArrayList<>();
        for (List<Place> cs : cands) {
            java.util.Set<String> d = new java.util.HashSet<>();
            for (Place q : cs) if (!q.isCountry() && !q.admin1Code().isEmpty()) d.add(q.admin1Key());
            out.add(d);
        }
        return out;
    }

    /** Candidates of the place named right after "X, " / "X in " / "X (" — the container context of mention i. */
    private static List<Place> contextOf(Doc doc, List<NameSpan> spans, int i) {
        NameSpan n = spans.get(i);
        if (i + 1 >= spans.size()) return List.of();
        NameSpan next = spans.get(i + 1);
        if (doc.token(n.first()).sentence() != doc.token(next.first()).sentence()) return List.of();
        int gap = next.first() - n.end();
        if (gap != 1) return List.of();
        if (next.key().equals(n.key())) return List.of();
        String w = doc.token(n.end()).word().toLowerCase(Locale.ROOT);
        if (w.equals(",") && listOfDivisions(doc, spans, i + 1)) return List.of();
        if (w.equals(",") || w.equals("in") || w.equals("(")) return next.candidates();
        return List.of();
    }

    /**
     * "Washington, Pennsylvania and California": the name at {@code j} and the next one, joined by "," / "and" /
     * ", and", can both be first-level divisions of one country, so the comma before {@code j} separates a list
     * rather than naming a container.
     */
    private static boolean listOfDivisions(Doc doc, List<NameSpan> spans, int j) {
        if (j + 1 >= spans.size()) return false;
        NameSpan a = spans.get(j), b = spans.get(j + 1);
        if (doc.token(a.first()).sentence() != doc.token(b.first()).sentence()) return false;
        int gap = b.first() - a.end();
        if (gap < 1 || gap > 2) return false;
        for (int k = a.end(); k < b.first(); k++) {
            String w = doc.token(k).word().toLowerCase(Locale.ROOT);
            if (!w.equals(",") && !w.equals("and")) return false;
        }
        for (Place p : a.candidates()) {
            if (!p.isAdmin1()) continue;
            for (Place q : b.candidates()) if (q.isAdmin1() && q.country().equals(p.country())) return true;
        }
        return false;
    }

    private static double contextBonus(Place p, List<Place> context) {
        double best = 0;
        for (Place c : context) {
            if (c.id().equals(p.id())) {   // "Washington, D.C.": the second name picks the reading out
                best = Math.max(best, 8);
                continue;
            }
            if (c.isCountry() && c.country().equals(p.country())) best = Math.max(best, 6);
            else if (c.isAdmin1() && !p.isCountry() && c.admin1Key().equals(p.admin1Key())) best = Math.max(best, 8);
            else if (c.featureCode().equals("ADM2") && c.admin1Key().equals(p.admin1Key())
                    && Place.distanceKm(c.lat(), c.lon(), p.lat(), p.lon()) < c.radiusKm() + 30) best = Math.max(best, 7);
            else if (c.isPopulatedPlace() && Place.distanceKm(c.lat(), c.lon(), p.lat(), p.lon()) < 50) best = Math.max(best, 4);
        }
        return best;
    }

    /**
     * The container side of "X, Y" ("Atlanta, Georgia"): a country or division reading of Y that holds one of X's
     * likely readings is the one meant.
     */
    private static double containerBonus(Place p, List<Place> contained) {
        if (!p.isCountry() && !p.isAdmin1()) return 0;
        for (Place c : contained) {
            if (c.id().equals(p.id()) || c.isCountry()) continue;
            if (p.isCountry() && c.country().equals(p.country())) return 6;
            if (p.isAdmin1() && !c.isAdmin1() && c.admin1Key().equals(p.admin1Key())) return 8;
        }
        return 0;
    }

    private static final java.util.Set<String> COMPASS_ADJECTIVES = java.util.Set.of("northern", "southern", "eastern",
            "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
            "north-western", "south-eastern", "south-western", "upstate", "downstate");

    /** "eastern Washington", "northern Cyprus": a compass adjective right before the name speaks of an area. */
    private static boolean afterCompassAdjective(Doc doc, NameSpan n) {
        int b = n.first() - 1;
        return b >= 0 && doc.token(b).sentence() == doc.token(n.first()).sentence()
                && COMPASS_ADJECTIVES.contains(doc.token(b).word().toLowerCase(Locale.ROOT));
    }

    /** "the New York border", "the Idlib border": the name qualifies a border, which divisions and countries have. */
    private static boolean beforeBorder(Doc doc, NameSpan n) {
        int a = n.end();
        return a < doc.tokens().size() && doc.token(a).sentence() == doc.token(n.first()).sentence()
                && doc.token(a).word().toLowerCase(Locale.ROOT).matches("borders?|line");
    }

    /** How far a division must lead its country's capital of the same name to be taken for a bare name. */
    private static final double CAPITAL_MARGIN = 3;

    /**
     * A bare name that is both a division and its country's capital ("Washington") means the capital, the seat of
     * government news speaks of, unless the text marks the division clearly enough for it to lead by
     * {@link #CAPITAL_MARGIN}: "Seattle, Washington", "eastern Washington" ("Washington state" is scoped already).
     * Not applied to a name listed among divisions ("Oregon, Washington and Idaho").
     */
    private static Place preferCapital(Place p, Iterable<Place> candidates, String group, Map<String, Double> scores) {
        if (p == null || !p.isAdmin1() || group.endsWith("|ADMIN1")) return p;
        for (Place c : candidates) {
            if (c.isCapital() && c.country().equals(p.country())
                    && scores.get(p.id()) - scores.get(c.id()) < CAPITAL_MARGIN) return c;
        }
        return p;
    }

    /** Population from which a city named like its own division is what a bare name means ("New York"). */
    static final long NAMESAKE_CITY_POPULATION = 1_000_000;

    /**
     * A bare name that is both a division and that division's capital town ("Idlib", "Aleppo") means the town, and
     * so does one shared by a division and a city of at least {@value #NAMESAKE_CITY_POPULATION} people inside it
     * that bears the name as its own, or as its own followed by "City" ("New York" for New York City, "Lagos").
     * For such a city (not for a division's capital: "eastern Aleppo" is a part of the city) the division stays when
     * the text marks it: "X state" (scoped; elsewhere in the document it marks the bare mentions too), a compass
     * word before it ("upstate New York"), a border after it ("the New York border"), a place said to lie in it
     * ("Buffalo, New York") or a list of divisions it stands in ("New Jersey and New York").
     */
    private static Place preferTown(Place p, Iterable<Place> candidates, String group, boolean divisionMarked) {
        if (p == null || !p.isAdmin1() || group.endsWith("|ADMIN1")) return p;
        String key = group.substring(0, group.indexOf('|'));
        Place town = null;
        for (Place c : candidates) {
            if (!c.isPopulatedPlace() || !c.admin1Key().equals(p.admin1Key())) continue;
            if (c.featureCode().equals("PPLA") || c.featureCode().equals("PPLC")) town = c;
            else if (town == null && !divisionMarked && c.population() >= NAMESAKE_CITY_POPULATION) {
                String own = NameKey.of(c.name());
                if (own.equals(key) || own.equals(key + " city")) town = c;
            }
        }
        return town != null ? town : p;
    }
}
