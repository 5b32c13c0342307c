package org.sitrep.fuse.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.Fixtures.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.MergingFuser;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.Store;

class ControlServiceTest {
    @TempDir
    Path dir;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Souran: taken by the opposition on 30 Nov, regained by the army on 3 Dec, taken again on 4 Dec. */
    static void souranWeek(Store st) {
        MergingFuser f = new MergingFuser(st);
        Report a = report("a", "Levant Monitor", "2024-12-01", "Souran", "Opposition fighters captured Souran on Saturday.");
        Report b = report("b", "Crossroads Weekly", "2024-12-03", "Souran", "Government forces regained Souran on Tuesday.");
        Report c = report("c", "Wire Service Daily", "2024-12-05", "Souran", "Opposition fighters recaptured Souran on Wednesday.");
        ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, ARMY, SOURAN, "2024-11-30", "captured")));
        ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, null, ARMY, REBELS, SOURAN, "2024-12-03", "regained")));
        ingest(st, f, c, claim(c, 0, coding(PloverType.ASSAULT, null, REBELS, ARMY, SOURAN, "2024-12-04", "recaptured")));
    }

    @Test
    void aStateItsGovernmentAndItsArmyHoldGroundAsOneSide() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            ActorRef russia = new ActorRef("Russia", "Russia", "RUS", null, null, "t:rus0");
            ActorRef moscow = new ActorRef("the Russian government", "Russia", "RUS", "GOV", null, "t:rusgov");
            PlaceRef village = new PlaceRef("Pustynka", "geonames:700001", "Pustynka", 48.0, 37.3,
                    "PPL", "UA", "Donetsk", 1, 5, null);
            Fuser f = new ClaimEvents();
            Report a = report("a", "Kyiv Desk", "2024-12-01", "Village", "Russia took Pustynka on Sunday.");
            Report b = report("b", "Volga Wire", "2024-12-02", "Village", "The government said its troops hold Pustynka.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", russia, null, village, "2024-12-01", "took")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "captured", moscow, null, village, "2024-12-02", "hold")));
            PlaceTimeline t = new ControlService(st).timeline(village.gazetteerId(), d("2024-12-03")).orElseThrow();
            assertThat(t.periods()).singleElement().satisfies(p -> {
                assertThat(p.holder()).isEqualTo("RUSMIL");
                assertThat(p.holderName()).isEqualTo("Russian forces");
                assertThat(p.from()).isEqualTo(d("2024-12-01"));
            });
        }
    }

    @Test
    void whenTheHolderWithdrawsFromAContestedTownTheSideFightingThereHoldsItAsAClaim() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Fuser f = new ClaimEvents();
            Report a = report("a", "Levant Monitor", "2024-11-29", "Aleppo", "Rebels entered Aleppo on Friday.");
            Report b = report("b", "Wire Service Daily", "2024-11-30", "Aleppo", "The army withdrew from Aleppo on Saturday.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "contested", REBELS, null, ALEPPO, "2024-11-29", "entered")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.RETREAT, "withdraw", ARMY, null, ALEPPO, "2024-11-30", "withdrew")));
            PlaceTimeline t = new ControlService(st).timeline(ALEPPO.gazetteerId(), d("2024-12-01")).orElseThrow();
            assertThat(t.periods()).hasSize(2);
            assertThat(t.periods().get(0).contested()).isTrue();
            assertThat(t.periods().get(1).holder()).isEqualTo("SYRREB");
            assertThat(t.periods().get(1).basis()).isEqualTo(ControlPeriod.Basis.CLAIMED);
            assertThat(t.periods().get(1).contested()).isFalse();
        }
    }

    @Test
    void aTownThatChangesHandsTwiceInAWeekHasThreePeriods() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            souranWeek(st);
            ControlService cs = new ControlService(st);
            PlaceTimeline t = cs.timeline(SOURAN.gazetteerId(), d("2024-12-07")).orElseThrow();
            assertThat(t.periods()).extracting(ControlPeriod::holder).containsExactly("SYRREB", "SYRMIL", "SYRREB");
            assertThat(t.periods()).extracting(ControlPeriod::from).containsExactly(d("2024-11-30"), d("2024-12-03"), d("2024-12-04"));
            assertThat(t.periods().get(0).to()).isEqualTo(d("2024-12-03"));
            assertThat(t.periods().get(2).to()).isNull();
            assertThat(t.periods()).allSatisfy(p -> assertThat(p.basis()).isEqualTo(ControlPeriod.Basis.ASSESSED));

            assertThat(cs.stateOn(d("2024-11-29"), null)).isEmpty();
            assertThat(cs.stateOn(d("2024-12-02"), "SY")).singleElement().satisfies(s -> {
                assertThat(s.holder()).isEqualTo("SYRREB");
                assertThat(s.since()).isEqualTo(d("2024-11-30"));
                assertThat(s.status()).isEqualTo("held");
            });
            assertThat(cs.stateOn(d("2024-12-03"), "SY")).extracting(ControlService.PlaceState::holder).containsExactly("SYRMIL");
            assertThat(cs.stateOn(d("2024-12-03"), "UA")).isEmpty();
            assertThat(cs.stateOn(d("2024-12-03"), "SYR")).hasSize(1);
            assertThat(cs.changesOn(d("2024-12-02"))).isEmpty();
            assertThat(cs.changesOn(d("2024-12-04"))).singleElement().satisfies(c -> {
                assertThat(c.before().holder()).isEqualTo("SYRMIL");
                assertThat(c.after().holder()).isEqualTo("SYRREB");
                // codes stay the identifiers; readers get the names of country + sector
                assertThat(c.describe()).contains("Souran", "Syrian army", "Syrian rebels/opposition", "2024-12-04");
                assertThat(c.after().holderName()).isEqualTo("Syrian rebels/opposition");
            });
        }
    }

    @Test
    void enteringAPlaceMakesItContestedUntilItIsTaken() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-11-27", "Aleppo", "The army holds Aleppo.");
            Report b = report("b", "Wire Service Daily", "2024-11-29", "Aleppo", "Rebels entered Aleppo on Friday.");
            Report c = report("c", "Wire Service Daily", "2024-11-30", "Aleppo", "Rebels captured Aleppo on Saturday.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "regained", ARMY, null, ALEPPO, "2024-11-27", "retook")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "contested", REBELS, null, ALEPPO, "2024-11-29", "entered")));
            ingest(st, f, c, claim(c, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, ALEPPO, "2024-11-30", "captured")));
            ControlService cs = new ControlService(st);
            assertThat(cs.stateOn(d("2024-11-28"), null)).extracting(ControlService.PlaceState::holder).containsExactly("SYRMIL");
            assertThat(cs.stateOn(d("2024-11-29"), null)).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo("contested");
                assertThat(s.holder()).isEqualTo("contested (SYRREB, SYRMIL)");
                assertThat(s.label()).isEqualTo("contested (Syrian rebels/opposition, Syrian army)");
                assertThat(s.holderName()).isNull();
            });
            assertThat(cs.stateOn(d("2024-11-30"), null)).extracting(ControlService.PlaceState::holder).containsExactly("SYRREB");
        }
    }

    @Test
    void aPartysOwnClaimIsClaimedAndCorroborationMakesItAssessed() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-12-01", "Saraqib", "The group said it captured Saraqib and 12 villages.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-01", "captured",
                    new Quantity("villages", 12, "count", Quantity.Bound.EXACT, "12 villages")), Stance.SUPPORTS, Certainty.REPORTED, "the group"));
            ControlService cs = new ControlService(st);
            assertThat(cs.stateOn(d("2024-12-01"), null)).singleElement().satisfies(s -> {
                assertThat(s.basis()).isEqualTo(ControlPeriod.Basis.CLAIMED);
                assertThat(s.area()).isEqualTo("12 villages");
            });
            Report b = report("b", "Northern Front Review", "2024-12-01", "Saraqib", "Saraqib fell to the opposition.");
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, null, REBELS, null, SARAQIB, "2024-12-01", "fell")));
            assertThat(cs.stateOn(d("2024-12-01"), null)).singleElement()
                    .satisfies(s -> assertThat(s.basis()).isEqualTo(ControlPeriod.Basis.ASSESSED));
        }
    }

    @Test
    void conflictingClaimsOnOneDayAndDeniedWithdrawalsAreContested() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-12-04", "Hama", "Rebels say they captured Hama.");
            Report b = report("b", "State TV", "2024-12-04", "Hama", "The army says it holds Hama after repelling an attack.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, HAMA, "2024-12-04", "captured"),
                    Stance.SUPPORTS, Certainty.REPORTED, "rebels"));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "captured", ARMY, null, HAMA, "2024-12-04", "retook"),
                    Stance.SUPPORTS, Certainty.REPORTED, "army"));
            Report c = report("c", "Al-Mashriq Review", "2024-12-04", "Aleppo", "The army denied it had withdrawn from Aleppo.");
            Report e = report("e", "Wire Service Daily", "2024-12-04", "Aleppo", "The army withdrew from Aleppo.");
            ingest(st, f, e, claim(e, 0, coding(PloverType.RETREAT, "withdraw", ARMY, null, ALEPPO, "2024-12-04", "withdrew")));
            ingest(st, f, c, claim(c, 0, coding(PloverType.RETREAT, "withdraw", ARMY, null, ALEPPO, "2024-12-04", "withdrawn"),
                    Stance.CONTRADICTS, Certainty.DENIED, "army"));
            List<ControlService.PlaceState> s = new ControlService(st).stateOn(d("2024-12-05"), null);
            assertThat(s).filteredOn(x -> x.name().equals("Hama")).singleElement().satisfies(x -> {
                assertThat(x.status()).isEqualTo("contested");
                assertThat(x.holder()).contains("SYRREB", "SYRMIL");
            });
            assertThat(s).filteredOn(x -> x.name().equals("Aleppo")).singleElement().satisfies(x -> {
                assertThat(x.status()).isEqualTo("contested");
                assertThat(x.holder()).contains("not SYRMIL");
            });
            String json = ControlFormats.json(d("2024-12-05"), s, List.of());
            assertThat(json).contains("\"holder\"", "contested");
            assertThat(ControlFormats.geojson(d("2024-12-05"), s)).contains("\"Point\"", "36.7578");
            assertThat(ControlFormats.table(d("2024-12-05"), s, List.of())).contains("Hama", "contested");
        }
    }

    @Test
    void aTimelineAtACutoffIgnoresChangesFirstReportedLaterAndARepeatedStateIsNoChange() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            souranWeek(st);
            MergingFuser f = new MergingFuser(st);
            // Aleppo entered on two days running with nobody taking it: one contested period, reported as a change once
            Report g = report("g", "Levant Monitor", "2024-11-27", "Aleppo", "The army holds Aleppo.");
            Report h = report("h", "Wire Service Daily", "2024-11-29", "Aleppo", "Rebels entered Aleppo on Friday.");
            Report k = report("k", "Frontline Digest", "2024-11-30", "Aleppo", "Rebels pushed into Aleppo again on Saturday.");
            ingest(st, f, g, claim(g, 0, coding(PloverType.ASSAULT, "regained", ARMY, null, ALEPPO, "2024-11-27", "retook")));
            ingest(st, f, h, claim(h, 0, coding(PloverType.ASSAULT, "contested", REBELS, null, ALEPPO, "2024-11-29", "entered")));
            ingest(st, f, k, claim(k, 0, coding(PloverType.ASSAULT, "contested", REBELS, null, ALEPPO, "2024-11-30", "entered")));
            Report m = report("m", "Orontes Observer", "2024-12-01", "Aleppo", "Fighting went on inside Aleppo on Sunday.");
            ingest(st, f, m, claim(m, 0, coding(PloverType.ASSAULT, "contested", REBELS, null, ALEPPO, "2024-12-01", "entered")));
            ControlService cs = new ControlService(st);
            // Souran's capture on 30 Nov was first reported on 1 Dec (report "a", noon)
            assertThat(ControlService.stateOn(cs.timelines(d("2024-11-30"), java.time.Instant.parse("2024-11-30T23:59:59Z")), d("2024-11-30"), null))
                    .noneSatisfy(x -> assertThat(x.name()).isEqualTo("Souran"));
            assertThat(ControlService.stateOn(cs.timelines(d("2024-11-30"), (java.time.Instant) null), d("2024-11-30"), null))
                    .anySatisfy(x -> assertThat(x.name()).isEqualTo("Souran"));
            assertThat(ControlService.stateOn(cs.timelines(d("2024-12-01"), java.time.Instant.parse("2024-12-01T23:59:59Z")), d("2024-12-01"), null))
                    .filteredOn(x -> x.name().equals("Souran")).extracting(ControlService.PlaceState::holder).containsExactly("SYRREB");
            var t = cs.timelines(d("2024-12-05"));
            assertThat(ControlService.changes(t, d("2024-11-29"), null)).extracting(c -> c.after().name()).containsExactly("Aleppo");
            assertThat(ControlService.stateOn(t, d("2024-11-30"), null)).filteredOn(x -> x.name().equals("Aleppo"))
                    .extracting(ControlService.PlaceState::holder).containsExactly("contested (SYRREB)");
            assertThat(ControlService.changes(t, d("2024-12-01"), null)).extracting(c -> c.after().name()).doesNotContain("Aleppo");
        }
    }

    @Test
    void atACutoffAChangeIsDatedByTheClaimsPublishedByThen() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            // first report: the capture, dated only by the report (a defaulted day); a later report states 1 December
            Report early = report("e", "Levant Monitor", "2024-12-02", "Hama", "Rebels captured Hama.");
            Report late = report("l", "Wire Service Daily", "2024-12-04", "Hama", "Rebels captured Hama on Sunday.");
            var dflt = coding(PloverType.ASSAULT, "captured", REBELS, ARMY, HAMA, null, "captured");
            dflt = new EventCoding(dflt.type(), dflt.mode(), dflt.context(), null, null, null, REBELS, ARMY, HAMA,
                    TimeSpan.day(d("2024-12-02"), "", "publication-default"), List.of(), "captured", dflt.provenance());
            ingest(st, f, early, claim(early, 0, dflt));
            ingest(st, f, late, claim(late, 0, coding(PloverType.ASSAULT, "captured", REBELS, ARMY, HAMA, "2024-12-01", "captured")));
            ControlService cs = new ControlService(st);
            assertThat(st.events(new org.sitrep.store.EventQuery(null, null, null, null, null, null, null, null, null, 0, 0)))
                    .singleElement().satisfies(e -> assertThat(e.coding().time().start()).isEqualTo(d("2024-12-01")));
            // the brief of 2 December knows only the first report: the change is on 2 December, as its takeaway says
            var known = cs.timelines(d("2024-12-02"), java.time.Instant.parse("2024-12-02T23:59:59Z"));
            assertThat(ControlService.changes(known, d("2024-12-02"), null)).extracting(c -> c.after().name()).containsExactly("Hama");
            assertThat(ControlService.changes(known, d("2024-12-01"), null)).isEmpty();
            // with everything known, the stated day wins
            var all = cs.timelines(d("2024-12-05"));
            assertThat(ControlService.changes(all, d("2024-12-01"), null)).extracting(c -> c.after().name()).containsExactly("Hama");
        }
    }

    @Test
    void aCaptureByABareSectorDoesNotHandThePlaceToNobodyInParticular() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-12-01", "Hama", "Rebels captured Hama.");
            Report b = report("b", "Frontline Digest", "2024-12-02", "Hama", "Troops seized two more villages near Hama.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, HAMA, "2024-12-01", "captured")));
            var troops = new ActorRef("troops", "troops", null, "MIL", null, "t:troops");
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "seized", troops, null, HAMA, "2024-12-02", "seized")));
            assertThat(st.events(new org.sitrep.store.EventQuery(null, null, null, null, null, null, null, null, null, 0, 0))).hasSize(2);
            ControlService cs = new ControlService(st);
            assertThat(cs.stateOn(d("2024-12-02"), null)).extracting(ControlService.PlaceState::holder).containsExactly("SYRREB");
            assertThat(cs.changesOn(d("2024-12-02"))).isEmpty();
        }
    }

    @Test
    void regainingPositionsNorthOfATownIsControlOfThatAreaNotOfTheTown() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-12-01", "Hama", "Rebels captured Hama.");
            Report b = report("b", "Frontline Digest", "2024-12-02", "Hama", "Army units regained positions north of Hama.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, ARMY, HAMA, "2024-12-01", "captured")));
            var northOfHama = new PlaceRef("north of Hama", HAMA.gazetteerId(), HAMA.name(), HAMA.lat(), HAMA.lon(),
                    HAMA.featureCode(), HAMA.country(), HAMA.admin1(), 2, 30, "north of");
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "regained", ARMY, REBELS, northOfHama, "2024-12-02", "regained")));
            ControlService cs = new ControlService(st);
            var states = cs.stateOn(d("2024-12-02"), null);
            assertThat(states).filteredOn(s -> s.name().equals("Hama")).singleElement()
                    .satisfies(s -> assertThat(s.holder()).isEqualTo("SYRREB"));
            assertThat(states).filteredOn(s -> s.name().equals("north of Hama")).singleElement()
                    .satisfies(s -> assertThat(s.holder()).isEqualTo("SYRMIL"));
        }
    }
}
