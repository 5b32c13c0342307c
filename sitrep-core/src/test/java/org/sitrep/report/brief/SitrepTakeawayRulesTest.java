package org.sitrep.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.Fixtures.*;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.ActorRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/** Takeaway rules: who acted must be known, a capture and its withdrawal are told once. */
class SitrepTakeawayRulesTest {
    @TempDir
    Path dir;

    @Test
    void aWithdrawalAndAnEntryStoredApartFromTheCaptureAreToldAsOneControlChangeCitingAll() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Fuser f = new ClaimEvents();   // keeps every claim its own event, as an older store may
            Report a = report("a", "Levant Monitor", "2024-12-01", "Army out", "The army pulled out of Saraqib.");
            Report b = report("b", "Frontline Digest", "2024-12-01", "Rebels in", "Rebels captured Saraqib.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.RETREAT, "withdrew", ARMY, null, SARAQIB, "2024-12-01", "pulled")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-01", "captured")));
            Report c = report("c", "Orontes Observer", "2024-12-01", "Rebels enter", "Rebel columns entered Saraqib at dawn.");
            ingest(st, f, c, claim(c, 0, coding(PloverType.ASSAULT, "entered", REBELS, null, SARAQIB, "2024-12-01", "entered")));
            Sitrep s = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 1), 1);

            assertThat(s.takeaways()).filteredOn(t -> t.text().contains("Saraqib")).singleElement().satisfies(t -> {
                assertThat(t.text()).startsWith("Syrian opposition took control of Saraqib from Syrian army on 1 December 2024")
                        .contains("the withdrawal: reported by one outlet");
                assertThat(t.citations()).hasSize(3);
            });
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("withdrew from Saraqib"));
        }
    }

    @Test
    void takeawaysNameWhoActedOrSayItWithoutAnActorOrLeaveItOut() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Fuser f = new ClaimEvents();
            Report a = report("a", "Levant Monitor", "2024-12-01", "Aleppo", "Aleppo was lost by the army.");
            Report b = report("b", "Kyiv Desk", "2024-12-01", "Accusations", "Someone accused someone.");
            Report c = report("c", "Diplomatic Ledger", "2024-12-01", "Talks", "Lavrov called Fidan.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", null, ARMY, ALEPPO, "2024-12-01", "lost")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ACCUSE, null, null, null, null, "2024-12-01", "accused")));
            ingest(st, f, c, claim(c, 0, coding(PloverType.CONSULT, "phone", LAVROV, FIDAN, null, "2024-12-01", "called")));
            Report d = report("d", "Orontes Observer", "2024-12-01", "Pull-back", "The army withdrew from the town.");
            ingest(st, f, d, claim(d, 0, coding(PloverType.RETREAT, "withdrew", ARMY, null, null, "2024-12-01", "withdrew")));
            Report e = report("e", "Crossroads Weekly", "2024-12-01", "Talks", "Talks were held with Fidan.");
            ingest(st, f, e, claim(e, 0, coding(PloverType.CONSULT, "meeting", null, FIDAN, null, "2024-12-01", "talks")));
            Report g = report("g", "Gulf Evening Post", "2024-12-01", "Attacks", "Syria came under attack again.");
            org.sitrep.model.PlaceRef syria = new org.sitrep.model.PlaceRef("Syria", "geonames:163843", "Syria", 35, 38,
                    "PCLI", "SY", null, 4, 400, null);
            ingest(st, f, g, claim(g, 0, coding(PloverType.ASSAULT, null, null, ARMY, syria, "2024-12-01", "attack")));
            Report h = report("h", "Orontes Observer", "2024-12-01", "Village", "A village north of Hama fell to the rebels.");
            org.sitrep.model.PlaceRef northOfHama = new org.sitrep.model.PlaceRef("north of Hama", HAMA.gazetteerId(), "Hama",
                    HAMA.lat(), HAMA.lon(), "PPLA", "SY", "Hama", 2, 33, "north of");
            ingest(st, f, h, claim(h, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, northOfHama, "2024-12-01", "fell")));
            Sitrep s = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 1), 1);

            // a village north of a city is not the city
            assertThat(s.takeaways()).anySatisfy(t -> assertThat(t.text()).contains("took control of an area north of Hama on"));
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("took control of Hama"));
            assertThat(s.changes()).anySatisfy(ch -> assertThat(ch.text()).startsWith("Control of the area north of Hama first recorded"));
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).containsIgnoringCase("unidentified"));
            // nobody acting and only a country for a place: nothing to tell
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("came under attack"));
            assertThat(s.takeaways()).anySatisfy(t -> assertThat(t.text()).startsWith("Syrian army lost control of Aleppo on 1 December 2024"));
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("accused"));
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("unnamed place"));
            assertThat(s.takeaways()).noneSatisfy(t -> assertThat(t.text()).containsIgnoringCase("talks were held"));
            assertThat(s.takeaways()).anySatisfy(t -> assertThat(t.text()).startsWith("Sergei Lavrov (Russia) spoke by phone with Hakan Fidan (Turkey)"));
            // the events list still shows every event
            assertThat(s.events()).hasSize(7);
        }
    }

    @Test
    void anEventFirstReportedTheDayAfterIsNewsOfThatDayAndAnEventReportedBeforeIsNotToldAgain() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Fuser f = new org.sitrep.fuse.MergingFuser(st);
            // told on 4 December about 4 December: the brief of the 4th; a second outlet on the 5th does not make it news again
            Report a = report("a", "Levant Monitor", "2024-12-04", "Saraqib", "Rebels captured Saraqib on Wednesday.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-04", "captured")));
            Report b = report("b", "Frontline Digest", "2024-12-05", "Saraqib", "Rebels took Saraqib on Wednesday.");
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SARAQIB, "2024-12-04", "took")));
            // nobody knew on the 4th what was first reported on the 5th
            Report c = report("c", "Wire Service Daily", "2024-12-05", "Prison", "Rebels seized Souran on Wednesday, residents said.");
            ingest(st, f, c, claim(c, 0, coding(PloverType.ASSAULT, "captured", REBELS, ARMY, SOURAN, "2024-12-04", "seized"),
                    org.sitrep.model.Stance.SUPPORTS, org.sitrep.model.Certainty.REPORTED, "two residents"));
            Sitrep fourth = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 4), 1);
            Sitrep fifth = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 5), 1);

            assertThat(fourth.takeaways()).anySatisfy(t -> assertThat(t.text()).contains("took control of Saraqib"));
            assertThat(fourth.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("Souran"));
            assertThat(fifth.takeaways()).anySatisfy(t -> assertThat(t.text())
                    .startsWith("Syrian opposition took control of Souran from Syrian army on 4 December 2024")
                    .contains("citing two residents"));
            assertThat(fifth.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("Saraqib"));
            assertThat(fifth.changes()).anySatisfy(c2 -> assertThat(c2.text()).startsWith("Control of Souran first recorded on 4 December 2024"));
            assertThat(fifth.changes()).anySatisfy(c2 -> assertThat(c2.text()).contains("1 of them dated earlier but first reported in it"));
        }
    }

    @Test
    void aCommonNounIsNoNewActorAndACountryIsNoNewPlace() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Fuser f = new ClaimEvents();
            ActorRef school = new ActorRef("the school", "school", null, "EDU", null, "t:edu");
            org.sitrep.model.PlaceRef iran = new org.sitrep.model.PlaceRef("Iran", "geonames:130758", "Iran", 32, 53,
                    "PCLI", "IR", null, 4, 600, null);
            Report a = report("a", "Levant Monitor", "2024-12-01", "School", "Rebels attacked the school in Iran.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, null, REBELS, school, iran, "2024-12-01", "attacked")));
            ActorRef syria = new ActorRef("Syria", "Syria", "SYR", null, null, "t:syr");
            Report b = report("b", "Orontes Observer", "2024-12-01", "Shelling", "The army shelled Saraqib.");
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, null, ARMY, syria, SARAQIB, "2024-12-01", "shelled")),
                    claim(b, 1, coding(PloverType.ASSAULT, null, ARMY, syria, SARAQIB, "2024-12-01", "shelled")));
            Sitrep s = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 1), 1);

            // a recipient that is only the country the place lies in is not told ("attacked Syria in Saraqib")
            assertThat(s.events()).anySatisfy(e -> assertThat(e.sentence()).startsWith("Syrian army attacked targets in Saraqib"));
            assertThat(s.changes()).noneSatisfy(c -> assertThat(c.text()).contains("first time").contains("school"));
            assertThat(s.changes()).noneSatisfy(c -> assertThat(c.text()).startsWith("Places with their first recorded event").contains("Iran"));
            assertThat(s.changes()).anySatisfy(c -> assertThat(c.text()).startsWith("Actors appearing for the first time").contains("SYRREB"));
        }
    }
}
