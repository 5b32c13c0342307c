package org.sitrep.fuse.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.MergingFuser;
import org.sitrep.fuse.control.ControlService;
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
import org.sitrep.report.brief.HtmlRenderer;
import org.sitrep.report.brief.Sitrep;
import org.sitrep.report.brief.SitrepBuilder;
import org.sitrep.store.Store;

/**
 * Benchmark of the fuse and report stages on generated data (no NLP): (1) time to fuse and store the 1,000th report
 * with 999 before it (merging against the growing store), and (2) time to build a daily sitrep and the control state
 * over a store of 100,000 events. Works in a temporary directory that it deletes. Seeded, so runs are comparable.
 */
public final class FuseBench {
    static final int REPORTS = 1000, CLAIMS_PER_REPORT = 5, EVENTS = 100_000, DAYS = 365;
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final PloverType[] TYPES = {PloverType.ASSAULT, PloverType.ASSAULT, PloverType.ASSAULT, PloverType.RETREAT,
            PloverType.CONSULT, PloverType.ACCUSE, PloverType.AID, PloverType.MOBILIZE};
    private static final ActorRef[] ACTORS = {
            new ActorRef("rebels", "Syrian opposition", "SYR", "REB", null, "bench"),
            new ActorRef("army", "Syrian army", "SYR", "MIL", null, "bench"),
            new ActorRef("Russia", "Russia", "RUS", "MIL", null, "bench"),
            new ActorRef("Ukraine", "Ukraine", "UKR", "MIL", null, "bench"),
            new ActorRef("Turkey", "Turkey", "TUR", "GOV", null, "bench"),
            new ActorRef("Iran", "Iran", "IRN", "GOV", null, "bench")};

    /** Runs both measurements and prints the figures. */
    public void run(PrintStream out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-fusebench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ingest(dir.resolve("ingest.db"), out);
            sitrep(dir.resolve("sitrep.db"), out);
        } finally {
            delete(dir);
        }
    }

    private void ingest(Path db, PrintStream out) {
        Random rnd = new Random(42);
        List<PlaceRef> places = places(rnd, 300);
        try (Store st = Store.open(db)) {
            Fuser f = new MergingFuser(st);
            long total = 0, last = 0, lastCpu = 0;
            List<Long> tail = new ArrayList<>();
            for (int i = 1; i <= REPORTS; i++) {
                LocalDate day = START.plusDays(i / 20);
                Report r = report("b" + i, "Outlet " + (i % 40), day, rnd);
                List<Claim> claims = new ArrayList<>();
                for (int k = 0; k < CLAIMS_PER_REPORT; k++) claims.add(claim(r, k, day, places, rnd));
                long t0 = System.nanoTime(), c0 = cpu();
                List<Event> events = f.fuse(r, claims);
                st.saveReport(r, List.of(), 10, claims, events);
                long dt = System.nanoTime() - t0;
                if (i == REPORTS) lastCpu = cpu() - c0;
                total += dt;
                if (i > REPORTS - 100) tail.add(dt);
                if (i == REPORTS) last = dt;
            }
            tail.sort(Comparator.naturalOrder());
            Store.Stats s = st.stats();
            out.printf(Locale.ROOT, "fuse+store: %d reports (%d claims) -> %d events; 1000th report %.1f ms wall / %.1f ms CPU;"
                            + " median of reports 901-1000 %.1f ms; mean %.1f ms%n", s.reports(), s.claims(), s.events(), last / 1e6,
                    lastCpu / 1e6, tail.get(tail.size() / 2) / 1e6, total / 1e6 / REPORTS);
        }
    }

    private void sitrep(Path db, PrintStream out) {
        Random rnd = new Random(7);
        List<PlaceRef> places = places(rnd, 2000);
        try (Store st = Store.open(db)) {
            long t0 = System.nanoTime();
            int perReport = 10;
            st.inTransaction(() -> {
                for (int i = 0; i < EVENTS / perReport; i++) {
                    LocalDate day = START.plusDays((long) i * perReport * DAYS / EVENTS);
                    Report r = report("s" + i, "Outlet " + (i % 60), day, rnd);
                    st.exec("INSERT INTO report(id, content_hash, outlet, url, published, published_confidence, title, text, media_json,"
                                    + " origin, format, ingested_at) VALUES (?,?,?,?,?,?,?,?,'[]','bench','txt',?)", r.id(), r.contentHash(),
                            r.outlet(), r.url(), r.published().toString(), r.publishedConfidence().name(), r.title(), r.text(),
                            r.published().toString());
                    for (int k = 0; k < perReport; k++) {
                        Claim c = claim(r, k, day, places, rnd);
                        Event e = ClaimEvents.eventOf(c);
                        st.upsertEvent(e);
                        st.exec("INSERT INTO claim(id, report_id, event_id, stance, certainty, context, claimants_json, sentence,"
                                        + " sentence_begin, sentence_end, trigger_begin, trigger_end, evidence, claim_json)"
                                        + " VALUES (?,?,?,?,?,?,'[]',?,0,?,0,4,?,?)", c.id(), r.id(), e.id(), c.stance().name(),
                                c.certainty().code(), c.context().code(), k, c.evidence().text().length(), c.evidence().text(),
                                org.sitrep.data.Json.write(c));
                    }
                }
            });
            double gen = (System.nanoTime() - t0) / 1e9;
            LocalDate date = START.plusDays(DAYS - 2);
            long tb = System.nanoTime();
            org.sitrep.report.brief.Basemap.shared();
            double basemap = (System.nanoTime() - tb) / 1e6;
            long t1 = System.nanoTime(), c1 = cpu();
            Sitrep s = new SitrepBuilder(st).build(date, 1);
            String html = new HtmlRenderer().render(s);
            double build = (System.nanoTime() - t1) / 1e6, buildCpu = (cpu() - c1) / 1e6;
            long t2 = System.nanoTime(), c2 = cpu();
            int places2 = new ControlService(st).stateOn(date, null).size();
            double control = (System.nanoTime() - t2) / 1e6, controlCpu = (cpu() - c2) / 1e6;
            out.printf(Locale.ROOT, "sitrep: %d stored events (generated in %.1f s); sitrep for %s (24h, %d events, %d takeaways, %d KB HTML)"
                            + " built in %.0f ms wall / %.0f ms CPU (basemap loaded once before, in %.0f ms);"
                            + " control state on that day (%d places) in %.0f ms wall / %.0f ms CPU%n",
                    st.stats().events(), gen, date, s.summary().events(), s.takeaways().size(), html.length() / 1024, build, buildCpu,
                    basemap, places2, control, controlCpu);
        }
    }

    private static long cpu() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
    }

    private static List<PlaceRef> places(Random rnd, int n) {
        List<PlaceRef> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean syria = i % 2 == 0;
            double lat = syria ? 32.5 + rnd.nextDouble() * 4.5 : 46 + rnd.nextDouble() * 4.5;
            double lon = syria ? 35.8 + rnd.nextDouble() * 5 : 30 + rnd.nextDouble() * 8;
            out.add(new PlaceRef("Place " + i, "bench:" + i, "Place " + i, lat, lon, "PPL", syria ? "SY" : "UA", "Region " + (i % 14),
                    1, 5, null));
        }
        return out;
    }

    private static Report report(String id, String outlet, LocalDate day, Random rnd) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 120; w++) text.append("word").append(rnd.nextInt(5000)).append(w % 15 == 14 ? ". " : " ");
        return new Report(id, "hash-" + id, outlet, null, day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
                Report.DateConfidence.HIGH, "Report " + id, text.toString(), List.of(), "bench", "txt");
    }

    private static Claim claim(Report r, int k, LocalDate day, List<PlaceRef> places, Random rnd) {
        PloverType t = TYPES[rnd.nextInt(TYPES.length)];
        ActorRef a = ACTORS[rnd.nextInt(ACTORS.length)], b = ACTORS[rnd.nextInt(ACTORS.length)];
        String mode = t == PloverType.ASSAULT ? (rnd.nextInt(4) == 0 ? "captured" : "airstrike") : t == PloverType.RETREAT ? "withdraw" : null;
        EventCoding c = new EventCoding(t, mode, List.of(), null, null, null, a, b == a ? null : b, places.get(rnd.nextInt(places.size())),
                TimeSpan.day(day.minusDays(rnd.nextInt(2)), "yesterday", "bench"), List.of(), mode == null ? "did" : mode,
                new Provenance("bench", List.of(), List.of()));
        String sentence = r.text().substring(0, Math.min(80, r.text().length()));
        return new Claim(r.id() + ":" + k + ":0", r.id(), List.of(), Stance.SUPPORTS,
                rnd.nextInt(5) == 0 ? Certainty.REPORTED : Certainty.ASSERTED, ClaimContext.NONE,
                new Evidence(r.id(), k, new Span(0, sentence.length()), new Span(0, 4), sentence), c, null);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leave the temp dir behind
        }
    }

    /** Runs the benchmark from the command line (for development; the CLI calls {@link #run}). */
    public static void main(String[] args) {
        if (args.length == 1) {
            new FuseBench().sitrep(Path.of(args[0]), System.out);
            return;
        }
        new FuseBench().run(System.out);
    }

}
