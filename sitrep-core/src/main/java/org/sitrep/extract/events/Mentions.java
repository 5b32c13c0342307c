package org.sitrep.extract.events;

import org.sitrep.extract.syntax.Deps;

import java.util.List;
import org.sitrep.model.Anchored;
import org.sitrep.model.Token;

/** Finds the mention (actor, place, time, quantity) that a token or its phrase stands for. */
final class Mentions {
    private Mentions() {}

    /** The mention covering token {@code t}; the shortest one if several overlap. */
    static <T> Anchored<T> covering(List<Anchored<T>> layer, Token t) {
        Anchored<T> best = null;
        for (Anchored<T> a : layer) {
            if (a.containsToken(t.index()) && (best == null || a.endToken() - a.firstToken() < best.endToken() - best.firstToken())) {
                best = a;
            }
        }
        return best;
    }

    /** The token of the phrase of {@code t} where the first mention is found, breadth first, or null. */
    static <T> Token tokenInPhrase(List<Anchored<T>> layer, Deps deps, Token t) {
        for (Token p : deps.phrase(t)) if (covering(layer, p) != null) return p;
        return null;
    }

    /** The first mention found in the phrase of {@code t}, breadth first (its head, then its modifiers). */
    static <T> Anchored<T> inPhrase(List<Anchored<T>> layer, Deps deps, Token t) {
        for (Token p : deps.phrase(t)) {
            Anchored<T> a = covering(layer, p);
            if (a != null) return a;
        }
        return null;
    }
}
