package org.sitrep.fuse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
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

/** Hand-built reports, places, actors and claims for fuse, control and sitrep tests (all text written for Sitrep). */
public final class Fixtures {
    private Fixtures() {}

    public static final ActorRef REBELS = new ActorRef("opposition fighters", "Syrian opposition", "SYR", "REB", null, "t:reb");
    public static final ActorRef ARMY = new ActorRef("the Syrian army", "Syrian army", "SYR", "MIL", null, "t:mil");
    public static final ActorRef RUSSIA = new ActorRef("Russian jets", "Russia", "RUS", "MIL", null, "t:rus");
    public static final ActorRef LAVROV = new ActorRef("Sergei Lavrov", "Russia", "RUS", "GOV", "Sergei Lavrov", "t:lavrov");
    public static final ActorRef FIDAN = new ActorRef("Hakan Fidan", "Turkey", "TUR", "GOV", "Hakan Fidan", "t:fidan");

    public static final PlaceRef SARAQIB = place("Saraqib", "geonames:163345", 35.8646, 36.8041, "Idlib");
    public static final PlaceRef SOURAN = place("Souran", "geonames:166398", 35.2938, 36.7445, "Hama");
    public static final PlaceRef HAMA = place("Hama", "geonames:170017", 35.1318, 36.7578, "Hama");
    public static final PlaceRef IDLIB = place("Idlib", "geonames:169389", 35.9306, 36.6339, "Idlib");
    public static final PlaceRef ALEPPO = place("Aleppo", "geonames:170063", 36.2021, 37.1343, "Aleppo");

    public static PlaceRef place(String name, String id, double lat, double lon, String admin1) {
        return new PlaceRef(name, id, name, lat, lon, "PPL", "SY", admin1, 1, 5, null);
    }

    public static Report report(String id, String outlet, String day, String title, String text) {
        return new Report(id, "hash-" + id, outlet, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id,
                Instant.parse(day + "T12:00:00Z"), Report.DateConfidence.HIGH, title, text, List.of(), "test", "txt");
    }

    public static EventCoding coding(PloverType type, String mode, ActorRef a1, ActorRef a2, PlaceRef p, String day,
                                     String trigger, Quantity... q) {
        return new EventCoding(type, mode, List.of("military"), null, null, null, a1, a2, p,
                day == null ? null : TimeSpan.day(LocalDate.parse(day), "on " + day, "test"), List.of(q), trigger,
                new Provenance("test.rule", List.of(), List.of()));
    }

    /** A claim in report {@code r}, the {@code n}th, whose evidence is the report's first sentence. */
    public static Claim claim(Report r, int n, EventCoding c, Stance stance, Certainty certainty, String... claimants) {
        int end = r.text().indexOf(". ");
        String text = end < 0 ? r.text() : r.text().substring(0, end + 1);
        return new Claim(r.id() + ":" + n + ":0", r.id(), List.of(claimants), stance, certainty, ClaimContext.NONE,
                new Evidence(r.id(), n, new Span(0, text.length()), new Span(0, 1), text), c, null);
    }

    /** Fuses and stores a report with its claims. */
    public static void ingest(org.sitrep.store.Store st, Fuser f, Report r, Claim... cs) {
        st.saveReport(r, List.of(), 1, List.of(cs), f.fuse(r, List.of(cs)));
    }

    static final String AGENCY = "Opposition fighters took full control of Saraqib on Sunday after a night of heavy fighting,"
            + " the group said in a statement. Residents described convoys of pickup trucks moving along the highway toward"
            + " the south while government units pulled back to positions near the town of Maarat al-Numan, according to"
            + " two people reached by telephone. The road junction at Saraqib links the motorways to Aleppo and Latakia.";

    /**
     * A week of reporting (28 Nov - 4 Dec 2024): the fall of Saraqib told by three outlets plus an agency copy; a market
     * strike in Idlib and Moscow's denial; Souran changing hands twice; a Lavrov-Fidan phone call; an unverified report
     * of fighters reaching Hama; 12 villages seized west of Aleppo.
     */
    public static void week(org.sitrep.store.Store st) {
        MergingFuser f = new MergingFuser(st);
        Report r1 = report("r1", "Levant Monitor", "2024-11-28", "Offensive", "Opposition fighters seized 12 villages west of Aleppo.");
        ingest(st, f, r1, claim(r1, 0, coding(PloverType.ASSAULT, "captured", REBELS, ARMY,
                place("Aleppo countryside", "geonames:170062", 36.05, 36.85, "Aleppo"), "2024-11-28", "seized",
                new Quantity("villages", 12, "count", Quantity.Bound.EXACT, "12 villages"))));
        Report r2 = report("r2", "Diplomatic Ledger", "2024-11-30", "Calls", "Lavrov spoke by phone with Fidan on Saturday.");
        ingest(st, f, r2, claim(r2, 0, coding(PloverType.CONSULT, "phone", LAVROV, FIDAN, null, "2024-11-30", "spoke")));
        Report r3 = report("r3", "Levant Monitor", "2024-12-01", "Saraqib and Souran", "Rebels captured Saraqib on Sunday and Souran on Saturday.");
        ingest(st, f, r3, claim(r3, 0, coding(PloverType.ASSAULT, "captured", REBELS, ARMY, SARAQIB, "2024-12-01", "captured")),
                claim(r3, 1, coding(PloverType.ASSAULT, "captured", REBELS, ARMY, SOURAN, "2024-11-30", "captured")));
        Report r4 = report("r4", "Northern Front Review", "2024-12-01", "Saraqib falls", "Saraqib fell to the opposition.");
        ingest(st, f, r4, claim(r4, 0, coding(PloverType.ASSAULT, null, REBELS, null, SARAQIB, "2024-12-01", "fell")));
        Report r5 = report("r5", "Wire Service Daily", "2024-12-01", "Rebels take Saraqib", AGENCY);
        ingest(st, f, r5, claim(r5, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-01", "took")));
        Report r6 = new Report("r6", "hash-r6", "Gulf Evening Post", "https://gulf-evening-post.example/r6",
                java.time.Instant.parse("2024-12-01T15:00:00Z"), Report.DateConfidence.HIGH, "Saraqib taken",
                AGENCY + " More on this story tomorrow.", List.of(), "test", "txt");
        ingest(st, f, r6, claim(r6, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-01", "took")));
        Report r7 = report("r7", "Orontes Observer", "2024-12-02", "Market hit", "Russian jets struck a market in Idlib, killing at least 14 people.");
        ingest(st, f, r7, claim(r7, 0, coding(PloverType.ASSAULT, "airstrike", RUSSIA, null, IDLIB, "2024-12-02", "struck",
                new Quantity("killed", 14, "count", Quantity.Bound.AT_LEAST, "at least 14 people")), Stance.SUPPORTS, Certainty.UNVERIFIED));
        Report r8 = report("r8", "Volga Wire", "2024-12-03", "Moscow denies", "The defence ministry denied its aircraft had bombed a market.");
        ingest(st, f, r8, claim(r8, 0, coding(PloverType.ASSAULT, "bombed", RUSSIA, null, IDLIB, "2024-12-03", "bombed"),
                Stance.CONTRADICTS, Certainty.DENIED, "the Russian defence ministry"));
        Report r9 = report("r9", "Crossroads Weekly", "2024-12-03", "Souran retaken", "Government forces regained Souran on Tuesday.");
        ingest(st, f, r9, claim(r9, 0, coding(PloverType.ASSAULT, null, ARMY, REBELS, SOURAN, "2024-12-03", "regained")));
        Report r10 = report("r10", "Kyiv Desk", "2024-12-04", "Hama", "Unverified reports said fighters reached Hama.");
        ingest(st, f, r10, claim(r10, 0, coding(PloverType.ASSAULT, "attack", REBELS, null, HAMA, "2024-12-04", "reached"),
                Stance.SUPPORTS, Certainty.UNVERIFIED));
        Report r11 = report("r11", "Wire Service Daily", "2024-12-04", "Souran again", "Opposition fighters recaptured Souran on Wednesday.");
        ingest(st, f, r11, claim(r11, 0, coding(PloverType.ASSAULT, null, REBELS, ARMY, SOURAN, "2024-12-04", "recaptured")));
        Report late = report("late", "Late Gazette", "2024-12-06", "Saraqib", "Saraqib was captured by rebels on Sunday.");
        ingest(st, f, late, claim(late, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-01", "captured")));
    }

    public static Claim claim(Report r, int n, EventCoding c) {
        return claim(r, n, c, Stance.SUPPORTS, Certainty.ASSERTED);
    }
}
