package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

/** Every file of the repository's samples folder yields at least one report with title, outlet and date. */
class SamplesTest {

    static Path samples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) p = p.getParent();
        assertThat(p).as("samples folder above " + Path.of("").toAbsolutePath()).isNotNull();
        return p.resolve("samples");
    }

    @Test
    void everySampleFileYieldsADatedReportWithTitleAndOutlet() throws IOException {
        Ingestor ingestor = new Ingestor();
        List<Path> files;
        try (Stream<Path> s = Files.list(samples())) {
            files = s.filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path f : files) {
            List<Report> reports = ingestor.ingestPath(f).stream()
                    .filter(o -> o instanceof IngestOutcome.Accepted)
                    .map(o -> ((IngestOutcome.Accepted) o).report())
                    .toList();
            assertThat(reports).as(f.getFileName().toString()).isNotEmpty();
            for (Report r : reports) {
                assertThat(r.title()).as(r.origin()).isNotBlank();
                assertThat(r.outlet()).as(r.origin()).isNotEqualTo("unknown");
                assertThat(r.published()).as(r.origin()).isNotNull();
                assertThat(r.publishedConfidence()).as(r.origin()).isIn(Report.DateConfidence.HIGH, Report.DateConfidence.MEDIUM);
            }
        }
    }
}
