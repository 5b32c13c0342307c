package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * A lesser place that bears a name only as a former name (GeoNames lists "Maryville" as an old name of Beeville,
 * Texas) is not taken for that name on the strength of the document's focus, only when the text names it.
 */
class DisambiguatorFormerNameTest {
    private static PlaceRef place(String text, String name) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 3, 11));
        Report r = new Report("f1", "f1", null, null, null, null, "", text, null, "test", "txt");
        return new PlaceTagger(Gazetteer.bundled()).apply(Analysis.of(r, doc)).places().stream()
                .filter(a -> a.text().contains(name)).findFirst().orElseThrow().value();
    }

    @Test
    void aFocusElsewhereDoesNotCarryAFormerNameToAPlaceThatNoLongerBearsIt() {
        PlaceRef p = place("A preacher from Fort Worth, Texas, led the Sunday service at the little church in "
                + "Maryville, and the choir sang two hymns.", "Maryville");
        assertThat(p.name()).isEqualTo("Maryville");
        assertThat(p.admin1()).isNotEqualTo("Texas");
    }

    @Test
    void theTextMayStillNameTheFormerNameExplicitly() {
        PlaceRef p = place("The old survey map marks a ranch near Maryville, Texas, where the creek bends south.",
                "Maryville");
        assertThat(p.admin1()).isEqualTo("Texas");
    }

    @Test
    void variantSpellingsAndShortFormsAreNotFormerNames() {
        assertThat(Disambiguator.variantOf(NameKey.of("Hillsboro"), NameKey.of("Hillsborough"))).isTrue();
        assertThat(Disambiguator.variantOf(NameKey.of("Kingston"), NameKey.of("Kingston upon Thames"))).isTrue();
        assertThat(Disambiguator.variantOf(NameKey.of("Cookville"), NameKey.of("Cookeville"))).isTrue();
        assertThat(Disambiguator.variantOf(NameKey.of("Maryville"), NameKey.of("Beeville"))).isFalse();
        assertThat(Disambiguator.variantOf(NameKey.of("Twickenham"), NameKey.of("Huntsville"))).isFalse();
    }

    @Test
    void aCityUnderItsFormerNameStillCompetes() {
        PlaceRef p = place("Monsoon floods cut roads across India, and trains out of Calcutta were halted for a "
                + "second day.", "Calcutta");
        assertThat(p.country()).isEqualTo("IN");
    }
}
