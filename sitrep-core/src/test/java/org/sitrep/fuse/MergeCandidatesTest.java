package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Provenance;
import org.sitrep.model.Report;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.Store;

/**
 * The batched candidate search must find exactly what the store's own event query finds for each claim's window, on
 * every kind of stored event: spans of several days, no time, no place, unresolved places, places on the edges of
 * the search boxes.
 */
class MergeCandidatesTest {
    @TempDir
    Path dir;

    private static final PloverType[] TYPES = {PloverType.ASSAULT, PloverType.RETREAT, PloverType.CONSULT, PloverType.AID};
    private static final ActorRef REBELS = Fixtures.REBELS, ARMY = Fixtures.ARMY;
    private static final LocalDate DAY = LocalDate.of(2024, 12, 1);

    @Test
    void aFrontierFindsTheUnionOfWhatTheStoreFindsForEachClaim() {
        Random rnd = new Random(11);
        MergeRules rules = MergeRules.load();
        try (Store st = Store.open(dir.resolve("c.db"))) {
            ClaimEvents one = new ClaimEvents();
            List<Claim> probes = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                Report r = Fixtures.report("s" + i, "Outlet " + (i % 7), DAY.plusDays(rnd.nextInt(20) - 10).toString(), "t", "Text.");
                List<Claim> cs = new ArrayList<>();
                for (int k = 0; k < 3; k++) cs.add(claim(r, k, rnd));
                st.saveReport(r, List.of(), 1, cs, one.fuse(r, cs));
                if (i % 4 == 0) probes.addAll(cs);
            }
            // claims of a new report, some sharing places with stored ones and some on the edge of their boxes
            Report fresh = Fixtures.report("new", "Fresh Outlet", DAY.toString(), "t", "Text.");
            for (int k = 0; k < 40; k++) probes.add(claim(fresh, k, rnd));

            MergeCandidates candidates = new MergeCandidates(st, rules);
            IndependentSources sources = new IndependentSources(st, new CopyDetector(st));
            sources.put(fresh);
            Set<String> union = new LinkedHashSet<>();
            for (Claim c : probes) {
                Set<String> expected = new LinkedHashSet<>();
                for (MergeCandidates.Window w : candidates.windows(c, fresh, sources)) {
                    for (Event e : st.events(w.query())) if (MergeCandidates.heldByOthers(e, "new:")) expected.add(e.id());
                }
                assertThat(candidates.near(List.of(c), fresh, sources)).as(c.id()).containsExactlyInAnyOrderElementsOf(expected);
                union.addAll(expected);
            }
            assertThat(union).isNotEmpty();
            assertThat(candidates.near(probes, fresh, sources)).containsExactlyInAnyOrderElementsOf(union);
        }
    }

    @Test
    void theClaimIdsOfAStoredEventAreReadWithoutReadingTheWholeEvent() {
        Report r = Fixtures.report("r9", "Outlet", DAY.toString(), "t", "Text.");
        Claim c = claim(r, 0, new Random(3));
        Event e = new Event("ev-1", c.event(), List.of("r9:0:0", "r2:1:0"), List.of("r3:0:0"), 2,
                org.sitrep.model.EventStatus.DISPUTED, Certainty.ASSERTED, org.sitrep.model.ClaimContext.NONE, List.of("note"));
        assertThat(MergeCandidates.claimIds(org.sitrep.data.Json.write(e))).containsExactly("r9:0:0", "r2:1:0", "r3:0:0");
        // anything but the plain stored form is left to the full reader
        assertThat(MergeCandidates.claimIds("{\"id\":\"ev-1\",\"contradicting\":[]}")).isNull();
        assertThat(MergeCandidates.claimIds("{\"supporting\":[\"a\"],\"supporting\":[\"b\"]}")).isNull();
        assertThat(MergeCandidates.claimIds("{\"supporting\":[1]}")).isNull();
        assertThat(MergeCandidates.claimIds("{\"supporting\":[\"a\"]")).isNull();
    }

    private static Claim claim(Report r, int k, Random rnd) {
        PloverType t = TYPES[rnd.nextInt(TYPES.length)];
        String mode = t == PloverType.ASSAULT ? (rnd.nextBoolean() ? "captured" : "airstrike") : t == PloverType.RETREAT ? "withdraw" : null;
        EventCoding c = new EventCoding(t, mode, List.of(), null, null, null, rnd.nextBoolean() ? REBELS : ARMY, null,
                place(rnd), time(rnd), List.of(), mode == null ? "met" : mode, new Provenance("test", List.of(), List.of()));
        return Fixtures.claim(r, k, c, rnd.nextInt(6) == 0 ? Stance.CONTRADICTS : Stance.SUPPORTS, Certainty.ASSERTED);
    }

    /** Places around one town at distances near the box sizes of precisions 1-5 (10-500 km), some unresolved or none. */
    private static PlaceRef place(Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind == 0) return null;
        if (kind == 1) return new PlaceRef("Tell Hamra", "local:" + rnd.nextInt(3), "Tell Hamra", Double.NaN, Double.NaN, null, "SY", null, 0, 0, null);
        double[] kms = {10, 25, 100, 500};
        double km = kms[rnd.nextInt(kms.length)] * (0.98 + rnd.nextDouble() * 0.04);
        double bearing = rnd.nextInt(8) * Math.PI / 4;
        double lat = 35.9 + km / 111.0 * Math.cos(bearing), lon = 36.6 + km / (111.0 * Math.cos(Math.toRadians(35.9))) * Math.sin(bearing);
        return new PlaceRef("P", "geonames:" + rnd.nextInt(1000), "P", lat, lon, "PPL", "SY", "Idlib", 1 + rnd.nextInt(5), 5, null);
    }

    /** One day, a span of days, or no time at all. */
    private static TimeSpan time(Random rnd) {
        int kind = rnd.nextInt(6);
        LocalDate d = DAY.plusDays(rnd.nextInt(24) - 12);
        if (kind == 0) return null;
        if (kind == 1) return new TimeSpan(d, d.plusDays(1 + rnd.nextInt(20)), TimeSpan.Granularity.RANGE, "for weeks", "test");
        return TimeSpan.day(d, "on that day", "test");
    }
}
