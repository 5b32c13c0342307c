package org.sitrep.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Evidence;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Provenance;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.Store;

/**
 * A small store for the server's tests and the browser test: six reports written for these tests (not taken from
 * any article), eleven events over 27 Nov - 4 Dec 2024 in Syria and Ukraine, one of them disputed, one without a
 * place, and one report whose text carries script tags that must never run.
 */
public final class SampleData {
    public static final String SCRIPT_REPORT = "r-script";
    /** A word that occurs only in the Kupiansk report, for search tests. */
    public static final String UNIQUE_WORD = "pontoon";
    public static final String SCRIPT_SENTENCE = "Activists wrote <script>window.__pwned = true; document.title = 'PWNED';</script>"
            + " that shelling hit Maarat al-Numan on Monday <img src=x onerror=\"window.__pwned = true\">.";

    static final ActorRef SYR_REBELS = new ActorRef("rebel fighters", "Syrian rebels", "SYR", "REB", null, "agents:test-1");
    static final ActorRef SYR_ARMY = new ActorRef("the army", "Syrian army", "SYR", "MIL", null, "agents:test-2");
    static final ActorRef RUS_MIL = new ActorRef("Russian jets", "Russian military", "RUS", "MIL", null, "agents:test-3");
    static final ActorRef UKR_MIL = new ActorRef("Ukrainian troops", "Ukrainian military", "UKR", "MIL", null, "agents:test-4");
    static final ActorRef RUS_GOV = new ActorRef("the Kremlin", "Russia", "RUS", "GOV", null, "agents:test-5");
    static final ActorRef TUR_GOV = new ActorRef("Ankara", "Turkey", "TUR", "GOV", null, "agents:test-6");
    static final ActorRef PROTESTERS = new ActorRef("residents", "Syrian civilians", "SYR", "CVL", null, "agents:test-7");

    static PlaceRef place(String name, String id, double lat, double lon, String country, String admin1) {
        return new PlaceRef(name, id, name, lat, lon, "PPL", country, admin1, 1, 5, null);
    }

    static final PlaceRef SARAQIB = place("Saraqib", "test:saraqib", 35.864, 36.806, "SY", "Idlib");
    static final PlaceRef ALEPPO = place("Aleppo", "test:aleppo", 36.202, 37.134, "SY", "Aleppo");
    static final PlaceRef HAMA = place("Hama", "test:hama", 35.132, 36.758, "SY", "Hama");
    static final PlaceRef MAARAT = place("Maarat al-Numan", "test:maarat", 35.648, 36.675, "SY", "Idlib");
    static final PlaceRef KUPIANSK = place("Kupiansk", "test:kupiansk", 49.711, 37.616, "UA", "Kharkiv");
    static final PlaceRef KHARKIV = place("Kharkiv", "test:kharkiv", 49.994, 36.230, "UA", "Kharkiv");

    /** One claim to write: the sentence it stands in, its trigger word and what it codes. */
    record ClaimSpec(String sentence, String trigger, PloverType type, ActorRef source, ActorRef target, PlaceRef place,
                     LocalDate day, Stance stance, Certainty certainty, List<String> claimants, List<Quantity> quantities) {}

    private SampleData() {}

    /** Creates the sample store at {@code file} (which must not exist yet) and returns it open. */
    public static Store create(Path file) {
        Store st = Store.open(file);
        LocalDate nov27 = LocalDate.of(2024, 11, 27);
        report(st, "r-saraqib", "Levant Dispatch", nov27, "Rebels enter Saraqib",
                "Rebel fighters captured the town of Saraqib on Wednesday after a night of fighting. "
                        + "Residents said the army had pulled back towards the south. "
                        + "Russian jets struck the outskirts of Saraqib later that day, a monitoring group said.",
                new ClaimSpec("Rebel fighters captured the town of Saraqib on Wednesday after a night of fighting.", "captured",
                        PloverType.ASSAULT, SYR_REBELS, SYR_ARMY, SARAQIB, nov27, Stance.SUPPORTS, Certainty.ASSERTED, List.of(), List.of()),
                new ClaimSpec("Residents said the army had pulled back towards the south.", "pulled back",
                        PloverType.RETREAT, SYR_ARMY, null, SARAQIB, nov27, Stance.SUPPORTS, Certainty.REPORTED, List.of("residents"), List.of()),
                new ClaimSpec("Russian jets struck the outskirts of Saraqib later that day, a monitoring group said.", "struck",
                        PloverType.ASSAULT, RUS_MIL, SYR_REBELS, SARAQIB, nov27, Stance.SUPPORTS, Certainty.REPORTED,
                        List.of("a monitoring group"), List.of()));
        report(st, "r-aleppo", "North Syria Monitor", nov27.plusDays(2), "Fighting reaches Aleppo",
                "Opposition units advanced into the western districts of Aleppo on Friday, a spokesman claimed. "
                        + "Hundreds of residents rallied in a central square to demand bread and fuel.",
                new ClaimSpec("Opposition units advanced into the western districts of Aleppo on Friday, a spokesman claimed.", "advanced",
                        PloverType.ASSAULT, SYR_REBELS, SYR_ARMY, ALEPPO, nov27.plusDays(2), Stance.SUPPORTS, Certainty.ALLEGED,
                        List.of("a spokesman"), List.of()),
                new ClaimSpec("Hundreds of residents rallied in a central square to demand bread and fuel.", "rallied",
                        PloverType.PROTEST, PROTESTERS, SYR_ARMY, ALEPPO, nov27.plusDays(2), Stance.SUPPORTS, Certainty.ASSERTED,
                        List.of(), List.of()));
        report(st, "r-hama", "Levant Dispatch", nov27.plusDays(5), "Army says Hama lines hold",
                "The defence ministry denied that rebels had entered Hama on Monday. "
                        + "Officials in Moscow and Ankara spoke by phone about the fighting, according to state media.",
                new ClaimSpec("The defence ministry denied that rebels had entered Hama on Monday.", "entered",
                        PloverType.ASSAULT, SYR_REBELS, SYR_ARMY, HAMA, nov27.plusDays(5), Stance.CONTRADICTS, Certainty.DENIED,
                        List.of("the defence ministry"), List.of()),
                new ClaimSpec("Officials in Moscow and Ankara spoke by phone about the fighting, according to state media.", "spoke",
                        PloverType.CONSULT, RUS_GOV, TUR_GOV, null, nov27.plusDays(5), Stance.SUPPORTS, Certainty.REPORTED,
                        List.of("state media"), List.of()));
        report(st, "r-kupiansk", "Frontline Notes", nov27.plusDays(3), "Crossing near Kupiansk",
                "Ukrainian troops destroyed a pontoon crossing near Kupiansk on Saturday, the general staff said. "
                        + "Two civilians were killed when a drone hit a bus in Kharkiv on Saturday evening.",
                new ClaimSpec("Ukrainian troops destroyed a pontoon crossing near Kupiansk on Saturday, the general staff said.", "destroyed",
                        PloverType.ASSAULT, UKR_MIL, RUS_MIL, KUPIANSK, nov27.plusDays(3), Stance.SUPPORTS, Certainty.REPORTED,
                        List.of("the general staff"), List.of()),
                new ClaimSpec("Two civilians were killed when a drone hit a bus in Kharkiv on Saturday evening.", "hit",
                        PloverType.ASSAULT, RUS_MIL, null, KHARKIV, nov27.plusDays(3), Stance.SUPPORTS, Certainty.ASSERTED, List.of(),
                        List.of(new Quantity("killed", 2, "count", Quantity.Bound.EXACT, "Two civilians"))));
        report(st, "r-kupiansk-2", "Kharkiv Courier", nov27.plusDays(7), "Troops regroup near Kupiansk",
                "Russian units were pushed back from the river near Kupiansk on Wednesday, officials said.",
                new ClaimSpec("Russian units were pushed back from the river near Kupiansk on Wednesday, officials said.", "pushed back",
                        PloverType.RETREAT, RUS_MIL, null, KUPIANSK, nov27.plusDays(7), Stance.SUPPORTS, Certainty.REPORTED,
                        List.of("officials"), List.of()));
        report(st, SCRIPT_REPORT, "Unverified Channel", nov27.plusDays(5), "<b>Shelling</b> claim <script>alert(1)</script>",
                SCRIPT_SENTENCE + " The claim could not be verified.",
                new ClaimSpec(SCRIPT_SENTENCE, "shelling", PloverType.ASSAULT, SYR_ARMY, null, MAARAT, nov27.plusDays(5),
                        Stance.SUPPORTS, Certainty.UNVERIFIED, List.of("activists"), List.of()));
        return st;
    }

    /** Writes one report with its claims, one event per claim (as the simplest fuser does). */
    static void report(Store st, String id, String outlet, LocalDate day, String title, String text, ClaimSpec... specs) {
        Report r = new Report(id, "hash-" + id, outlet, "https://example.org/" + id, Instant.parse(day + "T18:00:00Z"),
                Report.DateConfidence.HIGH, title, text, List.of(), "test", "txt");
        List<Claim> claims = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (ClaimSpec s : specs) {
            int begin = text.indexOf(s.sentence());
            if (begin < 0) throw new IllegalArgumentException("sentence not in report " + id + ": " + s.sentence());
            int trigger = s.sentence().indexOf(s.trigger());
            if (trigger < 0) throw new IllegalArgumentException("trigger not in sentence: " + s.trigger());
            int sentenceNo = claims.size();
            EventCoding coding = new EventCoding(s.type(), null, List.of(), null, null, null, s.source(), s.target(), s.place(),
                    TimeSpan.day(s.day(), "", "test"), s.quantities(), s.trigger(),
                    new Provenance("test." + s.type().name().toLowerCase(), List.of(), List.of()));
            Claim c = new Claim(id + ":" + sentenceNo + ":" + trigger, id, s.claimants(), s.stance(), s.certainty(),
                    ClaimContext.NONE, new Evidence(id, sentenceNo, new Span(begin, begin + s.sentence().length()),
                    new Span(begin + trigger, begin + trigger + s.trigger().length()), s.sentence()), coding, null);
            claims.add(c);
            events.add(ClaimEvents.eventOf(c));
        }
        st.saveReport(r, List.of(), specs.length, claims, events);
    }

    /** The id of the event a sample sentence gave rise to. */
    public static String eventOf(Store st, String sentenceStart) {
        return st.queryOne("SELECT event_id FROM claim WHERE evidence LIKE ?", rs -> rs.getString(1), sentenceStart + "%")
                .orElseThrow(() -> new IllegalArgumentException("no claim starting with " + sentenceStart));
    }
}
