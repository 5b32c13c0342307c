package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantities.QuantityTagger;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.TimeSpan.Granularity;
import org.sitrep.testing.Shared;
import org.sitrep.testing.TestAnalyses;

/** The time and quantity layers on the two seed articles (read from ../shared/seeds, never copied). */
class SeedTimeQuantityTest {
    static Analysis isw, estiklal;

    @BeforeAll
    static void analyse() throws IOException {
        isw = layers(seed("000_"), LocalDate.of(2024, 12, 1));
        estiklal = layers(seed("004_"), LocalDate.of(2024, 12, 4));
    }

    static String seed(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Shared.seeds())) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    static Analysis layers(String text, LocalDate published) {
        Analysis a = TestAnalyses.of(text, published);
        return new QuantityTagger().apply(new TimeTagger().apply(a));
    }

    static TimeSpan time(Analysis a, String text) {
        return a.times().stream().filter(t -> t.text().equals(text)).map(Anchored::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time \"" + text + "\" in " + a.times()));
    }

    static Quantity quantity(Analysis a, String kind, double value) {
        return a.quantities().stream().map(Anchored::value).filter(q -> q.kind().equals(kind) && q.value() == value)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + value + " in " + a.quantities()));
    }

    @Test
    void dayRangeAndFutureIntervalInTheIswSummary() {
        assertThat(time(isw, "29-30 November").iso()).isEqualTo("2024-11-29/2024-11-30");
        TimeSpan next = isw.times().stream().map(Anchored::value).filter(t -> t.text().contains("72 hours"))
                .findFirst().orElseThrow();
        assertThat(next.start()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(next.end()).isEqualTo(LocalDate.of(2024, 12, 4));
    }

    @Test
    void resolutionNumberIsNotADate() {
        assertThat(isw.times()).noneMatch(t -> t.text().contains("2254"));
        assertThat(isw.quantities()).noneMatch(q -> q.text().contains("2254"));
    }

    @Test
    void theFollowingDayFollowsTheDateBeforeIt() {
        TimeSpan following = time(estiklal, "The following day");
        assertThat(following.iso()).isEqualTo("2024-11-30");
        assertThat(following.rule()).startsWith("narrative:");
    }

    @Test
    void partsOfSeptember() {
        TimeSpan mid = time(estiklal, "mid-September 2024");
        assertThat(mid.granularity()).isEqualTo(Granularity.PART_OF_MONTH);
        assertThat(mid.iso()).isEqualTo("2024-09-11/2024-09-20");
        assertThat(time(estiklal, "late September 2015").iso()).isEqualTo("2015-09-21/2015-09-30");
    }

    @Test
    void imageSizesAndLinksAreNeitherTimesNorQuantities() {
        List<String> texts = estiklal.times().stream().map(Anchored::text).toList();
        assertThat(texts).noneMatch(t -> t.contains("×") || t.contains("png") || t.contains("1292"));
        assertThat(estiklal.quantities()).noneMatch(q -> q.text().contains("1292") || q.text().contains("626"));
    }

    @Test
    void quantitiesOfTheOffensive() {
        assertThat(quantity(estiklal, "villages", 108).bound()).isEqualTo(Bound.EXACT);
        Quantity area = quantity(estiklal, "area", 850);
        assertThat(area.unit()).isEqualTo("km2");
        assertThat(area.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(quantity(estiklal, "strikes", 50).bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(quantity(estiklal, "duration", 49).unit()).isEqualTo("year");
        assertThat(quantity(estiklal, "killed", 500_000).bound()).isEqualTo(Bound.ABOUT);
    }
}
