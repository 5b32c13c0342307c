package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestAssertions.count;
import static org.sitrep.ingest.IngestAssertions.onlyAccepted;
import static org.sitrep.ingest.IngestAssertions.onlyReport;
import static org.sitrep.ingest.IngestAssertions.onlySkipReason;
import static org.sitrep.ingest.IngestAssertions.utf8;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.Report.DateConfidence;

class PlainTextReaderTest {
    final PlainTextReader reader = new PlainTextReader();

    static final String P1 = "Ukrainian air defences shot down most of the drones launched at Odesa overnight, the regional "
            + "administration said, but debris started a fire in a warehouse near the port.";
    static final String P2 = "Firefighters put out the blaze by dawn. No one was hurt, officials said.";

    @Test
    void readsTheSampleLayout() {
        String text = "Drones target Odesa port overnight\n\nHarbour Gazette\nDec 2, 2024 - 06:30\n\n" + P1 + "\n\n" + P2 + "\n";
        Report r = onlyReport(reader.read(utf8(text), "odesa.txt"));
        assertThat(r.title()).isEqualTo("Drones target Odesa port overnight");
        assertThat(r.outlet()).isEqualTo("Harbour Gazette");
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-02T06:30:00Z"));
        assertThat(r.publishedConfidence()).isEqualTo(DateConfidence.MEDIUM);
        assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
        assertThat(r.format()).isEqualTo("txt");
        assertThat(r.origin()).isEqualTo("odesa.txt");
    }

    @Test
    void findsTheDatelineAfterARepeatedHeadlineAndLede() {
        String title = "Drones target Odesa port overnight";
        String text = title + "\n\n" + P1 + "\n\nDec 2, 2024 - 06:30\n" + title + "\n\n" + P1 + "\n\n" + P2
                + "\n\nSupport the Harbour Gazette or become our patron!";
        Report r = onlyReport(reader.read(utf8(text), "odesa.txt"));
        assertThat(count(r.title() + "\n" + r.text(), title)).isEqualTo(1);
        assertThat(count(r.text(), P1)).isEqualTo(1);
        assertThat(r.text()).doesNotContain("patron");
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-02T06:30:00Z"));
    }

    @Test
    void usesASourceLineAsOutletWhenNothingElseNamesOne() {
        String text = "Drones target Odesa port\n\nDec 2, 2024 - 06:30\n\nSource: Harbour Gazette\n\n" + P1;
        IngestOutcome.Accepted a = onlyAccepted(reader.read(utf8(text), "odesa.txt"));
        assertThat(a.report().outlet()).isEqualTo("Harbour Gazette");
        assertThat(a.report().text()).isEqualTo(P1);
        assertThat(a.warnings()).anyMatch(w -> w.contains("Source"));
    }

    @Test
    void markdownImagesAndCaptionsGoToMedia() {
        String md = "# Drones target Odesa port\n\n**Harbour Gazette** · Dec 2, 2024 - 06:30\n\n"
                + "![A burned warehouse roof at dawn](https://img.example/2024/12/02/roof.jpg)\n"
                + "A burned warehouse roof at dawn\n\n" + P1 + "\n\n## What happens next\n\n"
                + "![IMG_2231.jpg (800×600)](https://img.example/2024/12/02/port.jpg)\n" + P2 + "\n";
        Report r = onlyReport(reader.read(utf8(md), "odesa.md"));
        assertThat(r.title()).isEqualTo("Drones target Odesa port");
        assertThat(r.outlet()).isEqualTo("Harbour Gazette");
        assertThat(r.format()).isEqualTo("md");
        assertThat(r.media()).containsExactly(
                new Report.Media("https://img.example/2024/12/02/roof.jpg", "A burned warehouse roof at dawn"),
                new Report.Media("https://img.example/2024/12/02/port.jpg", null));
        assertThat(r.text()).doesNotContain("burned warehouse roof").doesNotContain("https://").doesNotContain("#")
                .contains("What happens next").contains(P2);
    }

    @Test
    void withoutADatelineTheDateComesFromImagePathsWithLowConfidence() {
        String text = "Drones target Odesa port\n![](https://img.example/2024/11/30/a.jpg)\n"
                + "![](https://img.example/2024/12/03/b.jpg)\n" + P1 + "\n" + P2;
        IngestOutcome.Accepted a = onlyAccepted(reader.read(utf8(text), "odesa.txt"));
        assertThat(a.report().published()).isEqualTo(Instant.parse("2024-12-03T00:00:00Z"));
        assertThat(a.report().publishedConfidence()).isEqualTo(DateConfidence.LOW);
        assertThat(a.warnings()).anyMatch(w -> w.contains("URL path"));
    }

    @Test
    void aSingleParagraphWithAPlaceDatelineGetsATitleFromItsFirstSentence() {
        String text = "Odesa, 2 December 2024. " + P1;
        IngestOutcome.Accepted a = onlyAccepted(reader.read(utf8(text), "odesa.txt"));
        assertThat(a.report().title()).startsWith("Ukrainian air defences shot down");
        assertThat(a.report().published()).isEqualTo(Instant.parse("2024-12-02T00:00:00Z"));
        assertThat(a.report().publishedConfidence()).isEqualTo(DateConfidence.MEDIUM);
        assertThat(a.warnings()).anyMatch(w -> w.contains("no headline"));
    }

    @Test
    void noDateAtAllIsRecordedAsNone() {
        IngestOutcome.Accepted a = onlyAccepted(reader.read(utf8("Drones target Odesa port\n\n" + P1), "odesa.txt"));
        assertThat(a.report().published()).isNull();
        assertThat(a.report().publishedConfidence()).isEqualTo(DateConfidence.NONE);
        assertThat(a.warnings()).contains("no publication date found");
    }

    @Test
    void aHeadlineWithoutBodyIsSkipped() {
        assertThat(onlySkipReason(reader.read(utf8("Drones target Odesa port\n\nDec 2, 2024\n"), "odesa.txt")))
                .isEqualTo("no article text found");
    }

    @Test
    void theContentHashIgnoresLayoutAndNamesTheReport() {
        Report a = onlyReport(reader.read(utf8("Drones target Odesa port\n\n" + P1 + "\n\n" + P2), "a.txt"));
        Report b = onlyReport(reader.read(utf8("Drones  target Odesa port\r\n\r\n" + P1 + "\r\n" + P2 + "\r\n"), "b.txt"));
        Report c = onlyReport(reader.read(utf8("Drones target Odesa port\n\n" + P1), "c.txt"));
        assertThat(a.contentHash()).isEqualTo(b.contentHash()).matches("[0-9a-f]{64}").isNotEqualTo(c.contentHash());
        assertThat(a.id()).isEqualTo(a.contentHash().substring(0, 16));
        assertThat(a.contentHash()).isEqualTo(ContentHash.of(a.title(), a.text()));
    }
}
