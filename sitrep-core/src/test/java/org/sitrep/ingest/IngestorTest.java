package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestAssertions.onlyReport;
import static org.sitrep.ingest.IngestAssertions.onlySkipReason;
import static org.sitrep.ingest.IngestAssertions.utf8;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;

class IngestorTest {
    final Ingestor ingestor = new Ingestor();

    static final String GOOD_TEXT = "Drones target Odesa port\n\nHarbour Gazette\nDec 2, 2024 - 06:30\n\n"
            + "Ukrainian air defences shot down most of the drones launched at Odesa overnight, the regional "
            + "administration said.\n";

    static final Pattern ITEM = Pattern.compile("^(.*?)([#:]\\d+)?$");

    static void copyFixture(String name, Path dir) throws IOException {
        try (InputStream in = IngestorTest.class.getResourceAsStream("/badinput/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    static Map<String, IngestOutcome> byFileName(List<IngestOutcome> outcomes) {
        Map<String, IngestOutcome> m = new LinkedHashMap<>();
        for (IngestOutcome o : outcomes) {
            Matcher x = ITEM.matcher(o.origin());
            if (!x.matches()) throw new AssertionError(o.origin());
            m.put(Path.of(x.group(1)).getFileName() + (x.group(2) == null ? "" : x.group(2)), o);
        }
        return m;
    }

    static String reason(Map<String, IngestOutcome> m, String name) {
        assertThat(m.get(name)).as(name).isInstanceOf(IngestOutcome.Skipped.class);
        return ((IngestOutcome.Skipped) m.get(name)).reason();
    }

    @Test
    void aFolderMixingGoodAndBadFilesAcceptsTheGoodAndSkipsEachBadOneWithItsReason(@TempDir Path dir) throws IOException {
        for (String f : List.of("empty.txt", "whitespace.txt", "binary.txt", "latin1.txt", "utf16.txt", "french.txt",
                "russian.txt", "arabic.txt", "nobody.html", "truncated.html")) {
            copyFixture(f, dir);
        }
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Files.write(dir.resolve("huge.txt"), huge);
        Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/good.md"), "# Ferry service resumes\n\n" + GOOD_TEXT.substring(GOOD_TEXT.indexOf("\n\n") + 2));
        Files.writeString(dir.resolve("more/bundle.jsonl"), "{\"title\": \"Port reopens\", \"text\": "
                + "\"Cargo ships returned to the port of Odesa on Tuesday after a two-day pause, the port authority said.\"}\n"
                + "this line is not json\n");
        Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4 not really");
        Files.writeString(dir.resolve(".hidden.txt"), GOOD_TEXT);

        List<IngestOutcome> streamed = new ArrayList<>();
        ingestor.ingestPath(dir, streamed::add);
        Map<String, IngestOutcome> m = byFileName(streamed);

        assertThat(m.keySet()).doesNotContain(".hidden.txt");
        assertThat(m.get("good.txt")).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(m.get("good.md")).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(m.get("bundle.jsonl:1")).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(m.get("utf16.txt")).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(m.get("truncated.html")).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(((IngestOutcome.Accepted) m.get("truncated.html")).warnings()).anyMatch(w -> w.contains("truncated"));

        assertThat(reason(m, "bundle.jsonl:2")).startsWith("line 2: malformed JSON");
        assertThat(reason(m, "empty.txt")).isEqualTo("empty file (0 bytes)");
        assertThat(reason(m, "whitespace.txt")).isEqualTo("only whitespace, no text");
        assertThat(reason(m, "binary.txt")).isEqualTo("binary content (NUL bytes), not text");
        assertThat(reason(m, "huge.txt")).isEqualTo("too large (6.0 MB; the limit is 5.0 MB)");
        assertThat(reason(m, "latin1.txt")).isEqualTo("not valid UTF-8 (looks like ISO-8859-1/Windows-1252); convert it to UTF-8");
        assertThat(reason(m, "french.txt")).isEqualTo("language looks like French (fr); only English is supported");
        assertThat(reason(m, "russian.txt")).isEqualTo("language looks like Russian (ru); only English is supported");
        assertThat(reason(m, "arabic.txt")).isEqualTo("language looks like Arabic (ar); only English is supported");
        assertThat(reason(m, "nobody.html")).isEqualTo("no article text found");
        assertThat(reason(m, "notes.pdf")).startsWith("unsupported file type .pdf");
        for (IngestOutcome o : streamed) {
            if (o instanceof IngestOutcome.Skipped s) assertThat(s.reason()).doesNotContain("\n").isNotBlank();
        }
    }

    @Test
    void folderOrderIsSortedAndRepeatableAndTheListFormMatchesTheStream(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), GOOD_TEXT.replace("Odesa port", "Odesa port again"));
        Files.writeString(dir.resolve("a.txt"), GOOD_TEXT);
        List<IngestOutcome> first = ingestor.ingestPath(dir);
        List<String> origins = first.stream().map(IngestOutcome::origin).collect(Collectors.toList());
        assertThat(origins).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(ingestor.ingestPath(dir)).isEqualTo(first);
    }

    @Test
    void theSameArticleGivesTheSameIdFromAFileAndFromStandardInput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, GOOD_TEXT);
        Report fromFile = onlyReport(ingestor.ingestPath(f));
        Report fromStdin = onlyReport(ingestor.ingestStream(new ByteArrayInputStream(utf8(GOOD_TEXT)), "stdin"));
        assertThat(fromStdin.id()).isEqualTo(fromFile.id());
        assertThat(fromStdin.origin()).isEqualTo("stdin");
    }

    @Test
    void standardInputIsSniffed() {
        String html = "<!doctype html><html><head><meta property=\"og:title\" content=\"Ferry service resumes\"></head>"
                + "<body><article><p>Ferries between the two islands ran again on Tuesday after storms kept them in port "
                + "for three days.</p></article></body></html>";
        Report r = onlyReport(ingestor.ingestStream(new ByteArrayInputStream(utf8(html)), "-"));
        assertThat(r.format()).isEqualTo("html");
        assertThat(r.title()).isEqualTo("Ferry service resumes");
        assertThat(onlySkipReason(ingestor.ingestStream(new ByteArrayInputStream(new byte[0]), "stdin")))
                .isEqualTo("empty file (0 bytes)");
    }

    @Test
    void aReadmeInAFolderIsNotTakenForAnArticle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Sample corpus\n\nThese files were written by the project to test "
                + "the ingest stage and are licensed with it.\n");
        assertThat(onlySkipReason(ingestor.ingestPath(dir))).contains("README");
    }

    @Test
    void aCommandLineArgumentOfDashReadsStandardInputAndOtherwiseAPath(@TempDir Path dir) throws IOException {
        List<IngestOutcome> out = new ArrayList<>();
        ingestor.ingest("-", new ByteArrayInputStream(utf8(GOOD_TEXT)), out::add);
        Files.writeString(dir.resolve("a.txt"), GOOD_TEXT);
        ingestor.ingest(dir.resolve("a.txt").toString(), InputStream.nullInputStream(), out::add);
        assertThat(out).extracting(IngestOutcome::origin).containsExactly("stdin", dir.resolve("a.txt").toString());
    }

    @Test
    void aMissingPathIsSkipped(@TempDir Path dir) {
        assertThat(onlySkipReason(ingestor.ingestPath(dir.resolve("nope.txt")))).isEqualTo("no such file or folder");
    }

    @Test
    void aSmallerConfiguredLimitApplies(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, GOOD_TEXT);
        Ingestor small = new Ingestor(new Ingestor.Options(64, Duration.ofSeconds(5)));
        assertThat(onlySkipReason(small.ingestPath(f))).startsWith("too large");
        assertThat(onlySkipReason(small.ingestStream(new ByteArrayInputStream(utf8(GOOD_TEXT)), "stdin"))).startsWith("too large");
    }

    @Test
    void fetchesFeedsAndArticlesOverHttpAndTurnsFailuresIntoSkips() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/rss", "application/rss+xml; charset=utf-8", utf8(FeedReaderTest.RSS), 200);
        serve(server, "/story", "text/html; charset=utf-8", utf8("<html><head><title>Ferry service resumes</title></head>"
                + "<body><article><p>Ferries between the two islands ran again on Tuesday after storms kept them in "
                + "port for three days.</p></article></body></html>"), 200);
        serve(server, "/gone", "text/plain", utf8("gone"), 404);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<IngestOutcome> feed = ingestor.ingestUrl(base + "/rss");
            assertThat(feed).hasSize(2);
            assertThat(feed.get(0)).isInstanceOf(IngestOutcome.Accepted.class);
            assertThat(feed.get(0).origin()).isEqualTo(base + "/rss#1");

            Report story = onlyReport(ingestor.ingestUrl(base + "/story"));
            assertThat(story.url()).isEqualTo(base + "/story");
            assertThat(story.outlet()).isEqualTo("127.0.0.1");

            assertThat(onlySkipReason(ingestor.ingestUrl(base + "/gone"))).isEqualTo("HTTP status 404");
        } finally {
            server.stop(0);
        }
        assertThat(onlySkipReason(new Ingestor(new Ingestor.Options(1024, Duration.ofSeconds(2)))
                .ingestUrl("http://127.0.0.1:1/unreachable"))).startsWith("cannot fetch");
    }

    private static void serve(HttpServer server, String path, String type, byte[] body, int status) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
    }
}
