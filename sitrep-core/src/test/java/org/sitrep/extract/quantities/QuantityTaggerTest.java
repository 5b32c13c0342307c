package org.sitrep.extract.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Anchored;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.testing.TestAnalyses;

class QuantityTaggerTest {
    static final LocalDate DAY = LocalDate.of(2024, 12, 1);
    final QuantityTagger tagger = new QuantityTagger();

    List<Quantity> quantities(String text) {
        return tagger.apply(TestAnalyses.of(text, DAY)).quantities().stream().map(Anchored::value).toList();
    }

    Quantity of(List<Quantity> qs, String kind) {
        return qs.stream().filter(q -> q.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + qs));
    }

    @Test
    void countsWithTheirKindAndVagueCountsAsAbout() {
        List<Quantity> qs = quantities("The rebels captured 37 villages and dozens of towns in the valley.");
        Quantity v = of(qs, "villages");
        assertThat(v.value()).isEqualTo(37);
        assertThat(v.unit()).isEqualTo("count");
        assertThat(v.bound()).isEqualTo(Bound.EXACT);
        assertThat(v.source()).as("traceable to its kinds.tsv entry").startsWith("sitrep/quantities/kinds.tsv:");
        Quantity t = of(qs, "towns");
        assertThat(t.value()).isEqualTo(24);
        assertThat(t.bound()).isEqualTo(Bound.ABOUT);
    }

    @Test
    void measuresWithUnitsAndBounds() {
        List<Quantity> qs = quantities("They now hold an area of at least 420 square kilometers and pushed "
                + "more than 35 kilometers east after more than 70 airstrikes.");
        Quantity area = of(qs, "area");
        assertThat(area.value()).isEqualTo(420);
        assertThat(area.unit()).isEqualTo("km2");
        assertThat(area.bound()).isEqualTo(Bound.AT_LEAST);
        Quantity dist = of(qs, "distance");
        assertThat(dist.unit()).isEqualTo("km");
        assertThat(dist.bound()).isEqualTo(Bound.MORE_THAN);
        Quantity strikes = of(qs, "strikes");
        assertThat(strikes.value()).isEqualTo(70);
        assertThat(strikes.bound()).isEqualTo(Bound.MORE_THAN);
    }

    @Test
    void casualtiesFromNounsCuesAndVerbs() {
        assertThat(of(quantities("At least 9 civilians were killed in the blast."), "killed"))
                .satisfies(q -> {
                    assertThat(q.value()).isEqualTo(9);
                    assertThat(q.bound()).isEqualTo(Bound.AT_LEAST);
                });
        assertThat(of(quantities("The shelling hit a market, killing 12."), "killed").value()).isEqualTo(12);
        assertThat(of(quantities("Medics reported 6 dead after the raid."), "killed").value()).isEqualTo(6);
        assertThat(of(quantities("Twenty people were wounded in the attack."), "injured").value()).isEqualTo(20);
        Quantity half = of(quantities("Years of fighting caused the deaths of half a million civilians."), "killed");
        assertThat(half.value()).isEqualTo(500_000);
        assertThat(half.bound()).isEqualTo(Bound.ABOUT);
    }

    @Test
    void durationsIncludingHyphenatedAndExtensions() {
        List<Quantity> qs = quantities("The port was leased for 30 years under a 30-year deal, extendable by "
                + "another 10 years.");
        assertThat(qs).filteredOn(q -> q.kind().equals("duration")).extracting(Quantity::value)
                .containsExactly(30.0, 30.0, 10.0);
        assertThat(of(qs, "duration").unit()).isEqualTo("year");
    }

    @Test
    void approximateAndRangedAndLargeNumbers() {
        assertThat(of(quantities("Some 2,500 troops crossed the border."), "troops"))
                .satisfies(q -> {
                    assertThat(q.value()).isEqualTo(2500);
                    assertThat(q.bound()).isEqualTo(Bound.ABOUT);
                });
        Quantity range = of(quantities("The town could fall within two or three weeks."), "duration");
        assertThat(range.value()).isEqualTo(2);
        assertThat(range.bound()).isEqualTo(Bound.ABOUT);
        assertThat(range.text()).contains("two or three weeks");
        assertThat(of(quantities("The conflict displaced 1.5 million refugees."), "displaced").value())
                .isEqualTo(1_500_000);
        assertThat(of(quantities("Fourteen tanks were destroyed."), "tanks").value()).isEqualTo(14);
    }

    @Test
    void yearsResolutionsAndImageSizesAreNotQuantities() {
        List<Quantity> qs = quantities("In 2016 the council passed Resolution 2139 on villages.\n"
                + "![Map (1280×720 villages)](https://example.org/2024/villages.png)");
        assertThat(qs).isEmpty();
    }

    @Test
    void numberWords() {
        assertThat(NumberWords.parse("1,200")).isEqualTo(1200);
        assertThat(NumberWords.parse("2.5 million")).isEqualTo(2_500_000);
        assertThat(NumberWords.parse("twenty-five")).isEqualTo(25);
        assertThat(NumberWords.parse("half a million")).isEqualTo(500_000);
        assertThat(NumberWords.parse("hundreds")).isEqualTo(200);
        assertThat(NumberWords.parse("villages")).isNaN();
    }
}
