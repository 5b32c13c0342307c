package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * Runs the browser test ({@code web/tests/browser.test.mjs}: Debian's headless Chromium driven by playwright-core)
 * against a server over the sample store with the app bundled in the jar. Screenshots go to
 * {@code target/screenshots}. Skipped only on a developer machine without Chromium; under CI it must run.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theAppShowsEventsEvidenceControlAndSearchWithoutRunningInjectedScripts() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        Path web = Path.of("..", "web").toAbsolutePath().normalize();
        String missing = !Files.isExecutable(CHROMIUM) ? "Chromium (" + CHROMIUM + "; apt-get install chromium)"
                : !Files.isDirectory(web.resolve("node_modules/playwright-core")) ? "playwright-core (npm ci in " + web + ")"
                : SitrepServer.class.getResource("/webapp/index.html") == null ? "the built app (classpath /webapp; build sitrep-server with Maven)"
                : null;
        if (missing != null) {
            if (ci) throw new AssertionError("the browser test needs " + missing + " and must run under CI");
            Assumptions.abort("browser test skipped: no " + missing);
        }
        Path shots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(shots);
        try (Store store = SampleData.create(dir.resolve("sample.db"));
             SitrepServer server = new SitrepServer(store, ServerOptions.defaults().port(0).control(new FakeControl())).start()) {
            ProcessBuilder pb = new ProcessBuilder("node", "--test-reporter=tap", "tests/browser.test.mjs").directory(web.toFile()).redirectErrorStream(true);
            pb.environment().put("SITREP_URL", server.url());
            pb.environment().put("SITREP_SCREENSHOTS", shots.toString());
            pb.environment().put("SITREP_CHROMIUM", CHROMIUM.toString());
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        System.out.println("[browser] " + line);
                        out.append(line).append('\n');
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            reader.start();
            boolean done = p.waitFor(5, TimeUnit.MINUTES);
            if (!done) p.destroyForcibly();
            reader.join(10_000);
            assertThat(done).as("browser test finished within 5 minutes").isTrue();
            assertThat(p.exitValue()).as(out.toString()).isZero();
            assertThat(out).contains("# fail 0");
        }
    }
}
