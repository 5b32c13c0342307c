package org.sitrep.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.Deps;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Token;

/**
 * The place that "it" or a bare "the village / the town / the city" stands for when a control verb takes it as its
 * object: "the village of Marun changed hands again. Rebels seized it on Friday, and the army regained control of
 * the village a day later" puts both events in Marun. The rule is the one a reader applies: the most salient named
 * town-sized place before the word, in its sentence or up to two sentences back: the nearest, except that a place
 * inside a clause of its own counts as further away and one the text itself calls a "town" (for "the town") as nearer. A noun must agree with
 * the place: "village", "town" and "city" only take populated places (and a "village" is never a capital or a
 * province seat); "it" takes any place finer than a province. Countries, provinces and regions are never
 * antecedents. Null when nothing fits.
 */
final class PlaceAnaphora {
    /** A resolved anaphor: the antecedent place and the provenance note saying where it was found. */
    record Found(Anchored<PlaceRef> place, String note) {}

    /**
     * The role paths naming what changes hands or is left ("seized it", "control of the village", "withdrew from the
     * town", "the city fell"), not where something else happens ("took up positions outside the city").
     */
    static final Set<String> OBJECT_PATHS = Set.of("obj", "nsubj", "nsubj:pass", "n.nmod:of", "n.nmod:over", "obl:from",
            "obl:of", "obl:into", "nmod:of", "nmod:from");

    private static final Set<String> SETTLEMENT = Set.of("village", "town", "city", "hamlet", "settlement", "township",
            "locality");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Feature codes coarser than a town: never what "it" or "the town" refers to. */
    private static final Set<String> COARSE = Set.of("ADM1", "ADM1H", "ADM2", "ADM2H", "ADMD", "RGN", "RGNE", "ZN", "TERR", "CONT", "AREA");
    /** Seats of capitals and large divisions: a "village" is none of them. */
    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLG");

    private PlaceAnaphora() {}

    /** True for "it", or a singular "the village" / "this town" with no name of its own in its phrase. */
    static boolean isAnaphor(Deps deps, Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().equals("PRP")) return w.equals("it");
        if (!t.pos().equals("NN") || !SETTLEMENT.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
        boolean definite = false;
        for (Token c : deps.children(t)) {
            String r = c.deprel();
            if (r.equals("det") && DEFINITE.contains(c.word().toLowerCase(Locale.ROOT))) definite = true;
            // "the town of Ariha", "the border town Jarabulus", "the town's mayor": it is named, or it is not the object
            if (r.startsWith("nmod") || r.equals("appos") || r.startsWith("compound") || r.equals("flat") || r.equals("nmod:poss")
                    || r.startsWith("acl")) return false;
        }
        return definite;
    }

    /** The antecedent of {@code anaphor} among the document's places, or null. */
    static Found resolve(Doc doc, List<Anchored<PlaceRef>> places, Token anaphor) {
        String noun = anaphor.pos().equals("PRP") ? null : anaphor.lemma().toLowerCase(Locale.ROOT);
        int from = doc.sentences().get(Math.max(0, anaphor.sentence() - 2)).firstToken();
        Anchored<PlaceRef> best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Anchored<PlaceRef> p : places) {
            if (p.firstToken() < from || p.endToken() > anaphor.index()) continue;
            if (!agrees(noun, p.value())) continue;
            // the salient place, not merely the last one: a place in a clause of its own ("where the road from Damascus
            // to Aleppo meets ...") counts as further away, one the text calls by the same noun ("Saraqib, a town in
            // Idlib province") as nearer
            Token head = Antecedents.head(doc, p);
            int score = 2 * clauseDepth(doc, head) + (anaphor.sentence() - head.sentence()) - (describedAs(doc, head, noun) ? 2 : 0);
            if (best == null || score < bestScore || score == bestScore && p.firstToken() > best.firstToken()) {
                best = p;
                bestScore = score;
            }
        }
        if (best == null) return null;
        return new Found(best, "place via antecedent '" + best.text() + "' (sentence " + doc.token(best.firstToken()).sentence()
                + ") of '" + anaphor.word() + "'");
    }

    private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj");

    /** How many subordinate clauses a token sits in below its sentence's root. */
    private static int clauseDepth(Doc doc, Token t) {
        int depth = 0;
        for (Token cur = t; cur != null; cur = doc.parent(cur)) {
            String r = cur.deprel() == null ? "" : cur.deprel();
            int colon = r.indexOf(':');
            if (CLAUSES.contains(r) || CLAUSES.contains(colon < 0 ? r : r.substring(0, colon))) depth++;
        }
        return depth;
    }

    /** "Saraqib, a town in Idlib province": the place carries an apposition headed by {@code noun}. */
    private static boolean describedAs(Doc doc, Token head, String noun) {
        if (noun == null) return false;
        for (int i = head.index() + 1; i < Math.min(doc.tokens().size(), head.index() + 12); i++) {
            Token t = doc.token(i);
            if (t.sentence() != head.sentence()) break;
            Token up = doc.parent(t);
            if (up != null && up.index() == head.index() && t.deprel().equals("appos")) return noun.equalsIgnoreCase(t.lemma());
        }
        return false;
    }

    private static boolean agrees(String noun, PlaceRef p) {
        String fc = p.featureCode();
        if (fc == null || fc.startsWith("PCL") || COARSE.contains(fc) || p.precision() > 2) return false;
        // "near Hama", "north of Kharkiv": an area told by its relation to a place is nothing "it" can name
        if (p.relation() != null && !p.relation().isBlank() && !p.relation().equalsIgnoreCase("province")) return false;
        if (noun == null) return true;
        if (!fc.startsWith("PPL")) return false;
        return switch (noun) {
            case "village", "hamlet" -> !SEATS.contains(fc);
            case "city" -> !fc.equals("PPLA3") && !fc.equals("PPLA4") && !fc.equals("PPLA5");
            case "town", "township" -> !fc.equals("PPLC");
            default -> true;
        };
    }
}
