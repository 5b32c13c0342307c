package org.sitrep.serve.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.Store;

/**
 * Fills a store with made-up events for benchmarks: {@code n} events (one claim each) spread over one year, 10,000
 * places in a box over the Levant, Anatolia and Ukraine (lon 30..45, lat 30..52) and the 16 PLOVER types,
 * written {@value #PER_REPORT} to a report so the store commits in large transactions. The same seed gives the same
 * store. One event in {@value #ACTOR_EVERY} has actors.
 */
public final class SyntheticEvents {
    static final int PER_REPORT = 1000;
    static final int PLACES = 10_000;
    /** Events with actors are rare: the store recounts an actor's events with a table scan on every write. */
    static final int ACTOR_EVERY = 5000;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private SyntheticEvents() {}

    /** Writes {@code n} events; returns how many were written. */
    public static int fill(Store store, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        PloverType[] types = PloverType.values();
        int written = 0;
        for (int r = 0; written < n; r++) {
            String reportId = String.format(Locale.ROOT, "bench%011d", r);
            String text = "Synthetic benchmark report " + r + ". It stands for a batch of short dispatches.";
            Report report = new Report(reportId, "bench-hash-" + r, "Bench Wire " + (r % 7), null,
                    Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * r), Report.DateConfidence.HIGH,
                    "Bench report " + r, text, List.of(), "bench", "txt");
            List<Claim> claims = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < PER_REPORT && written < n; i++, written++) {
                Claim c = claim(reportId, written, types[rnd.nextInt(types.length)], rnd);
                claims.add(c);
                events.add(ClaimEvents.eventOf(c));
            }
            store.saveReport(report, List.of(), 2, claims, events);
        }
        return written;
    }

    private static Claim claim(String reportId, int k, PloverType type, SplittableRandom rnd) {
        int place = rnd.nextInt(PLACES);
        double lat = 30 + 22.0 * ((place * 7919L) % PLACES) / PLACES;
        double lon = 30 + 15.0 * place / PLACES;
        String name = "Place " + place;
        PlaceRef p = new PlaceRef(name, "bench:" + place, name, lat, lon, "PPL", "XX", "Region " + place % 40, 1, 2, null);
        LocalDate day = FIRST_DAY.plusDays(rnd.nextInt(366));
        ActorRef a1 = null, a2 = null;
        if (k % ACTOR_EVERY == 0) {
            a1 = new ActorRef("forces " + k % 13, "Force " + k % 13, "XXX", "MIL", null, "bench");
            a2 = new ActorRef("group " + k % 11, "Group " + k % 11, "YYY", "REB", null, "bench");
        }
        String sentence = type.name().toLowerCase(Locale.ROOT) + " reported near " + name + " on " + day + " in dispatch " + k + ".";
        EventCoding coding = new EventCoding(type, null, List.of(), null, null, null, a1, a2, p,
                TimeSpan.day(day, "on " + day, "bench"), List.of(), type.name().toLowerCase(Locale.ROOT),
                new Provenance("bench.synthetic", List.of(), List.of()));
        Certainty certainty = Certainty.values()[rnd.nextInt(4)];
        int len = sentence.length();
        return new Claim(reportId + ":" + k + ":0", reportId, List.of(), rnd.nextInt(20) == 0 ? Stance.CONTRADICTS : Stance.SUPPORTS,
                certainty, ClaimContext.NONE, new Evidence(reportId, k, new Span(0, len), new Span(0, type.name().length()), sentence),
                coding, null);
    }
}
