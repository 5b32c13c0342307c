package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestAssertions.onlyAccepted;
import static org.sitrep.ingest.IngestAssertions.onlyReport;
import static org.sitrep.ingest.IngestAssertions.onlySkipReason;
import static org.sitrep.ingest.IngestAssertions.utf8;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.Report.DateConfidence;

class HtmlReaderTest {
    final HtmlReader reader = new HtmlReader();

    static final String P1 = "<p>Ukrainian air defences shot down most of the drones launched at Odesa overnight, the "
            + "regional administration said, but debris started a fire near the port.</p>";
    static final String P2 = "<p>Firefighters put out the blaze by dawn and no one was hurt, officials said on Monday.</p>";

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body
                + "</body></html>";
    }

    @Test
    void readsMetadataAndTheArticleBodyOnly() {
        String html = page("""
                <title>Drones target Odesa port | Harbour Gazette</title>
                <meta property="og:title" content="Drones target Odesa port">
                <meta property="og:site_name" content="Harbour Gazette">
                <meta property="article:published_time" content="2024-12-02T06:30:00+02:00">
                <link rel="canonical" href="https://harbour.example/news/odesa-port">""",
                "<header><nav><a href=\"/\">Home</a> <a href=\"/war\">War</a></nav></header>"
                        + "<article><h1>Drones target Odesa port</h1>"
                        + "<figure><img src=\"/img/port.jpg\" alt=\"Port\"><figcaption>Smoke over the port at dawn.</figcaption></figure>"
                        + P1 + "<div class=\"share-buttons\"><a href=\"#\">Share on X</a></div>" + P2
                        + "<aside class=\"support-box\"><p>Please donate to keep our reporters in the field.</p></aside>"
                        + "<section><h2>Sources</h2><ul><li>Regional administration statement</li></ul></section></article>"
                        + "<footer><p>All rights reserved.</p></footer>");
        Report r = onlyReport(reader.read(utf8(html), "odesa.html"));
        assertThat(r.title()).isEqualTo("Drones target Odesa port");
        assertThat(r.outlet()).isEqualTo("Harbour Gazette");
        assertThat(r.url()).isEqualTo("https://harbour.example/news/odesa-port");
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-02T04:30:00Z"));
        assertThat(r.publishedConfidence()).isEqualTo(DateConfidence.HIGH);
        assertThat(r.text().split("\n")).hasSize(2);
        assertThat(r.text()).startsWith("Ukrainian air defences").endsWith("officials said on Monday.")
                .doesNotContain("Home").doesNotContain("Share").doesNotContain("donate").doesNotContain("Sources")
                .doesNotContain("Smoke over the port");
        assertThat(r.media()).extracting(Report.Media::caption).containsExactly("Smoke over the port at dawn.");
        assertThat(r.format()).isEqualTo("html");
    }

    @Test
    void datePublishedFromJsonLdOrTimeElementAndOutletFromDomain() {
        String html = page("<title>Drones target Odesa port</title><script type=\"application/ld+json\">"
                        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                        + "\"datePublished\":\"2024-12-02T06:30:00Z\"}]}</script>"
                        + "<meta property=\"og:url\" content=\"https://www.harbour.example/odesa\">",
                "<main>" + P1 + P2 + "</main>");
        Report r = onlyReport(reader.read(utf8(html), "odesa.html"));
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-02T06:30:00Z"));
        assertThat(r.outlet()).isEqualTo("harbour.example");
        assertThat(r.title()).isEqualTo("Drones target Odesa port");

        String withTime = page("<title>Drones target Odesa port - Harbour Gazette</title>",
                "<article><p><time datetime=\"2024-12-01\">Sunday</time></p>" + P1 + "</article>");
        Report t = onlyReport(reader.read(utf8(withTime), "t.html"));
        assertThat(t.published()).isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
        assertThat(t.title()).isEqualTo("Drones target Odesa port");
    }

    @Test
    void withoutAnArticleElementTheLargestTextBlockIsTheBody() {
        String html = page("<title>Odesa</title>", "<div class=\"menu-col\"><p><a href=\"/a\">Odesa</a></p></div>"
                + "<div class=\"content\"><h1>Drones target Odesa port</h1>" + P1 + P2 + "</div>");
        Report r = onlyReport(reader.read(utf8(html), "odesa.html"));
        assertThat(r.text()).startsWith("Ukrainian air defences");
    }

    @Test
    void truncatedMarkupIsReadWithAWarning() throws IOException {
        IngestOutcome.Accepted a = onlyAccepted(reader.read(InputGuardTest.fixture("truncated.html"), "truncated.html"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("truncated"));
        assertThat(a.report().text()).startsWith("Russian artillery shelled").doesNotContain("Related")
                .doesNotContain("Home");
        assertThat(a.report().outlet()).isEqualTo("Kyiv Desk");
    }

    @Test
    void aPageWithoutArticleTextIsSkipped() throws IOException {
        assertThat(onlySkipReason(reader.read(InputGuardTest.fixture("nobody.html"), "nobody.html")))
                .isEqualTo("no article text found");
    }

    @Test
    void sniffsHtmlWithoutAnExtension() {
        assertThat(reader.accepts("article", utf8("  <!doctype html><html>"))).isTrue();
        assertThat(reader.accepts("article.txt", utf8("<!doctype html><html>"))).isFalse();
        assertThat(reader.accepts("page.htm", utf8("anything"))).isTrue();
    }
}
