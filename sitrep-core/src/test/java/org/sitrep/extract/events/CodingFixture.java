package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Mention;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * Builds an {@link Analysis} for coder tests: the text is parsed by CoreNLP, and the actor, place, time and
 * quantity layers are set by hand, so the coder is tested independently of the taggers.
 */
final class CodingFixture {
    private final Doc doc;
    private final LocalDate date;
    private final List<Anchored<ActorRef>> actors = new ArrayList<>();
    private final List<Anchored<PlaceRef>> places = new ArrayList<>();
    private final List<Anchored<TimeSpan>> times = new ArrayList<>();
    private final List<Anchored<Quantity>> quantities = new ArrayList<>();

    private CodingFixture(String text, LocalDate date) {
        this.doc = CoreNlpAnnotator.shared().annotate(text, date);
        this.date = date;
    }

    static CodingFixture of(String text, String date) { return new CodingFixture(text, LocalDate.parse(date)); }

    /** Tags every occurrence of {@code surface} as an actor. */
    CodingFixture actor(String surface, String country, String sector) {
        for (int[] t : occurrences(surface)) {
            actors.add(new Anchored<>(t[0], t[1], span(t), surface,
                    new ActorRef(surface, surface, country, sector, null, "test:" + surface)));
        }
        return this;
    }

    /** Tags every occurrence of {@code surface} as a named person acting for a country and sector. */
    CodingFixture person(String surface, String country, String sector) {
        for (int[] t : occurrences(surface)) {
            actors.add(new Anchored<>(t[0], t[1], span(t), surface,
                    new ActorRef(surface, surface, country, sector, surface, "test:" + surface)));
        }
        return this;
    }

    CodingFixture place(String surface) {
        for (int[] t : occurrences(surface)) {
            places.add(new Anchored<>(t[0], t[1], span(t), surface,
                    new PlaceRef(surface, "test:" + surface, surface, 35.0, 37.0, "PPL", "SY", null, 1, 5, null)));
        }
        return this;
    }

    CodingFixture quantity(String surface, String kind, double value) {
        for (int[] t : occurrences(surface)) {
            quantities.add(new Anchored<>(t[0], t[1], span(t), surface,
                    new Quantity(kind, value, "count", Quantity.Bound.EXACT, surface)));
        }
        return this;
    }

    /** Times from CoreNLP's DATE mentions with a day, month or year value (what the time tagger gives, roughly). */
    CodingFixture timesFromNer() {
        for (Mention m : doc.entities()) {
            if (!m.label().equals("DATE") || m.normalized() == null) continue;
            TimeSpan ts = parse(m.normalized(), m.text());
            if (ts != null) times.add(new Anchored<>(m.firstToken(), m.endToken(), m.span(), m.text(), ts));
        }
        return this;
    }

    private static TimeSpan parse(String v, String text) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) return TimeSpan.day(LocalDate.parse(v.substring(0, 10)), text, "test");
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate s = LocalDate.parse(v + "-01");
                return new TimeSpan(s, s.plusMonths(1).minusDays(1), TimeSpan.Granularity.MONTH, text, "test");
            }
            if (v.matches("\\d{4}")) {
                LocalDate s = LocalDate.parse(v + "-01-01");
                return new TimeSpan(s, s.plusYears(1).minusDays(1), TimeSpan.Granularity.YEAR, text, "test");
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    Analysis analysis() {
        Report r = new Report("rep1", "hash", "Test Wire", null, date.atStartOfDay().toInstant(ZoneOffset.UTC),
                Report.DateConfidence.HIGH, "", doc.text(), List.of(), "test", "txt");
        return new Analysis(r, doc, actors, places, times, quantities);
    }

    List<Claim> code() { return RuleCoder.bundled().code(analysis()); }

    Doc doc() { return doc; }

    /** The parse, one token a line, for debugging. */
    String parse() {
        return doc.tokens().stream().map(t -> t.index() + " " + t.word() + "/" + t.lemma() + "/" + t.pos() + " <-" + t.deprel() + "- " + t.head())
                .collect(Collectors.joining("\n"));
    }

    private List<int[]> occurrences(String surface) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int b = doc.text().indexOf(surface, from);
            if (b < 0) break;
            int e = b + surface.length();
            int ft = -1, et = -1;
            for (Token t : doc.tokens()) {
                if (ft < 0 && t.span().end() > b) ft = t.index();
                if (t.span().begin() < e) et = t.index() + 1;
            }
            if (ft >= 0 && et > ft) out.add(new int[] {ft, et});
            from = e;
        }
        return out;
    }

    private Span span(int[] t) { return new Span(doc.token(t[0]).span().begin(), doc.token(t[1] - 1).span().end()); }

    /** One line per claim, for assertion messages. */
    static String describe(List<Claim> claims) {
        StringBuilder sb = new StringBuilder();
        for (Claim c : claims) {
            var e = c.event();
            sb.append(e.type()).append('/').append(e.mode()).append(' ')
                    .append(e.initiator() == null ? "-" : e.initiator().code()).append(" -> ")
                    .append(e.recipient() == null ? "-" : e.recipient().code())
                    .append(" @").append(e.place() == null ? "-" : e.place().name())
                    .append(" t=").append(e.time() == null ? "-" : e.time().iso())
                    .append(" ").append(c.certainty()).append(' ').append(c.context())
                    .append(" by ").append(c.claimants())
                    .append(" [").append(e.provenance().rule()).append(" '").append(e.trigger()).append("']\n");
        }
        return sb.toString();
    }
}
