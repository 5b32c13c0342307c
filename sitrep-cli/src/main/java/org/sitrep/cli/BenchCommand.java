package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.sitrep.data.Json;
import org.sitrep.fuse.bench.FuseBench;
import org.sitrep.serve.bench.ApiBench;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.Ingestor;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {
        "Benchmark the full pipeline (read files -> nlp -> extract -> fuse -> store) on a corpus after a warm-up pass.",
        "Prints articles/s, sentences/s and peak heap. Run with the heap you want to measure (bin/sitrep uses -Xmx2g)."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "folder of articles (default: ${DEFAULT-VALUE})", defaultValue = "samples")
    Path corpus;

    @Option(names = "--rounds", description = "timed rounds after the warm-up (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int rounds;

    @Option(names = "--threads", description = "nlp worker threads (default: cores)", defaultValue = "0")
    int threads;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--api", description = "instead: API latency (p50/p95) and requests/s under 32 clients over 100,000 generated events")
    boolean api;

    @Option(names = "--fuse", description = "instead: time to fuse and store the 1,000th report, and to build a sitrep over 100,000 generated events")
    boolean fuse;

    @Option(names = "--events", description = "with --api: how many generated events (default: ${DEFAULT-VALUE})", defaultValue = "100000")
    int events;

    @Override
    public Integer call() throws Exception {
        if (fuse) {
            new FuseBench().run(System.out);
            return 0;
        }
        if (api) {
            ApiBench.run(System.out, events, 32, Duration.ofSeconds(10));
            return 0;
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (!Files.isDirectory(corpus)) throw new IllegalArgumentException("no corpus folder " + corpus);
        long t0 = System.nanoTime();
        Wiring.annotator().annotate("Warm the models up.", null);
        double loadSecs = (System.nanoTime() - t0) / 1e9;

        Path dir = Files.createTempDirectory("sitrep-bench");
        try {
            // warm-up: one full pass, not timed
            // dictionaries and gazetteer load once, outside the timed rounds, as in a long ingest run
            Extractor extractor = Wiring.extractor();
            runOnce(dir.resolve("warmup.db"), n, extractor);
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
            List<double[]> results = new ArrayList<>();
            for (int r = 0; r < rounds; r++) results.add(runOnce(dir.resolve("round" + r + ".db"), n, extractor));
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
            }
            results.sort((a, b) -> Double.compare(a[2], b[2]));
            double[] median = results.get(results.size() / 2);
            double articlesPerSec = median[0] / median[2], sentencesPerSec = median[1] / median[2];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("corpus", corpus.toString());
            m.put("articles", (int) median[0]);
            m.put("sentences", (int) median[1]);
            m.put("threads", n);
            m.put("cores", Runtime.getRuntime().availableProcessors());
            m.put("rounds", rounds);
            m.put("model_load_s", round(loadSecs));
            m.put("median_round_s", round(median[2]));
            m.put("articles_per_s", round(articlesPerSec));
            m.put("articles_per_s_per_core", round(articlesPerSec / Math.min(n, Runtime.getRuntime().availableProcessors())));
            m.put("sentences_per_s", round(sentencesPerSec));
            m.put("peak_heap_mb", peak / (1024 * 1024));
            m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            if (json) {
                System.out.println(Json.pretty(m));
            } else {
                System.out.printf("corpus %s: %d articles, %d sentences; %d thread(s) on %d core(s); %d timed round(s) after warm-up%n",
                        corpus, (int) median[0], (int) median[1], n, Runtime.getRuntime().availableProcessors(), rounds);
                System.out.printf("model load      %.1f s%n", loadSecs);
                System.out.printf("median round    %.2f s%n", median[2]);
                System.out.printf("articles/s      %.2f  (%.2f per core)%n", articlesPerSec, (double) m.get("articles_per_s_per_core"));
                System.out.printf("sentences/s     %.1f%n", sentencesPerSec);
                System.out.printf("peak heap       %d MB of %d MB max%n", peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
                System.out.println("where nlp time went (all rounds):");
                System.out.print(CoreNlpAnnotator.shared().timing().indent(2));
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** One full pass into a fresh store: {articles, sentences, seconds}. */
    private double[] runOnce(Path db, int threads, Extractor extractor) {
        long t0 = System.nanoTime();
        List<IngestOutcome> outcomes = new Ingestor().ingestPath(corpus);
        try (Store st = Store.open(db)) {
            Pipeline pipeline = new Pipeline(Wiring.annotator(), extractor, Wiring.fuser(st), st, threads);
            Pipeline.Summary s = pipeline.run(outcomes, true, p -> {});
            return new double[] {s.stored(), s.sentences(), (System.nanoTime() - t0) / 1e9};
        }
    }

    private static double round(double d) { return Math.round(d * 100) / 100.0; }
}
