package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestAssertions.onlySkipReason;
import static org.sitrep.ingest.IngestAssertions.utf8;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.Report.DateConfidence;

class FeedReaderTest {
    final FeedReader reader = new FeedReader();

    static final String BODY = "&lt;p&gt;Ukrainian air defences shot down most of the drones launched at Odesa overnight, "
            + "the regional administration said.&lt;/p&gt;&lt;p&gt;Follow us on social media.&lt;/p&gt;";

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour.example/</link>
            <description>News</description>
            <item><title>Drones target Odesa port</title><link>https://harbour.example/2024/12/02/odesa</link>
            <pubDate>Mon, 02 Dec 2024 06:30:00 GMT</pubDate>
            <description>%s</description>
            <enclosure url="https://harbour.example/img/port.jpg" type="image/jpeg" length="1000"/></item>
            <item><title>Empty item</title><link>https://harbour.example/empty</link><description></description></item>
            </channel></rss>
            """.formatted(BODY);

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Delta Wire</title><id>urn:x</id>
            <updated>2024-12-03T10:00:00Z</updated>
            <entry><title>Ferry service resumes</title><id>urn:1</id>
            <link href="https://delta.example/2024/12/03/ferry"/>
            <updated>2024-12-03T09:15:00Z</updated>
            <content type="html">%s</content></entry></feed>
            """.formatted(BODY);

    @Test
    void readsRssItemsWithDatesOutletAndCleanedHtml() {
        List<IngestOutcome> out = reader.read(utf8(RSS), "feed.xml");
        assertThat(out).hasSize(2);
        Report r = ((IngestOutcome.Accepted) out.get(0)).report();
        assertThat(r.title()).isEqualTo("Drones target Odesa port");
        assertThat(r.url()).isEqualTo("https://harbour.example/2024/12/02/odesa");
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-02T06:30:00Z"));
        assertThat(r.publishedConfidence()).isEqualTo(DateConfidence.HIGH);
        assertThat(r.outlet()).isEqualTo("Harbour Gazette");
        assertThat(r.text()).startsWith("Ukrainian air defences").doesNotContain("<p>").doesNotContain("Follow us");
        assertThat(r.media()).extracting(Report.Media::url).containsExactly("https://harbour.example/img/port.jpg");
        assertThat(r.origin()).isEqualTo("feed.xml#1");
        assertThat(r.format()).isEqualTo("feed");
        assertThat(out.get(1)).isEqualTo(new IngestOutcome.Skipped("feed.xml#2", "no article text found"));
    }

    @Test
    void readsAtomEntries() {
        List<IngestOutcome> out = reader.read(utf8(ATOM), "delta.atom");
        Report r = ((IngestOutcome.Accepted) out.get(0)).report();
        assertThat(r.title()).isEqualTo("Ferry service resumes");
        assertThat(r.url()).isEqualTo("https://delta.example/2024/12/03/ferry");
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-03T09:15:00Z"));
        assertThat(r.outlet()).isEqualTo("Delta Wire");
    }

    @Test
    void anXmlFileThatIsNotAFeedIsSkipped() {
        assertThat(onlySkipReason(reader.read(utf8("<?xml version=\"1.0\"?><catalog><book/></catalog>"), "c.xml")))
                .startsWith("not a readable RSS/Atom feed");
    }

    @Test
    void sniffsFeedsWithoutAnExtension() {
        assertThat(reader.accepts("https://harbour.example/rss", utf8(RSS))).isTrue();
        assertThat(reader.accepts("stdin", utf8(ATOM))).isTrue();
        assertThat(reader.accepts("stdin", utf8("<html></html>"))).isFalse();
    }
}
