package org.sitrep.extract.time;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * Which time expression belongs to which word, by the dependency tree: keeps event time and claim time apart.
 *
 * <p>{@link #eventTime} looks for a time attached to the trigger ("the offensive on 29-30 November") and then to
 * its governing verb ("opposition forces entered the city on Saturday"), through a temporal relation (obl:on,
 * obl:in, obl:tmod, nmod:tmod, obl:by, advmod, ...). It stops at the first verb, so the date of a reporting verb
 * ("stated on 29 November that the offensive ...") is never given to the reported event. {@link #claimTime}
 * finds that date of the reporting verb, also when it sits one step away ("said in a report on 30 November").
 */
public final class TimeRoles {
    private TimeRoles() {}

    private static final Set<String> TIME_RELS = Set.of("obl:on", "obl:in", "obl:tmod", "nmod:tmod", "obl:by",
            "obl:during", "obl:since", "obl:at", "obl:until", "obl:within", "obl:after", "obl:before", "obl:npmod",
            "obl:over", "obl", "nmod:on", "nmod:in", "nmod:during", "nmod:since", "nmod:by", "nmod:npmod", "advmod",
            "nmod:at", "nmod:within", "nmod:after", "nmod:before", "obl:from", "nmod:from", "nmod", "compound");

    /** The time attached to an event trigger or its governing verb, or null. */
    public static Anchored<TimeSpan> eventTime(Doc doc, int trigger, List<Anchored<TimeSpan>> times) {
        if (doc == null || times == null || trigger < 0 || trigger >= doc.tokens().size()) return null;
        Token cur = doc.token(trigger);
        for (int steps = 0; cur != null && steps < 5; steps++) {
            Anchored<TimeSpan> t = attached(doc, cur, times);
            if (t != null) return t;
            if (cur.isVerb()) return null;
            // a noun trigger inside a time expression's clause: climb to its governing verb or noun
            cur = doc.parent(cur);
        }
        return null;
    }

    /** The time attached to a reporting verb ("stated on 29 November that ..."), or null. */
    public static Anchored<TimeSpan> claimTime(Doc doc, int reportingVerb, List<Anchored<TimeSpan>> times) {
        if (doc == null || times == null || reportingVerb < 0 || reportingVerb >= doc.tokens().size()) return null;
        Token verb = doc.token(reportingVerb);
        Anchored<TimeSpan> t = attached(doc, verb, times);
        if (t != null) return t;
        // "said in a report on 30 November", "in a statement issued on Friday"
        for (Token c : doc.children(verb)) {
            if (!c.deprel().startsWith("obl")) continue;
            t = attached(doc, c, times);
            if (t != null) return t;
            for (Token acl : doc.children(c, "acl")) {
                t = attached(doc, acl, times);
                if (t != null) return t;
            }
        }
        return null;
    }

    /** A time expression holding a direct dependent of {@code head} linked by a temporal relation. */
    private static Anchored<TimeSpan> attached(Doc doc, Token head, List<Anchored<TimeSpan>> times) {
        for (Token c : doc.children(head)) {
            if (!TIME_RELS.contains(c.deprel())) continue;
            for (Anchored<TimeSpan> t : times) {
                if (t.containsToken(c.index()) && !t.containsToken(head.index())) return t;
            }
        }
        return null;
    }
}
