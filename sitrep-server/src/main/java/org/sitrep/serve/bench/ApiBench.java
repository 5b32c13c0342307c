package org.sitrep.serve.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sitrep.serve.ServerOptions;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.Store;

/**
 * The API benchmark: generates events into a temporary store, serves it on loopback, and measures the latency
 * (p50/p95) of an event query and of a bounding-box query made one after another, then the requests per second
 * that {@code clients} concurrent HTTP clients get for a bounded time. Traffic goes to 127.0.0.1 only; the temporary
 * store is deleted afterwards.
 */
public final class ApiBench {
    /** Sequential requests per measured query. */
    static final int SAMPLES = 200;
    /** Upper bound on requests in the concurrent phase, whatever the duration. */
    static final int MAX_CONCURRENT_REQUESTS = 1_000_000;

    /** What one run measured (latencies in milliseconds). */
    public record Result(int events, double fillSeconds, double startSeconds, double eventP50, double eventP95,
                         double bboxP50, double bboxP95, int clients, int requests, int errors, double seconds,
                         double requestsPerSecond, double loadP50, double loadP95) {}

    private ApiBench() {}

    /** Runs the benchmark and prints its figures to {@code out}. */
    public static Result run(PrintStream out, int events, int clients, Duration duration) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-apibench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Store store = Store.open(dir.resolve("bench.db"))) {
            out.printf(Locale.ROOT, "generating %,d synthetic events...%n", events);
            long t0 = System.nanoTime();
            try (Statement s = store.connection().createStatement()) {
                s.execute("PRAGMA cache_size = -262144"); // 256 MB while writing: the indexes stay in memory
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            SyntheticEvents.fill(store, events, 42);
            double fill = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "  written in %.1f s%n", fill);
            return runOn(out, store, clients, duration, fill);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Runs the measurements on an existing store (read-only; no events generated).
     *
     * @param fillSeconds reported as is in the result (time it took to make the store, or 0)
     */
    public static Result runOn(PrintStream out, Store store, int clients, Duration duration, double fillSeconds) {
        long t1 = System.nanoTime();
        try (SitrepServer server = new SitrepServer(store, ServerOptions.defaults().port(0)).start()) {
            double start = (System.nanoTime() - t1) / 1e9;
            out.printf(Locale.ROOT, "server started in %.2f s at %s over %,d events%n", start, server.url(), store.stats().events());
            return measure(out, server.url(), store.stats().events(), clients, duration, fillSeconds, start);
        }
    }

    private static Result measure(PrintStream out, String base, int events, int clients, Duration duration,
                                  double fill, double start) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) { // warm-up: JIT and SQLite page cache
            get(http, base + eventQuery(rnd));
            get(http, base + bboxQuery(rnd));
        }
        double[] ev = sequential(http, base, rnd, false);
        double[] bb = sequential(http, base, rnd, true);
        out.printf(Locale.ROOT, "event query  (type + 2-month range, 100 per page, %d requests): p50 %.1f ms, p95 %.1f ms%n",
                SAMPLES, pct(ev, 50), pct(ev, 95));
        out.printf(Locale.ROOT, "bbox query   (1 x 1 degree box, 100 per page, %d requests):     p50 %.1f ms, p95 %.1f ms%n",
                SAMPLES, pct(bb, 50), pct(bb, 95));
        AtomicInteger requests = new AtomicInteger(), errors = new AtomicInteger();
        long deadline = System.nanoTime() + duration.toNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            futures.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                SplittableRandom r = new SplittableRandom(seed);
                List<Double> ms = new ArrayList<>();
                while (System.nanoTime() < deadline && requests.incrementAndGet() <= MAX_CONCURRENT_REQUESTS) {
                    long s = System.nanoTime();
                    if (!get(client, base + (r.nextBoolean() ? eventQuery(r) : bboxQuery(r)))) errors.incrementAndGet();
                    ms.add((System.nanoTime() - s) / 1e6);
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>();
        try {
            for (Future<List<Double>> f : futures) all.addAll(f.get());
        } catch (Exception e) {
            throw new IllegalStateException("benchmark client failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double[] load = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(load);
        int n = load.length;
        out.printf(Locale.ROOT, "%d concurrent clients for %.1f s: %,d requests, %d errors, %.0f requests/s (p50 %.1f ms, p95 %.1f ms)%n",
                clients, secs, n, errors.get(), n / secs, pct(load, 50), pct(load, 95));
        return new Result(events, fill, start, pct(ev, 50), pct(ev, 95), pct(bb, 50), pct(bb, 95), clients, n, errors.get(),
                secs, n / secs, pct(load, 50), pct(load, 95));
    }

    private static double[] sequential(HttpClient http, String base, SplittableRandom rnd, boolean bbox) {
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            String url = base + (bbox ? bboxQuery(rnd) : eventQuery(rnd));
            long s = System.nanoTime();
            if (!get(http, url)) throw new IllegalStateException("benchmark request failed: " + url);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** An event query: one PLOVER type over two months, first page of 100. */
    static String eventQuery(SplittableRandom r) {
        String[] types = {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "MOBILIZE", "RETREAT"};
        int month = 1 + r.nextInt(10);
        return String.format(Locale.ROOT, "/api/v1/events?type=%s&from=2024-%02d-01&to=2024-%02d-28&limit=100",
                types[r.nextInt(types.length)], month, month + 1);
    }

    /** A bounding-box query: a 1 x 1 degree box inside the synthetic area, first page of 100. */
    static String bboxQuery(SplittableRandom r) {
        double lon = 30 + r.nextDouble() * 14, lat = 30 + r.nextDouble() * 21;
        return String.format(Locale.ROOT, "/api/v1/events?bbox=%.3f,%.3f,%.3f,%.3f&limit=100", lon, lat, lon + 1, lat + 1);
    }

    private static boolean get(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }

    /** {@code ApiBench [events] [clients] [seconds]}: defaults 100000, 32, 10. */
    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        run(System.out, events, clients, Duration.ofSeconds(seconds));
    }
}
