package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/** A local paper's bare "Paris" is its own state's Paris once its earlier reports show where it reports on. */
class OutletPriorTest {
    private static final String OUTLET = "smalltown-gazette.example";
    private static final List<String> HISTORY = List.of(
            "Storms knocked out power in Nacogdoches and Lufkin on Tuesday, and crews from Tyler were sent to help.",
            "The fair in Longview drew visitors from Texarkana, Marshall and Kilgore, organisers in Texas said.");
    private static final String BARE = "The Paris city council approved a new budget for the water plant on Monday.";

    private static int n;

    private static PlaceTagger.Tagged tag(PlaceTagger tagger, String outlet, String text) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 5, 2));
        String id = "r" + (n++);
        Report r = new Report(id, id, outlet, null, null, null, "", text, null, "test", "txt");
        return tagger.tag(Analysis.of(r, doc));
    }

    private static PlaceRef named(PlaceTagger.Tagged t, String text) {
        return t.analysis().places().stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow().value();
    }

    private static PlaceTagger withHistory(OutletLexicon lex) {
        PlaceTagger tagger = new PlaceTagger(Gazetteer.bundled(), lex);
        for (String h : HISTORY) tag(tagger, OUTLET, h);
        return tagger;
    }

    @Test
    void aBareTownNameIsReadInTheStateTheOutletUsuallyReportsOn() {
        OutletLexicon lex = new OutletLexicon();
        PlaceTagger tagger = withHistory(lex);
        assertThat(lex.home(OUTLET).orElseThrow().admin1Key()).isEqualTo("US.TX");
        PlaceTagger.Tagged t = tag(tagger, OUTLET, BARE);
        PlaceRef paris = named(t, "Paris");
        assertThat(paris.country()).isEqualTo("US");
        assertThat(paris.admin1()).isEqualTo("Texas");
        assertThat(t.notes()).anyMatch(note -> note != null && note.contains(OUTLET) && note.contains("US.TX"));
        // the place itself says why (shown by `sitrep show`)
        assertThat(paris.basis()).contains(OUTLET).contains("US.TX");
    }

    @Test
    void withoutHistoryOrFromAnotherOutletTheFamousNamesakeWins() {
        assertThat(named(tag(new PlaceTagger(Gazetteer.bundled(), new OutletLexicon()), OUTLET, BARE), "Paris").country())
                .isEqualTo("FR");
        PlaceTagger tagger = withHistory(new OutletLexicon());
        assertThat(named(tag(tagger, "city-daily.example", BARE), "Paris").country()).isEqualTo("FR");
    }

    @Test
    void aNameQualifiedInTheTextKeepsItsQualifier() {
        PlaceTagger tagger = withHistory(new OutletLexicon());
        PlaceTagger.Tagged t = tag(tagger, OUTLET, "A choir from Paris, France, will sing at the library next week.");
        assertThat(named(t, "Paris").country()).isEqualTo("FR");
    }

    @Test
    void theLexiconNeverLearnsFromItsOwnPrior() {
        OutletLexicon lex = new OutletLexicon();
        PlaceTagger tagger = withHistory(lex);
        OutletLexicon.Home before = lex.home(OUTLET).orElseThrow();
        for (int i = 0; i < 3; i++) tag(tagger, OUTLET, BARE);
        OutletLexicon.Home after = lex.home(OUTLET).orElseThrow();
        assertThat(after.places()).isEqualTo(before.places());
        assertThat(after.reports()).isEqualTo(before.reports());
    }
}
