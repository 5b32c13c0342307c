package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

class CopyDetectorTest {
    @TempDir
    Path dir;

    /** A fixture article of src/test/resources/fuse as a report: title line, outlet line, "Mon d, yyyy - hh:mm", body. */
    static Report article(String name) throws IOException {
        try (InputStream in = CopyDetectorTest.class.getResourceAsStream("/fuse/" + name)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String body = String.join("\n", List.of(lines).subList(5, lines.length));
            java.time.LocalDateTime t = java.time.LocalDateTime.parse(lines[3].trim(),
                    java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy - HH:mm", java.util.Locale.ENGLISH));
            Instant published = t.toInstant(java.time.ZoneOffset.UTC);
            String id = Integer.toHexString(name.hashCode());
            return new Report(id, "h" + id, lines[2].trim(), null, published, Report.DateConfidence.MEDIUM, lines[0].trim(), body,
                    List.of(), name, "txt");
        }
    }

    static void save(Store st, Report r) {
        st.saveReport(r, List.of(), 1, List.of(), List.of());
    }

    @Test
    void anAgencyCopyWithItsOwnHeadlineAndAnAddedLineIsACopyOfTheEarlierOriginal() throws IOException {
        Report orig = article("2024-12-01_plains-daily_saraqib.txt"), copy = article("2024-12-01_metro-reprint_saraqib-copy.txt");
        for (boolean copyFirst : new boolean[] {false, true}) {
            try (Store st = Store.open(dir.resolve("s" + copyFirst + ".db"))) {
                CopyDetector d = new CopyDetector(st);
                for (Report r : copyFirst ? List.of(copy, orig) : List.of(orig, copy)) {
                    d.register(r);
                    save(st, r);
                }
                for (int again = 0; again < 2; again++) {
                    assertThat(d.copyOf(copy.id())).isEqualTo(orig.id());
                    assertThat(d.copyOf(orig.id())).isNull();
                    assertThat(d.originalOf(copy.id())).isEqualTo(orig.id());
                    // processing both reports again, in either order, keeps the relation
                    for (Report r : again == 0 ? List.of(copy, orig) : List.of(orig, copy)) d.register(r);
                }
            }
        }
        double[] sim = CopyDetector.similarity(CopyDetector.shingles(orig.text()), CopyDetector.shingles(copy.text()));
        assertThat(sim[0]).isGreaterThanOrEqualTo(CopyDetector.JACCARD);
    }

    @Test
    void independentReportsOfTheSameEventAreNotCopies() throws IOException {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            CopyDetector d = new CopyDetector(st);
            for (String n : List.of("2024-12-01_cedar-courier_saraqib.txt", "2024-12-01_harbor-post_saraqib.txt",
                    "2024-12-01_plains-daily_saraqib.txt")) {
                Report r = article(n);
                assertThat(d.register(r)).isEmpty();
                save(st, r);
                assertThat(d.copyOf(r.id())).isNull();
            }
        }
    }

    @Test
    void reRegisteringAReportFindsNoCopyOfItself() throws IOException {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            CopyDetector d = new CopyDetector(st);
            Report r = article("2024-12-01_plains-daily_saraqib.txt");
            d.register(r);
            save(st, r);
            assertThat(d.register(r)).isEmpty();
            assertThat(st.queryOne("SELECT count(*) FROM minhash_band WHERE report_id = ?", rs -> rs.getInt(1), r.id())).contains(32);
        }
    }
}
