package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/** The town a local paper's web address names, read where the paper usually reports, and what it settles. */
class OutletTownTest {
    private static final Gazetteer GAZ = Gazetteer.bundled();

    private static OutletLexicon.Home home(String outlet, String admin1Key) {
        return new OutletLexicon.Home(outlet, admin1Key, 0.7, admin1Key == null ? null : "US", 0.9, 20, 4);
    }

    @Test
    void aPapersAddressNamesItsTownInItsHomeState() {
        OutletTown towns = new OutletTown(GAZ);
        Place p = towns.of("palestineherald.com", home("palestineherald.com", "US.TX"));
        assertThat(p).isNotNull();
        assertThat(p.name()).isEqualTo("Palestine");
        assertThat(p.admin1Key()).isEqualTo("US.TX");
        Place paris = towns.of("parisbeacon.com", home("parisbeacon.com", "US.IL"));
        assertThat(paris.name()).isEqualTo("Paris");
        assertThat(paris.admin1Key()).isEqualTo("US.IL");
    }

    @Test
    void titleWordsAreNotTownsAndASmallTownIsNotGuessedBeforeTheHomeIsKnown() {
        OutletTown towns = new OutletTown(GAZ);
        assertThat(towns.of("star-telegram.com", home("star-telegram.com", "US.TX"))).isNull();
        assertThat(towns.of("jordannews.com", null)).isNull();
        assertThat(towns.of("norfolkdailynews.com", null)).isNull();
    }

    @Test
    void aTownInALaterLabelOfTheAddressCountsAndAnAmbiguousTownIsNotReadAsAShorterName() {
        OutletTown towns = new OutletTown(GAZ);
        Place augusta = towns.of("chronicle.augusta.com", home("chronicle.augusta.com", "US.GA"));
        assertThat(augusta).isNotNull();
        assertThat(augusta.name()).isEqualTo("Augusta");
        assertThat(augusta.admin1Key()).isEqualTo("US.GA");
        assertThat(towns.of("chronicle.augusta.com", null)).isNull();   // many Augustas, and no "August" either
    }

    @Test
    void aMetropolisThatDwarfsItsNamesakesNeedsNoHome() {
        Place dallas = new OutletTown(GAZ).of("dallasnews.com", null);
        assertThat(dallas).isNotNull();
        assertThat(dallas.admin1Key()).isEqualTo("US.TX");
    }

    @Test
    void thePapersOwnTownWinsOverTheCountryOfTheSameName() {
        OutletLexicon lexicon = new OutletLexicon();
        lexicon.add(new OutletLexicon.Observation("jordannews.com", Collections.nCopies(8, "US.MN"),
                Collections.nCopies(8, "US")));
        lexicon.add(new OutletLexicon.Observation("jordannews.com", Collections.nCopies(4, "US.MN"),
                Collections.nCopies(4, "US")));
        PlaceTagger tagger = new PlaceTagger(GAZ, lexicon);
        String text = "The school board in Jordan voted on Monday to build a new gym next to the middle school.";
        Doc doc = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 4, 2));
        Report r = new Report("j1", "j1", "jordannews.com", null, null, null, "", text, null, "test", "txt");
        PlaceTagger.Tagged tagged = tagger.tag(Analysis.of(r, doc));
        List<Anchored<PlaceRef>> ps = tagged.analysis().places();
        PlaceRef jordan = ps.stream().filter(a -> a.text().equals("Jordan")).map(Anchored::value).findFirst().orElseThrow();
        assertThat(jordan.country()).isEqualTo("US");
        assertThat(jordan.admin1()).isEqualTo("Minnesota");
        assertThat(tagged.notes()).anyMatch(n -> n != null && n.contains("address names"));
    }
}
