package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Report;

/**
 * Reads one article from an HTML page (.html, .htm, or content that sniffs as HTML), with jsoup.
 *
 * <ul>
 *   <li>title: {@code og:title}, {@code twitter:title}, the article's {@code <h1>}, then {@code <title>} without
 *       a " | Site" / " - Site" suffix;</li>
 *   <li>published (HIGH): meta {@code article:published_time}, {@code og:published_time},
 *       {@code itemprop=datePublished}, JSON-LD {@code datePublished}, meta date/pubdate/DC.date, then the
 *       article's first {@code <time datetime>};</li>
 *   <li>outlet: {@code og:site_name}, JSON-LD publisher name, {@code application-name}, else the domain of the
 *       URL; URL: {@code <link rel=canonical>}, {@code og:url}, else the address it was fetched from;</li>
 *   <li>body: the {@code <article>} with most text, else {@code itemprop=articleBody}, {@code <main>}, the block
 *       with most paragraph text, the whole body — cleaned by {@link HtmlText} then {@link TextCleaner};</li>
 *   <li>truncated markup (no closing {@code </body>}/{@code </html>}, or cut inside a tag) is read as far as it
 *       goes, with a warning.</li>
 * </ul>
 */
public final class HtmlReader extends TextArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public HtmlReader() {
        this(new InputGuard(), new ReportAssembler());
    }

    public HtmlReader(InputGuard guard, ReportAssembler assembler) {
        super(guard, assembler);
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        if (Formats.hasExtension(name, Formats.HTML)) return true;
        return !Formats.knownExtension(name) && Formats.looksLikeHtml(Formats.head(head));
    }

    @Override
    protected List<IngestOutcome> readText(String text, SourceInfo source, List<String> warnings) {
        Document doc = Jsoup.parse(text, source.url() == null ? "" : source.url());
        ArticleDraft.Builder d = ArticleDraft.builder("html").warnings(warnings);
        if (looksTruncated(text)) d.warning("HTML looks truncated or malformed (no closing </body> or </html>); read as far as it goes");
        metadata(doc, d);
        Element root = bodyRoot(doc);
        if (!d.hasTitle()) {
            Element h1 = root.selectFirst("h1");
            d.title(h1 == null ? null : h1.text());
            d.title(pageTitle(doc));
        }
        HtmlText.Extracted x = HtmlText.extract(root);
        d.paragraphs(x.paragraphs());
        x.media().forEach(d::media);
        String ogImage = meta(doc, "og:image");
        if (ogImage != null) d.media(new Report.Media(ogImage, null));
        Element time = root.selectFirst("time[datetime]");
        if (time != null) Datelines.parse(time.attr("datetime")).ifPresent(d::metaDate);
        d.url(source.url());
        return List.of(assembler.finish(d.build(), source));
    }

    /** Reads title, date, outlet and URL from meta tags and JSON-LD. */
    static void metadata(Document doc, ArticleDraft.Builder d) {
        d.title(meta(doc, "og:title"));
        d.title(meta(doc, "twitter:title"));
        for (String k : List.of("article:published_time", "og:published_time", "og:article:published_time",
                "datePublished")) {
            Optional.ofNullable(meta(doc, k)).flatMap(Datelines::parse).ifPresent(d::metaDate);
        }
        Element itemTime = doc.selectFirst("[itemprop=datePublished][datetime]");
        if (itemTime != null) Datelines.parse(itemTime.attr("datetime")).ifPresent(d::metaDate);
        jsonLd(doc, "datePublished").flatMap(Datelines::parse).ifPresent(d::metaDate);
        for (String k : List.of("date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created",
                "parsely-pub-date", "sailthru.date")) {
            Optional.ofNullable(meta(doc, k)).flatMap(Datelines::parse).ifPresent(d::metaDate);
        }
        d.outlet(meta(doc, "og:site_name"));
        jsonLd(doc, "publisher").ifPresent(d::outlet);
        d.outlet(meta(doc, "application-name"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) d.url(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"));
        d.url(meta(doc, "og:url"));
    }

    /** The content of a meta tag named by property, name or itemprop (case-insensitive), or null. */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (m.attr(attr).equalsIgnoreCase(key) && !m.attr("content").isBlank()) return m.attr("content").strip();
            }
        }
        return null;
    }

    /** A field of the page's JSON-LD ("datePublished", or "publisher" giving the publisher's name). */
    private static Optional<String> jsonLd(Document doc, String field) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<String> v = find(JSON.readTree(s.data()), field, 0);
                if (v.isPresent()) return v;
            } catch (Exception e) {
                // malformed JSON-LD is common; ignore it
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(JsonNode n, String field, int depth) {
        if (n == null || depth > 6) return Optional.empty();
        if (n.isObject()) {
            JsonNode v = n.get(field);
            if (v != null) {
                if (v.isTextual()) return Optional.of(v.asText());
                if (v.isObject() && v.path("name").isTextual()) return Optional.of(v.path("name").asText());
            }
            for (JsonNode c : n) {
                Optional<String> r = find(c, field, depth + 1);
                if (r.isPresent()) return r;
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                Optional<String> r = find(c, field, depth + 1);
                if (r.isPresent()) return r;
            }
        }
        return Optional.empty();
    }

    private static Element bodyRoot(Document doc) {
        Element best = null;
        for (Element a : doc.select("article")) {
            if (best == null || a.text().length() > best.text().length()) best = a;
        }
        if (best != null && best.text().length() > 0) return best;
        for (String q : List.of("[itemprop=articleBody]", "main", "[role=main]")) {
            Element e = doc.selectFirst(q);
            if (e != null && !e.text().isBlank()) return e;
        }
        Element densest = null;
        int most = 0;
        for (Element e : doc.body().select("div, section, td")) {
            int len = 0;
            for (Element p : e.children()) if (p.normalName().equals("p")) len += p.text().length();
            if (len > most) {
                most = len;
                densest = e;
            }
        }
        return densest != null ? densest : doc.body();
    }

    private static String pageTitle(Document doc) {
        String t = doc.title();
        if (t == null || t.isBlank()) return null;
        List<String> parts = new ArrayList<>(List.of(t.split("\\s+[|–—-]\\s+")));
        if (parts.size() > 1) {
            parts.sort((a, b) -> b.length() - a.length());
            return parts.get(0);
        }
        return t;
    }

    private static boolean looksTruncated(String html) {
        String tail = html.strip();
        String lower = tail.toLowerCase(Locale.ROOT);
        boolean closed = lower.contains("</html>") || lower.contains("</body>");
        return !closed || tail.lastIndexOf('<') > tail.lastIndexOf('>');
    }

    /** Body paragraphs and images of an HTML fragment (feed description, JSON "html" field). */
    static HtmlText.Extracted fragment(String html) {
        return HtmlText.extract(Jsoup.parseBodyFragment(html).body());
    }
}
