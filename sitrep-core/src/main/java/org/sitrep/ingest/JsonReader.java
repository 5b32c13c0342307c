package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles from JSON: a {@code .json} file holding one object, an array of objects, or an object with an
 * "articles"/"items" array; a {@code .jsonl}/{@code .ndjson} file holding one object per line.
 *
 * <p>Fields (first present wins): title|headline; text|body|content (plain text) or html (cleaned like a page);
 * url|link; published|date|datePublished|published_at|pubDate (HIGH confidence); outlet|source|publisher|site
 * (a string, or an object with a "name"). A malformed JSON line is skipped with its line number and the other
 * lines are still read; an element that is not an object is skipped with its position.
 */
public final class JsonReader extends TextArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonReader() {
        this(new InputGuard(), new ReportAssembler());
    }

    public JsonReader(InputGuard guard, ReportAssembler assembler) {
        super(guard, assembler);
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        if (Formats.hasExtension(name, Formats.JSON)) return true;
        return !Formats.knownExtension(name) && Formats.looksLikeJson(Formats.head(head));
    }

    @Override
    protected List<IngestOutcome> readText(String text, SourceInfo source, List<String> warnings) {
        String ext = Urls.extension(source.origin());
        boolean lines = ext.equals("jsonl") || ext.equals("ndjson") || (!ext.equals("json") && looksLikeJsonLines(text));
        return lines ? readLines(text, source, warnings) : readDocument(text, source, warnings);
    }

    private List<IngestOutcome> readLines(String text, SourceInfo source, List<String> warnings) {
        List<IngestOutcome> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            SourceInfo item = source.item(":" + (i + 1));
            try {
                out.add(article(JSON.readTree(line), item, warnings, "line " + (i + 1)));
            } catch (JsonProcessingException e) {
                out.add(new IngestOutcome.Skipped(item.origin(), "line " + (i + 1) + ": malformed JSON ("
                        + oneLine(new RuntimeException(e.getOriginalMessage())) + ")"));
            }
        }
        if (out.isEmpty()) out.add(new IngestOutcome.Skipped(source.origin(), "no JSON objects found"));
        return out;
    }

    private List<IngestOutcome> readDocument(String text, SourceInfo source, List<String> warnings) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            return List.of(new IngestOutcome.Skipped(source.origin(), "malformed JSON"
                    + (line > 0 ? " at line " + line : "") + " (" + oneLine(new RuntimeException(e.getOriginalMessage())) + ")"));
        }
        if (root != null && root.isObject()) {
            for (String k : List.of("articles", "items", "data")) {
                if (root.path(k).isArray()) {
                    root = root.path(k);
                    break;
                }
            }
        }
        if (root == null || !root.isArray()) return List.of(article(root, source, warnings, "the document"));
        List<IngestOutcome> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            out.add(article(root.get(i), root.size() == 1 ? source : source.item("#" + (i + 1)), warnings, "element " + (i + 1)));
        }
        if (out.isEmpty()) out.add(new IngestOutcome.Skipped(source.origin(), "empty JSON array"));
        return out;
    }

    private IngestOutcome article(JsonNode n, SourceInfo source, List<String> warnings, String where) {
        if (n == null || !n.isObject()) return new IngestOutcome.Skipped(source.origin(), where + " is not a JSON object");
        ArticleDraft.Builder d = ArticleDraft.builder("json").warnings(warnings);
        d.title(text(n, "title", "headline"));
        String body = text(n, "text", "body", "content");
        if (body != null) {
            d.paragraphs(TextCleaner.paragraphs(body));
        } else {
            String html = text(n, "html");
            if (html != null) {
                HtmlText.Extracted x = HtmlReader.fragment(html);
                d.paragraphs(x.paragraphs());
                x.media().forEach(d::media);
            }
        }
        d.url(text(n, "url", "link"));
        String published = text(n, "published", "date", "datePublished", "published_at", "pubDate");
        if (published != null) {
            Datelines.parse(published).ifPresentOrElse(d::metaDate,
                    () -> d.warning("unreadable date '" + published + "' ignored"));
        }
        d.outlet(text(n, "outlet", "source", "publisher", "site"));
        return assembler.finish(d.build(), source);
    }

    /** The first of {@code keys} holding text (or an object with a text "name"). */
    private static String text(JsonNode n, String... keys) {
        for (String k : keys) {
            JsonNode v = n.get(k);
            if (v == null) continue;
            if (v.isTextual() && !v.asText().isBlank()) return v.asText();
            if (v.isObject() && v.path("name").isTextual()) return v.path("name").asText();
        }
        return null;
    }

    private static boolean looksLikeJsonLines(String text) {
        String[] lines = text.strip().split("\r?\n");
        return lines.length > 1 && lines[0].strip().startsWith("{") && lines[0].strip().endsWith("}");
    }
}
