package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * The story's reference time for an event stated without a time of its own. A past-tense sentence with no date
 * ("the two ministers went over ...", "the garrison pulled out of ...") continues the day the story last named
 * ("spoke by phone on Saturday", "A day later, ..."), as a reader takes it, rather than the publication day.
 *
 * <p>Deliberately narrow, so that a default is never replaced by a guess: the event's clause must be in the
 * simple past (not "has taken", "is", "will"); its own sentence must name no date in the event's clause; the last
 * date named in the three sentences before it must be a day or a span of at most a week, ending no later than the
 * publication day and no more than 30 days before it. Anything else keeps the publication-day default.
 */
final class StoryTime {
    static final int SENTENCES_BACK = 3;
    static final int MAX_SPAN_DAYS = 7;
    static final int MAX_AGE_DAYS = 30;

    private StoryTime() {}

    /** The inherited time with its source mention, or null when the rules above do not hold. */
    static Anchored<TimeSpan> of(Doc doc, List<Anchored<TimeSpan>> times, Token anchor, LocalDate published) {
        if (published == null || !simplePast(doc, anchor)) return null;
        int sentence = anchor.sentence();
        Anchored<TimeSpan> last = null;
        for (Anchored<TimeSpan> t : times) {
            if (t.value().start() == null) continue;
            int s = doc.token(t.firstToken()).sentence();
            if (s == sentence && !inOtherClause(doc, doc.token(t.firstToken()), anchor)) return null;
            if (s < sentence && s >= sentence - SENTENCES_BACK) last = t;
        }
        if (last == null) return null;
        TimeSpan v = last.value();
        LocalDate end = v.end() == null ? v.start() : v.end();
        if (ChronoUnit.DAYS.between(v.start(), end) >= MAX_SPAN_DAYS) return null;
        if (end.isAfter(published) || ChronoUnit.DAYS.between(end, published) > MAX_AGE_DAYS) return null;
        return last;
    }

    /**
     * True when a time in the event's sentence belongs to a clause of its own that does not hold the event ("a truce
     * plan that Moscow drafted in 2016"): it neither dates the event nor stops the story's time.
     */
    private static boolean inOtherClause(Doc doc, Token time, Token anchor) {
        for (Token cur = time; cur != null; cur = doc.parent(cur)) {
            if (cur.index() == anchor.index() || doc.dominates(cur, anchor)) return false;
            if (cur.deprel().startsWith("acl") || cur.deprel().startsWith("advcl")) return true;
        }
        return false;
    }

    /**
     * True when the first finite verb above the anchor is in the past tense: "discussed", "had been ordered", "was
     * a key factor ... forcing their retreat"; false for a present, a perfect with has/have, a modal or a future.
     */
    static boolean simplePast(Doc doc, Token anchor) {
        Token cur = anchor;
        for (int steps = 0; cur != null && steps < 6; steps++, cur = doc.parent(cur)) {
            for (Token c : doc.children(cur)) {
                if (!c.deprel().startsWith("aux") && !c.deprel().equals("cop")) continue;
                String pos = c.pos();
                if (pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBP")) return false;
                if (pos.equals("VBD")) return true;
            }
            String pos = cur.pos();
            if (pos.equals("VBD")) return true;
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return false;
        }
        return false;
    }
}
