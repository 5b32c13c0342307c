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
 * the village a day later" puts both events in Marun. The rule is the one a reader applies: the nearest named place
 * before the word, in its sentence or up to two sentences back, that is a town-sized place. A noun must agree with
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
        for (Anchored<PlaceRef> p : places) {
            if (p.firstToken() < from || p.endToken() > anaphor.index()) continue;
            if (!agrees(noun, p.value())) continue;
            if (best == null || p.firstToken() > best.firstToken()) best = p;
        }
        if (best == null) return null;
        return new Found(best, "place via antecedent '" + best.text() + "' (sentence " + doc.token(best.firstToken()).sentence()
                + ") of '" + anaphor.word() + "'");
    }

    private static boolean agrees(String noun, PlaceRef p) {
        String fc = p.featureCode();
        if (fc == null || fc.startsWith("PCL") || COARSE.contains(fc) || p.precision() > 2) return false;
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
