package org.sitrep.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.Fixtures;
import org.sitrep.store.Store;

class SitrepBuilderTest {
    @TempDir
    static Path dir;
    static Sitrep week;

    @BeforeAll
    static void build() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Fixtures.week(st);
            week = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 4), 7);
        }
    }

    @Test
    void takeawaysAreRankedCitedAndTheirFiguresComeFromTheData() {
        assertThat(week.takeaways()).hasSizeBetween(5, 10);
        assertThat(week.takeaways().get(0).why()).contains("control change");
        assertThat(week.takeaways()).allSatisfy(t -> assertThat(t.citations()).isNotEmpty());
        // Saraqib: three independent outlets by the cutoff (the agency copy adds none, the 6 December report is too late)
        assertThat(week.takeaways()).anySatisfy(t -> assertThat(t.text())
                .startsWith("Syrian opposition took control of Saraqib from Syrian army on 1 December 2024")
                .contains("Corroborated by 3 independent outlets"));
        assertThat(week.takeaways()).anySatisfy(t -> assertThat(t.text()).contains("Idlib", "at least 14 killed",
                "Disputed: denied by the Russian defence ministry"));
        assertThat(week.takeaways()).anySatisfy(t -> assertThat(t.text()).contains("Sergei Lavrov (Russia) spoke by phone with Hakan Fidan (Turkey)"));
        assertThat(week.takeaways()).noneSatisfy(t -> assertThat(t.text()).contains("Late Gazette"));
        assertThat(week.summary().outlets()).isEqualTo(8);
    }

    @Test
    void everyCitationNumberPointsAtASourceWithItsEvidence() {
        Set<Integer> numbers = new HashSet<>();
        for (Sitrep.Citation c : week.citations()) {
            numbers.add(c.number());
            assertThat(c.quote()).isNotBlank();
        }
        assertThat(numbers).hasSize(week.citations().size());
        week.takeaways().forEach(t -> assertThat(numbers).containsAll(t.citations()));
        week.changes().forEach(s -> assertThat(numbers).containsAll(s.citations()));
        assertThat(week.citations()).extracting(Sitrep.Citation::outlet).doesNotContain("Late Gazette");
        assertThat(week.citations()).anySatisfy(c -> {
            assertThat(c.outlet()).isEqualTo("Volga Wire");
            assertThat(c.contradicts()).isTrue();
        });
    }

    @Test
    void whatChangedListsTheControlChangesOfTheWindow() {
        assertThat(week.changes()).extracting(Sitrep.Statement::text)
                .anySatisfy(t -> assertThat(t).startsWith("Control of Souran changed on 3 December 2024: Syrian rebels/opposition (assessed"))
                .anySatisfy(t -> assertThat(t).startsWith("Control of Souran changed on 4 December 2024: Syrian army (assessed"))
                .anySatisfy(t -> assertThat(t).contains("12 villages"));
        assertThat(week.control()).extracting(c -> c.name() + "=" + c.holder()).contains("Souran=SYRREB", "Saraqib=SYRREB");
    }

    @Test
    void rendersSelfContainedHtmlMarkdownAndPdf() throws Exception {
        String html = new HtmlRenderer().render(week);
        assertThat(html).contains("Information cutoff: 2024-12-04 23:59:59 UTC", "<svg", "Key takeaways", "What changed");
        assertThat(html).doesNotContain(" src=", "url(", "<link", "<script");
        assertThat(html.split("<path d=\"M").length).isGreaterThan(10);
        String md = new MarkdownRenderer().render(week);
        assertThat(md).contains("## Key takeaways", "1. ", "data:image/svg+xml;base64,");
        byte[] pdf = new PdfRenderer().render(week);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path out = Path.of("target", "sitrep-test");
        Files.createDirectories(out);
        Files.writeString(out.resolve("week.html"), html);
        Files.writeString(out.resolve("week.md"), md);
        Files.write(out.resolve("week.pdf"), pdf);
    }

    @Test
    void hypotheticalYearLongAndSingleOutletMinorEventsAreNotTakeawaysWhenSignificantOnesExist() {
        try (Store st = Store.open(dir.resolve("weak.db"))) {
            Fixtures.week(st);
            var f = new org.sitrep.fuse.MergingFuser(st);
            var r = Fixtures.report("w1", "Frontline Digest", "2024-12-04", "Outlook", "Analysts said the army might retake Hama this year.");
            var year = Fixtures.coding(org.sitrep.model.PloverType.ASSAULT, null, Fixtures.RUSSIA, null, Fixtures.HAMA, null, "attack");
            year = new org.sitrep.model.EventCoding(year.type(), null, year.context(), null, null, null, Fixtures.RUSSIA, null, Fixtures.HAMA,
                    new org.sitrep.model.TimeSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), org.sitrep.model.TimeSpan.Granularity.YEAR,
                            "this year", "test"), java.util.List.of(), "attack", year.provenance());
            var c = Fixtures.claim(r, 0, Fixtures.coding(org.sitrep.model.PloverType.ASSAULT, "captured", Fixtures.ARMY, Fixtures.REBELS,
                    Fixtures.HAMA, "2024-12-04", "retake"));
            var hypo = new org.sitrep.model.Claim(c.id(), c.reportId(), c.claimants(), c.stance(), c.certainty(),
                    org.sitrep.model.ClaimContext.HYPOTHETICAL, c.evidence(), c.event(), c.claimTime());
            var minor = Fixtures.claim(r, 1, Fixtures.coding(org.sitrep.model.PloverType.ACCUSE, null, Fixtures.ARMY, Fixtures.RUSSIA,
                    null, "2024-12-04", "blamed"));
            Fixtures.ingest(st, f, r, hypo, Fixtures.claim(r, 2, year), minor);
            Sitrep s = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 4), 7);
            assertThat(s.takeaways()).isNotEmpty().noneSatisfy(t -> assertThat(t.text()).containsAnyOf(
                    "Syrian army took control of Hama", "between 1 January 2024 and 31 December 2024", "accused"));
            assertThat(s.takeaways()).allSatisfy(t -> assertThat(t.why()).containsAnyOf("control change", "corroborated",
                    "disputed", "high-level", "killed", "withdrawal"));
            // still in the events table
            assertThat(s.events()).anySatisfy(e -> assertThat(e.sentence()).contains("between 1 January 2024 and 31 December 2024"));
        }
    }
}
