package org.sitrep.extract.syntax;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Anchored;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * Attaches a time expression to a word by the dependency tree: the time mention in one of the word's temporal or
 * prepositional dependents ("withdrew on Saturday", "the capture of Aleppo on Friday", "stated on 29 November").
 */
public final class TimeAttachment {
    private static final Set<String> TIME_RELS = Set.of("obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "advmod",
            "obl:on", "obl:in", "obl:at", "obl:during", "obl:since", "obl:by", "obl:until", "obl:after", "obl:before",
            "obl:within", "obl:over", "obl:from", "obl:between", "obl:throughout", "obl", "nmod:on", "nmod:in",
            "nmod:during", "nmod:since", "nmod:by", "nmod:at", "nmod:within", "nmod:until", "nummod", "compound");

    private TimeAttachment() {}

    /** The time mention attached to {@code t}, or null. */
    public static Anchored<TimeSpan> attached(List<Anchored<TimeSpan>> times, Deps deps, Token t) {
        if (t == null || times.isEmpty()) return null;
        for (Token c : deps.children(t)) {
            if (!TIME_RELS.contains(c.deprel()) && !c.deprel().startsWith("obl:")) continue;
            for (Token p : deps.phrase(c)) {
                for (Anchored<TimeSpan> a : times) if (a.containsToken(p.index())) return a;
            }
        }
        return null;
    }
}
