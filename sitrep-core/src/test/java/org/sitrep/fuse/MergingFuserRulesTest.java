package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fuse.Fixtures.*;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Report;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/** Merge decisions that depend on who acted: sides of one country, place-less claims, symmetric contacts, ingest order. */
class MergingFuserRulesTest {
    @TempDir
    Path dir;

    /** Two sides of one country whose dictionary entries share the display name "Syria". */
    static final ActorRef SYR_REBELS = new ActorRef("opposition fighters", "Syria", "SYR", "REB", null, "t:reb2");
    static final ActorRef SYR_TROOPS = new ActorRef("government troops", "Syria", "SYR", "MIL", null, "t:mil2");
    static final ActorRef UKRAINE = new ActorRef("Ukrainian drones", "Ukraine", "UKR", "MIL", null, "t:ukr");
    static final ActorRef CIVILIANS = new ActorRef("civilians", "civilians", null, "CVL", null, "t:cvl");

    @Test
    void aWithdrawalAndTheCaptureItMirrorsAreOneEventEvenWhenBothSidesShareACountryName() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-12-01", "Town falls", "Troops pulled out of Saraqib overnight.");
            Report b = report("b", "Frontline Digest", "2024-12-01", "Rebels in", "Rebel units captured Saraqib on Sunday.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.RETREAT, "withdrew", SYR_TROOPS, null, SARAQIB, "2024-12-01", "withdrew")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "captured", SYR_REBELS, null, SARAQIB, "2024-12-01", "captured")));

            List<Event> all = st.events(EventQuery.all());
            assertThat(all).hasSize(1);
            assertThat(all.get(0).coding().type()).isEqualTo(PloverType.ASSAULT);
            assertThat(all.get(0).coding().initiator().code()).isEqualTo("SYRREB");
            assertThat(all.get(0).coding().recipient().code()).isEqualTo("SYRMIL");
            assertThat(all.get(0).mergeNotes()).anySatisfy(n -> assertThat(n)
                    .contains("one change seen from both sides", "withdrawing side SYRMIL differs from capturing side SYRREB"));
        }
    }

    @Test
    void claimsWithNoSideInCommonNeedAPrecisePlaceAndAStatedDay() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            PlaceRef syria = new PlaceRef("Syria", "geonames:163843", "Syria", 35, 38, "PCLI", "SY", null, 4, 400, null);
            Report a = report("a", "Levant Monitor", "2024-12-01", "Fighting", "Fighting went on in Syria.");
            Report b = report("b", "Frontline Digest", "2024-12-01", "Battle", "A battle raged in Syria.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, null, null, null, syria, "2024-12-01", "fighting")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, null, null, null, syria, "2024-12-01", "battle")));
            assertThat(st.events(EventQuery.all())).as("only a country in common").hasSize(2);

            Report c = report("c", "Orontes Observer", "2024-12-01", "Strikes", "Strikes hit Saraqib on Sunday.");
            Report d = report("d", "Crossroads Weekly", "2024-12-01", "Strikes", "Saraqib was bombed on Sunday.");
            ingest(st, f, c, claim(c, 0, coding(PloverType.ASSAULT, null, null, null, SARAQIB, "2024-12-01", "hit")));
            ingest(st, f, d, claim(d, 0, coding(PloverType.ASSAULT, null, null, null, SARAQIB, "2024-12-01", "bombed")));
            assertThat(st.events(EventQuery.all())).as("the same town on the same stated day").hasSize(3);
        }
    }

    @Test
    void aMeetingToldWithAndWithoutItsPlaceIsOneEventWhenBothSidesAreNamed() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            ActorRef belousov = new ActorRef("Belousov", "Russia", "RUS", "GOV", "Andrei Belousov", "t:belousov");
            ActorRef kim = new ActorRef("Kim Jong Un", "North Korea", "PRK", "GOV", "Kim Jong Un", "t:kim");
            ActorRef lee = new ActorRef("Lee", "South Korea", "KOR", "GOV", "Lee", "t:lee");
            PlaceRef pyongyang = new PlaceRef("Pyongyang", "geonames:1871859", "Pyongyang", 39.03, 125.75, "PPLC", "KP", null, 1, 15, null);
            Report a = report("a", "Peninsula Report", "2024-11-30", "Visit", "Belousov met Kim in Pyongyang.");
            Report b = report("b", "ISW", "2024-11-30", "Meeting", "Belousov met Kim.");
            Report c = report("c", "Kyiv Desk", "2024-11-30", "Other talks", "Belousov met Lee.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.CONSULT, "meeting", belousov, kim, pyongyang, "2024-11-30", "met")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.CONSULT, "meeting", belousov, kim, null, "2024-11-30", "met")));
            ingest(st, f, c, claim(c, 0, coding(PloverType.CONSULT, "meeting", belousov, lee, null, "2024-11-30", "met")));
            List<Event> all = st.events(EventQuery.all());
            assertThat(all).hasSize(2);
            assertThat(all).anySatisfy(e -> {
                assertThat(e.supporting()).hasSize(2);
                assertThat(e.coding().place().name()).isEqualTo("Pyongyang");
            });
        }
    }

    @Test
    void twoSidesOfOneCountryAttackingTheSamePlaceAreTwoEvents() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Levant Monitor", "2024-12-01", "Shelling", "Troops shelled Saraqib.");
            Report b = report("b", "Frontline Digest", "2024-12-01", "Assault", "Rebels attacked Saraqib.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "shelled", SYR_TROOPS, null, SARAQIB, "2024-12-01", "shelled")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "attacked", SYR_REBELS, null, SARAQIB, "2024-12-01", "attacked")));
            assertThat(st.events(EventQuery.all())).hasSize(2);
        }
    }

    @Test
    void placeLessClaimsNeedTheSameActingSideAndOverlappingTime() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Orontes Observer", "2024-12-02", "Deaths", "Jets killed civilians.");
            Report b = report("b", "Volga Wire", "2024-12-02", "Drone", "Drones killed civilians.");
            Report c = report("c", "Kyiv Desk", "2024-12-02", "Unknown", "Civilians were killed.");
            Report d = report("d", "Eastern Front Notes", "2024-12-02", "Jets", "Russian jets killed civilians.");
            Report e = report("e", "Crossroads Weekly", "2024-12-03", "Jets again", "Russian jets killed civilians.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "kill", RUSSIA, CIVILIANS, null, "2024-12-02", "killed")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "kill", UKRAINE, CIVILIANS, null, "2024-12-02", "killed")));
            ingest(st, f, c, claim(c, 0, coding(PloverType.ASSAULT, "kill", null, CIVILIANS, null, "2024-12-02", "killed")));
            ingest(st, f, d, claim(d, 0, coding(PloverType.ASSAULT, "kill", RUSSIA, CIVILIANS, null, "2024-12-02", "killed")));
            ingest(st, f, e, claim(e, 0, coding(PloverType.ASSAULT, "kill", RUSSIA, CIVILIANS, null, "2024-12-03", "killed")));
            // "forces" of no named country are no identified side, even if both outlets say so
            ActorRef forces = new ActorRef("forces", "forces", null, "MIL", null, "t:forces");
            Report g = report("g", "Levant Monitor", "2024-12-02", "Forces", "Forces killed civilians.");
            Report h = report("h", "Crossroads Weekly", "2024-12-02", "Forces", "Forces killed civilians, residents said.");
            ingest(st, f, g, claim(g, 0, coding(PloverType.ASSAULT, "kill", forces, CIVILIANS, null, "2024-12-02", "killed")));
            ingest(st, f, h, claim(h, 0, coding(PloverType.ASSAULT, "kill", forces, CIVILIANS, null, "2024-12-02", "killed")));

            List<Event> all = st.events(EventQuery.all());
            // a+d (same side, same day); b (other side); c (nobody named); e (next day); g, h (no identified side)
            assertThat(groups(all)).containsExactlyInAnyOrder(Set.of("a:0:0", "d:0:0"), Set.of("b:0:0"), Set.of("c:0:0"), Set.of("e:0:0"),
                    Set.of("g:0:0"), Set.of("h:0:0"));
            Event ad = all.stream().filter(x -> x.supporting().contains("d:0:0")).findFirst().orElseThrow();
            assertThat(ad.mergeNotes()).anySatisfy(n -> assertThat(n).contains("merged claim d:0:0", "shared initiator RUSMIL",
                    "no place on either", "no place: actors and time must match"));
        }
    }

    @Test
    void talksToldWithTheSidesSwappedAreOneContact() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Report a = report("a", "Diplomatic Ledger", "2024-12-01", "Call", "Lavrov called Fidan.");
            Report b = report("b", "Volga Wire", "2024-12-01", "Call", "Fidan spoke with Lavrov.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.CONSULT, "phone", LAVROV, FIDAN, null, "2024-12-01", "called")));
            ingest(st, f, b, claim(b, 0, coding(PloverType.CONSULT, "phone", FIDAN, LAVROV, null, "2024-12-01", "spoke")));
            List<Event> all = st.events(EventQuery.all());
            assertThat(all).hasSize(1);
            assertThat(all.get(0).outlets()).isEqualTo(2);
            assertThat(all.get(0).mergeNotes()).anySatisfy(n -> assertThat(n).contains("same two sides in the other roles"));
        }
    }

    @Test
    void ingestOrderDoesNotChangeWhichClaimsFormAnEvent() {
        Set<Set<String>> forward, backward;
        try (Store st = Store.open(dir.resolve("f.db"))) {
            List<Object[]> in = orderFixture();
            MergingFuser f = new MergingFuser(st);
            for (Object[] x : in) ingest(st, f, (Report) x[0], (Claim[]) x[1]);
            forward = groups(st.events(EventQuery.all()));
        }
        try (Store st = Store.open(dir.resolve("b.db"))) {
            List<Object[]> in = new java.util.ArrayList<>(orderFixture());
            java.util.Collections.reverse(in);
            MergingFuser f = new MergingFuser(st);
            for (Object[] x : in) ingest(st, f, (Report) x[0], (Claim[]) x[1]);
            backward = groups(st.events(EventQuery.all()));
        }
        assertThat(backward).isEqualTo(forward);
        assertThat(forward).contains(Set.of("a:0:0", "b:0:0", "c:0:0"), Set.of("a:1:0", "c:1:0"));
    }

    @Test
    void aVagueClaimJoinsTheSameEventWhetherItCameBeforeOrAfterThePreciseOnes() {
        // "Saraqib fell" (nobody named) fits both captures; the two captures (by different sides) stay apart
        Report k = report("k", "Levant Monitor", "2024-12-01", "Saraqib", "The army captured Saraqib.");
        Report m = report("m", "Frontline Digest", "2024-12-01", "Saraqib", "Rebels captured Saraqib.");
        Report z = report("z", "Northern Front Review", "2024-12-01", "Saraqib", "Saraqib fell.");
        List<Object[]> in = List.of(
                new Object[] {z, new Claim[] {claim(z, 0, coding(PloverType.ASSAULT, "captured", null, null, SARAQIB, "2024-12-01", "fell"))}},
                new Object[] {m, new Claim[] {claim(m, 0, coding(PloverType.ASSAULT, "captured", SYR_REBELS, null, SARAQIB, "2024-12-01", "captured"))}},
                new Object[] {k, new Claim[] {claim(k, 0, coding(PloverType.ASSAULT, "captured", SYR_TROOPS, null, SARAQIB, "2024-12-01", "captured"))}});
        Set<Set<String>> forward, backward;
        Set<String> idsForward, idsBackward;
        try (Store st = Store.open(dir.resolve("vf.db"))) {
            MergingFuser f = new MergingFuser(st);
            for (Object[] x : in) ingest(st, f, (Report) x[0], (Claim[]) x[1]);
            forward = groups(st.events(EventQuery.all()));
            idsForward = new TreeSet<>(st.events(EventQuery.all()).stream().map(Event::id).toList());
            // every stored claim points at the event that lists it
            for (Event e : st.events(EventQuery.all())) {
                assertThat(st.claimsOf(e.id())).extracting(Claim::id).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(e.supporting().stream(), e.contradicting().stream()).toList());
            }
        }
        try (Store st = Store.open(dir.resolve("vb.db"))) {
            List<Object[]> back = new java.util.ArrayList<>(in);
            java.util.Collections.reverse(back);
            MergingFuser f = new MergingFuser(st);
            for (Object[] x : back) ingest(st, f, (Report) x[0], (Claim[]) x[1]);
            backward = groups(st.events(EventQuery.all()));
            idsBackward = new TreeSet<>(st.events(EventQuery.all()).stream().map(Event::id).toList());
        }
        assertThat(forward).hasSize(2).isEqualTo(backward);
        assertThat(idsForward).isEqualTo(idsBackward);
    }

    /** A: capture of Saraqib and a Lavrov call; B: the army's withdrawal; C: "Saraqib fell" (nobody named) and the call told the other way round. */
    private static List<Object[]> orderFixture() {
        Report a = report("a", "Levant Monitor", "2024-12-01", "Saraqib", "Rebels captured Saraqib. Lavrov called Fidan.");
        Report b = report("b", "Frontline Digest", "2024-12-01", "Army out", "The army withdrew from Saraqib.");
        Report c = report("c", "Northern Front Review", "2024-12-02", "Saraqib", "Saraqib fell on Sunday. Fidan spoke to Lavrov.");
        return List.of(
                new Object[] {a, new Claim[] {claim(a, 0, coding(PloverType.ASSAULT, "captured", SYR_REBELS, null, SARAQIB, "2024-12-01", "captured")),
                        claim(a, 1, coding(PloverType.CONSULT, "phone", LAVROV, FIDAN, null, "2024-12-01", "called"))}},
                new Object[] {b, new Claim[] {claim(b, 0, coding(PloverType.RETREAT, "withdrew", SYR_TROOPS, null, SARAQIB, "2024-12-01", "withdrew"))}},
                new Object[] {c, new Claim[] {claim(c, 0, coding(PloverType.ASSAULT, "fell", null, null, SARAQIB, "2024-12-01", "fell")),
                        claim(c, 1, coding(PloverType.CONSULT, "phone", FIDAN, LAVROV, null, "2024-12-01", "spoke"))}});
    }

    private static Set<Set<String>> groups(List<Event> events) {
        Set<Set<String>> out = new HashSet<>();
        for (Event e : events) {
            Set<String> g = new TreeSet<>(e.supporting());
            g.addAll(e.contradicting());
            out.add(g);
        }
        return out;
    }

    @Test
    void aDenialDoesNotDisputeAHappeningDatedAfterItAndAGovernmentAndItsArmyDoingOneThingAreOneEvent() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            ActorRef government = new ActorRef("the government", "Syria", "SYR", "GOV", null, "t:gov");
            // Wednesday: the army denies having left Hama; Thursday: it leaves
            Report a = report("a", "Al-Mashriq Review", "2024-12-04", "Denial", "The army denied on Wednesday that it had left Hama.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.RETREAT, "withdrew", SYR_TROOPS, null, HAMA, "2024-12-04", "left"),
                    org.sitrep.model.Stance.CONTRADICTS, org.sitrep.model.Certainty.DENIED, "the army"));
            Report b = report("b", "Wire Service Daily", "2024-12-05", "Pull-out", "The army withdrew from Hama on Thursday.");
            ingest(st, f, b, claim(b, 0, coding(PloverType.RETREAT, "withdrew", SYR_TROOPS, null, HAMA, "2024-12-05", "withdrew")));
            Report c = report("c", "Levant Monitor", "2024-12-05", "Pull-out", "The government withdrew its forces from Hama on Thursday.");
            ingest(st, f, c, claim(c, 0, coding(PloverType.RETREAT, "withdrew", government, null, HAMA, "2024-12-05", "withdrew")));

            List<Event> withdrawals = st.events(EventQuery.all()).stream().filter(e -> !e.supporting().isEmpty()).toList();
            assertThat(withdrawals).singleElement().satisfies(e -> {
                assertThat(e.supporting()).hasSize(2);
                assertThat(e.contradicting()).isEmpty();
                assertThat(e.status()).isEqualTo(org.sitrep.model.EventStatus.CORROBORATED);
            });
        }
    }

    @Test
    void aMergedEventTakesTheMostPrecisePlaceAnyClaimNames() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            PlaceRef northOfHama = new PlaceRef("north of Hama", HAMA.gazetteerId(), "Hama", HAMA.lat(), HAMA.lon(), "PPLA", "SY",
                    "Hama", 2, 33, "north of");
            Report a = report("a", "Crossroads Weekly", "2024-12-03", "Village", "A village north of Hama fell to the rebels.");
            ingest(st, f, a, claim(a, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, northOfHama, "2024-11-30", "fell")));
            Report b = report("b", "Levant Monitor", "2024-12-01", "Souran", "Rebels seized Souran, a monitor said.");
            ingest(st, f, b, claim(b, 0, coding(PloverType.ASSAULT, "captured", REBELS, null, SOURAN, "2024-11-30", "seized"),
                    org.sitrep.model.Stance.SUPPORTS, org.sitrep.model.Certainty.REPORTED, "a monitor"));
            List<Event> all = st.events(EventQuery.all());
            assertThat(all).singleElement().satisfies(e -> assertThat(e.coding().place().gazetteerId()).isEqualTo(SOURAN.gazetteerId()));
        }
    }
}

