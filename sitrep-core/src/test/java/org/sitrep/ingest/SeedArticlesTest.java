package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestAssertions.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.Report.DateConfidence;
import org.sitrep.testing.Shared;

/**
 * The two real-world seed articles (read from the shared folder, never copied): a headline+lede printed twice
 * around a dateline with a donation trailer, and a Markdown-image article with captions, headings and a "Sources"
 * list. Expectations are derived from the raw files, not hard-coded article text.
 */
class SeedArticlesTest {
    static Path first;
    static Path second;
    static List<String> firstLines;
    static List<String> secondLines;
    static IngestOutcome.Accepted firstOut;
    static IngestOutcome.Accepted secondOut;

    @BeforeAll
    static void ingest() throws IOException {
        try (Stream<Path> s = Files.list(Shared.seeds())) {
            List<Path> seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            first = seeds.get(0);
            second = seeds.get(1);
        }
        firstLines = Files.readAllLines(first);
        secondLines = Files.readAllLines(second);
        Ingestor ingestor = new Ingestor();
        firstOut = (IngestOutcome.Accepted) ingestor.ingestPath(first).get(0);
        secondOut = (IngestOutcome.Accepted) ingestor.ingestPath(second).get(0);
    }

    @Test
    void firstSeedHasItsTitleOnceAndItsLedeOnce() {
        Report r = firstOut.report();
        String headline = firstLines.get(0).strip();
        String lede = nonBlank(firstLines).get(1);
        assertThat(r.title()).isEqualTo(headline);
        assertThat(count(r.title() + "\n" + r.text(), headline)).isEqualTo(1);
        assertThat(count(r.text(), lede)).isEqualTo(1);
        assertThat(r.text()).startsWith(lede);
    }

    @Test
    void firstSeedIsDatedByItsDateline() {
        assertThat(firstOut.report().published()).isEqualTo(Instant.parse("2024-12-01T02:00:00Z"));
        assertThat(firstOut.report().publishedConfidence()).isEqualTo(DateConfidence.MEDIUM);
    }

    @Test
    void firstSeedLosesItsDonationTrailer() {
        String trailer = nonBlank(firstLines).get(nonBlank(firstLines).size() - 1);
        assertThat(trailer.toLowerCase()).contains("patron");
        assertThat(firstOut.report().text()).doesNotContain(trailer).doesNotContainIgnoringCase("patron");
        String lastBodyLine = nonBlank(firstLines).get(nonBlank(firstLines).size() - 2).replaceFirst("^\\W+", "");
        assertThat(firstOut.report().text()).endsWith(lastBodyLine);
    }

    @Test
    void secondSeedImagesAndCaptionsAreMediaNotBody() {
        Report r = secondOut.report();
        List<String> imageLines = secondLines.stream().filter(l -> l.startsWith("![")).toList();
        assertThat(imageLines).isNotEmpty();
        assertThat(r.media()).hasSameSizeAs(imageLines);
        for (String img : imageLines) {
            String url = img.substring(img.lastIndexOf("](") + 2, img.length() - 1);
            assertThat(r.media()).anyMatch(m -> m.url().equals(url));
            assertThat(r.text()).doesNotContain(url);
        }
        String caption = imageLines.get(0).substring(2, imageLines.get(0).indexOf("]("));
        assertThat(r.media().get(0).caption()).isEqualTo(caption);
        assertThat(r.text()).doesNotContain(caption).doesNotContain("![");
        assertThat(r.title()).isEqualTo(secondLines.get(0).strip());
    }

    @Test
    void secondSeedLosesItsSourcesList() {
        int sources = secondLines.indexOf("Sources");
        assertThat(sources).isPositive();
        for (String item : secondLines.subList(sources + 1, secondLines.size())) {
            if (!item.isBlank()) assertThat(secondOut.report().text()).doesNotContain(item.replaceFirst("^- ", ""));
        }
        assertThat(secondOut.report().text()).doesNotContain("\nSources");
        assertThat(secondOut.report().text()).endsWith(secondLines.get(sources - 1).strip());
    }

    @Test
    void secondSeedIsDatedByTheLatestImagePathWithLowConfidence() {
        assertThat(secondOut.report().published()).isEqualTo(Instant.parse("2024-12-04T00:00:00Z"));
        assertThat(secondOut.report().publishedConfidence()).isEqualTo(DateConfidence.LOW);
        assertThat(secondOut.warnings()).anyMatch(w -> w.contains("URL path"));
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
