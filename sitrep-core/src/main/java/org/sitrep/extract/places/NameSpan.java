package org.sitrep.extract.places;

import java.util.List;
import org.sitrep.model.Span;

/**
 * A place name found in a text before resolution: the name's tokens, the wider phrase with its spatial relation
 * ("north of Kharkiv", "Idlib province"), and the gazetteer entries the name may refer to.
 *
 * @param first       first token of the name (document index)
 * @param end         one past the last token of the name
 * @param phraseFirst first token of the whole phrase (relation words included)
 * @param phraseEnd   one past the last token of the phrase
 * @param surface     the name as written
 * @param relation    spatial relation ("north of", "near", "countryside", "province", ...) or null
 * @param scope       which kind of entry the phrase asks for
 * @param extraKm     distance the relation adds to the uncertainty radius
 * @param fromNer     true if NER tagged the name as a location
 * @param candidates  gazetteer entries for the name, most populous first (empty: unknown name)
 * @param part        the name's characters when it is only a part of its token ("Fargo" in "Fargo-Moorhead",
 *                    "Calif." in "D-Calif."), else null
 */
record NameSpan(int first, int end, int phraseFirst, int phraseEnd, String surface, String relation, Scope scope,
                double extraKm, boolean fromNer, List<Place> candidates, Span part) {
    NameSpan {
        candidates = List.copyOf(candidates);
    }

    NameSpan(int first, int end, int phraseFirst, int phraseEnd, String surface, String relation, Scope scope,
             double extraKm, boolean fromNer, List<Place> candidates) {
        this(first, end, phraseFirst, phraseEnd, surface, relation, scope, extraKm, fromNer, candidates, null);
    }

    /** What the phrase around a name asks for. */
    enum Scope {
        /** No restriction. */
        ANY,
        /** "X province", "X governorate", "X oblast": the first-level division. */
        ADMIN1,
        /** "the city of X", "the town of X": a populated place. */
        TOWN,
        /** "X countryside", "rural X": the rural area around X. */
        COUNTRYSIDE
    }

    NameSpan with(int pf, int pe, String rel, Scope sc, double km) {
        return new NameSpan(first, end, pf, pe, surface, rel, sc, km, fromNer, candidates, part);
    }

    String key() { return NameKey.of(surface); }
}
