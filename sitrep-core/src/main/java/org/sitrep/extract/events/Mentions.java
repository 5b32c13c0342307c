package org.sitrep.extract.events;

import org.sitrep.extract.syntax.Deps;

import java.util.List;
import org.sitrep.model.ActorRef;
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
        Token first = null;
        ActorRef firstActor = null;
        for (Token p : deps.phrase(t)) {
            Anchored<T> a = covering(layer, p);
            if (a == null) continue;
            if (first == null) {
                first = p;
                if (!(a.value() instanceof ActorRef r) || r.person() != null || r.country() == null) return p;
                firstActor = r;
            } else if (a.value() instanceof ActorRef r && r.person() != null && firstActor.country().equals(r.country())) {
                // "his Turkish counterpart Hakan Fidan": the person the phrase names, not only the nationality
                return p;
            }
        }
        if (firstActor != null) {
            // the parse may hang the name off the noun as a bare "dep": "counterpart Hakan Fidan"
            for (Token c : deps.children(t, "dep")) {
                Anchored<T> a = c.pos().startsWith("NNP") ? covering(layer, c) : null;
                if (a != null && a.value() instanceof ActorRef r && r.person() != null && firstActor.country().equals(r.country())) return c;
            }
        }
        return first;
    }

    /**
     * The first mention found in the phrase of {@code t}, breadth first (its head, then its modifiers); for actors, a
     * named person of the same country later in the phrase wins over a bare nationality ({@link #tokenInPhrase}).
     */
    static <T> Anchored<T> inPhrase(List<Anchored<T>> layer, Deps deps, Token t) {
        Token p = tokenInPhrase(layer, deps, t);
        return p == null ? null : covering(layer, p);
    }
}
