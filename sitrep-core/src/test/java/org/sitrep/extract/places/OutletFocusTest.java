package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/** The document's focus elsewhere switches the outlet prior off only for a name that can lie there. */
class OutletFocusTest {
    private static final String OUTLET = "prairie-courier.example";

    private static PlaceRef place(String text, String name) {
        OutletLexicon lexicon = new OutletLexicon();
        lexicon.add(new OutletLexicon.Observation(OUTLET, Collections.nCopies(8, "US.KS"), Collections.nCopies(8, "US")));
        lexicon.add(new OutletLexicon.Observation(OUTLET, Collections.nCopies(5, "US.KS"), Collections.nCopies(5, "US")));
        Doc doc = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 9, 14));
        Report r = new Report("k1", "k1", OUTLET, null, null, null, "", text, null, "test", "txt");
        return new PlaceTagger(Gazetteer.bundled(), lexicon).apply(Analysis.of(r, doc)).places().stream()
                .filter(a -> a.text().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void aFocusOnAnotherStateLeavesTheHomeReadingOfANameThatStateLacks() {
        PlaceRef p = place("Hundreds of fans drove up from Dallas, Texas, to watch Saturday's game in Manhattan.",
                "Manhattan");
        assertThat(p.admin1()).isEqualTo("Kansas");
    }

    @Test
    void aFocusOnAnotherStateStillWinsForANameThatStateHas() {
        PlaceRef p = place("Storms flooded roads around Houston, Texas, and the rain reached Paris by evening.",
                "Paris");
        assertThat(p.admin1()).isEqualTo("Texas");
    }
}
