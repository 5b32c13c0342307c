package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.quantities.NumberWords;
import org.sitrep.extract.time.TimeRoles;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * An event dated by its distance from another: "the army retook Souran on Tuesday, three days after the village fell
 * to the rebels" dates the fall three days before Tuesday; "two weeks before the talks opened on 9 May" dates the
 * opening's counterpart. The event's clause hangs under "N units after|before", whose own head carries the dated
 * event. Only whole days, weeks and months with a stated number; the result keeps the anchor's granularity.
 */
final class OffsetTime {
    private static final Map<String, Integer> DAYS_PER = Map.of("day", 1, "days", 1, "week", 7, "weeks", 7);
    private static final Map<String, Integer> MONTHS_PER = Map.of("month", 1, "months", 1, "year", 12, "years", 12);

    private OffsetTime() {}

    /** The offset time, or null when the event's clause is not hung under such a phrase. */
    static TimeSpan of(Doc doc, Token anchor, List<Anchored<TimeSpan>> times) {
        Token unit = doc.parent(anchor), head = unit == null ? null : doc.parent(unit);
        boolean after = unit != null && unit.deprel().endsWith(":after"), before = unit != null && unit.deprel().endsWith(":before");
        if (!after && !before) {
            // "on Monday, a day after he visited Damascus" parsed with the unit and "after" under the event's verb
            Token mark = null;
            for (Token c : doc.children(anchor, "mark")) if (c.lemma().equalsIgnoreCase("after") || c.lemma().equalsIgnoreCase("before")) mark = c;
            if (mark == null) return null;
            after = mark.lemma().equalsIgnoreCase("after");
            before = !after;
            unit = null;
            for (Token c : doc.children(anchor)) if (c.index() < mark.index() && isUnit(c)) unit = c;
            head = doc.parent(anchor);
        }
        if (unit == null || head == null || !isUnit(unit)) return null;
        String u = unit.word().toLowerCase(Locale.ROOT);
        double n = Double.NaN;
        for (Token c : doc.children(unit, "nummod")) n = NumberWords.parse(c.word());
        for (Token c : doc.children(unit, "det")) if (Double.isNaN(n) && c.lemma().equalsIgnoreCase("a")) n = 1; // "a day after"
        if (Double.isNaN(n) || n != Math.rint(n) || n <= 0 || n > 1000) return null;
        Anchored<TimeSpan> at = covering(times, head);
        if (at == null) at = TimeRoles.eventTime(doc, head.index(), times);
        if (at == null || at.value().start() == null) return null;
        TimeSpan t = at.value();
        long k = (long) n * (after ? -1 : 1);   // the event is that much before the head's time when "N after it"
        LocalDate s = shift(t.start(), u, k), e = t.end() == null ? null : shift(t.end(), u, k);
        String text = doc.text().substring(doc.token(firstNum(doc, unit)).span().begin(), unit.span().end())
                + (after ? " after " : " before ") + at.text();
        return new TimeSpan(s, e, t.granularity(), text, "offset:" + t.rule());
    }

    private static boolean isUnit(Token t) {
        String u = t.word().toLowerCase(Locale.ROOT);
        return DAYS_PER.containsKey(u) || MONTHS_PER.containsKey(u);
    }

    private static Anchored<TimeSpan> covering(List<Anchored<TimeSpan>> times, Token t) {
        for (Anchored<TimeSpan> x : times) if (x.containsToken(t.index())) return x;
        return null;
    }

    private static LocalDate shift(LocalDate d, String unit, long k) {
        return DAYS_PER.containsKey(unit) ? d.plusDays(k * DAYS_PER.get(unit)) : d.plusMonths(k * MONTHS_PER.get(unit));
    }

    private static int firstNum(Doc doc, Token unit) {
        int first = unit.index();
        for (Token c : doc.children(unit)) {
            if (c.deprel().equals("nummod") || c.deprel().equals("det")) first = Math.min(first, c.index());
        }
        return first;
    }
}
