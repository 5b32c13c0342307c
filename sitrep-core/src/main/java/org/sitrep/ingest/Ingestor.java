package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ingest stage: turns files, folders, URLs and standard input into {@link IngestOutcome}s, one per article
 * found (a report, possibly with warnings) or per input that could not be read (a skip with a one-line reason).
 *
 * <p>Never throws on bad input: every problem becomes a {@link IngestOutcome.Skipped} and the run goes on.
 * Formats are chosen by extension (.txt .text .md .markdown, .html .htm .xhtml, .json .jsonl .ndjson, .xml .rss
 * .atom), or for unknown extensions, URLs and standard input by sniffing the first bytes (HTML, RSS/Atom, JSON;
 * standard input falls back to plain text). Folders are walked recursively in sorted order; hidden files and
 * folders (name starting with ".") are passed over silently, README/LICENSE-style files are skipped with a reason.
 * Duplicate articles are not filtered here: each report carries its content hash and the store checks it.
 *
 * <p>Each method has a streaming form taking a {@code Consumer<IngestOutcome>} that receives outcomes as they
 * are produced (for progress output), and a form returning the list.
 */
public final class Ingestor {
    /** Settings of the stage. */
    public record Options(long maxBytes, Duration httpTimeout) {
        /** 5 MB per input, 20 s HTTP connect and request timeout. */
        public static Options defaults() {
            return new Options(InputGuard.DEFAULT_MAX_BYTES, Duration.ofSeconds(20));
        }
    }

    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "(?i)^(readme|license|licence|changelog|changes|contributing|notice|copying|authors)(\\..*)?$");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final Options options;
    private final InputGuard guard;
    private final List<TextArticleReader> readers;
    private final PlainTextReader plainText;
    private HttpClient http;

    /** An ingestor with {@link Options#defaults()}. */
    public Ingestor() {
        this(Options.defaults());
    }

    public Ingestor(Options options) {
        this.options = options;
        this.guard = new InputGuard(options.maxBytes());
        ReportAssembler assembler = new ReportAssembler();
        this.plainText = new PlainTextReader(guard, assembler);
        this.readers = List.of(new FeedReader(guard, assembler), new HtmlReader(guard, assembler),
                new JsonReader(guard, assembler), plainText);
    }

    /**
     * Convenience for a command line argument: "-" reads {@code stdin}, an http(s) address is fetched, anything
     * else is a file or folder path.
     */
    public void ingest(String argument, InputStream stdin, Consumer<IngestOutcome> sink) {
        if (argument.equals("-")) ingestStream(stdin, "stdin", sink);
        else if (Urls.isHttp(argument)) ingestUrl(argument, sink);
        else ingestPath(Path.of(argument), sink);
    }

    /** Every article in a file, or in the files of a folder (recursive, sorted, hidden files passed over). */
    public List<IngestOutcome> ingestPath(Path path) {
        List<IngestOutcome> out = new ArrayList<>();
        ingestPath(path, out::add);
        return out;
    }

    /** Streaming form of {@link #ingestPath(Path)}. */
    public void ingestPath(Path path, Consumer<IngestOutcome> sink) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            sink.accept(new IngestOutcome.Skipped(path.toString(), "no such file or folder"));
            return;
        }
        if (!Files.isDirectory(path)) {
            ingestFile(path, sink);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            sink.accept(new IngestOutcome.Skipped(path.toString(), "cannot list folder: " + TextArticleReader.oneLine(e)));
            return;
        }
        for (Path f : files) {
            if (NOT_ARTICLE.matcher(f.getFileName().toString()).matches()) {
                sink.accept(new IngestOutcome.Skipped(f.toString(), "project file (README, licence, ...), not an article"));
            } else {
                ingestFile(f, sink);
            }
        }
    }

    private void ingestFile(Path f, Consumer<IngestOutcome> sink) {
        String origin = f.toString();
        try {
            String tooLarge = guard.sizeProblem(Files.size(f));
            if (tooLarge != null) {
                sink.accept(new IngestOutcome.Skipped(origin, tooLarge));
                return;
            }
            byte[] bytes = Files.readAllBytes(f);
            Instant modified = Files.getLastModifiedTime(f).toInstant();
            TextArticleReader reader = readerFor(origin, bytes, false);
            if (reader == null) {
                String ext = Urls.extension(origin);
                sink.accept(new IngestOutcome.Skipped(origin, (ext.isEmpty() ? "no file extension" : "unsupported file type ." + ext)
                        + " and the content is not recognisable as HTML, RSS/Atom or JSON"));
                return;
            }
            reader.read(bytes, new SourceInfo(origin, null, modified), null).forEach(sink);
        } catch (IOException | RuntimeException e) {
            sink.accept(new IngestOutcome.Skipped(origin, "cannot read file: " + TextArticleReader.oneLine(e)));
        }
    }

    /** Articles of an http(s) URL: a feed (every item) or one article page. */
    public List<IngestOutcome> ingestUrl(String url) {
        List<IngestOutcome> out = new ArrayList<>();
        ingestUrl(url, out::add);
        return out;
    }

    /** Streaming form of {@link #ingestUrl(String)}. Failures (network, HTTP status, size) become skips. */
    public void ingestUrl(String url, Consumer<IngestOutcome> sink) {
        try {
            if (!Urls.isHttp(url)) {
                sink.accept(new IngestOutcome.Skipped(url, "not an http(s) URL"));
                return;
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                    .timeout(options.httpTimeout())
                    .header("User-Agent", "Sitrep/0.1 (news ingest)")
                    .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/xml;q=0.9, */*;q=0.8")
                    .GET().build();
            HttpResponse<InputStream> resp = client().send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = resp.body()) {
                if (resp.statusCode() / 100 != 2) {
                    sink.accept(new IngestOutcome.Skipped(url, "HTTP status " + resp.statusCode()));
                    return;
                }
                byte[] bytes = readLimited(body);
                if (bytes == null) {
                    sink.accept(new IngestOutcome.Skipped(url, guard.sizeProblem(options.maxBytes() + 1)));
                    return;
                }
                String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                Matcher cs = CHARSET.matcher(type);
                String charset = cs.find() ? cs.group(1) : null;
                String finalUrl = resp.uri().toString();
                TextArticleReader reader = readerFor(sniffName(finalUrl, type), bytes, true);
                reader.read(bytes, new SourceInfo(url, finalUrl, null), charset).forEach(sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new IngestOutcome.Skipped(url, "cannot fetch: " + TextArticleReader.oneLine(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.accept(new IngestOutcome.Skipped(url, "fetch interrupted"));
        }
    }

    /** Articles read from a stream such as standard input; the format is sniffed (plain text if nothing else). */
    public List<IngestOutcome> ingestStream(InputStream in, String name) {
        List<IngestOutcome> out = new ArrayList<>();
        ingestStream(in, name, out::add);
        return out;
    }

    /** Streaming form of {@link #ingestStream(InputStream, String)}. */
    public void ingestStream(InputStream in, String name, Consumer<IngestOutcome> sink) {
        String origin = name == null || name.isBlank() ? "stdin" : name;
        try {
            byte[] bytes = readLimited(in);
            if (bytes == null) {
                sink.accept(new IngestOutcome.Skipped(origin, guard.sizeProblem(options.maxBytes() + 1)));
                return;
            }
            readerFor(origin, bytes, true).read(bytes, SourceInfo.named(origin), null).forEach(sink);
        } catch (IOException | RuntimeException e) {
            sink.accept(new IngestOutcome.Skipped(origin, "cannot read input: " + TextArticleReader.oneLine(e)));
        }
    }

    /** The reader for an input, or null; with {@code textFallback} plain text reads what nothing else claims. */
    private TextArticleReader readerFor(String name, byte[] bytes, boolean textFallback) {
        for (TextArticleReader r : readers) {
            if (r.accepts(name, bytes)) return r;
        }
        return textFallback ? plainText : null;
    }

    /** A name whose extension reflects the HTTP content type, so that the readers' rules apply. */
    private static String sniffName(String url, String contentType) {
        if (contentType.contains("rss") || contentType.contains("atom")) return url + "#.xml";
        if (contentType.contains("html")) return url + "#.html";
        if (contentType.contains("json")) return url + "#.json";
        return url;
    }

    /** All bytes, or null if there are more than the limit. */
    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        return bytes.length > options.maxBytes() ? null : bytes;
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(options.httpTimeout())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return http;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
