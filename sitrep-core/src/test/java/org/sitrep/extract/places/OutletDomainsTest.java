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

/** A new outlet's country-code domain says which country its bare town names lie in, until its reports say more. */
class OutletDomainsTest {
    private static final String BARE = "Hundreds of runners crowded the streets of London on Saturday morning for the "
            + "charity race.";

    private static int n;

    private static PlaceRef london(OutletLexicon lexicon, String outlet, String text) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 6, 3));
        String id = "d" + (n++);
        Report r = new Report(id, id, outlet, null, null, null, "", text, null, "test", "txt");
        return new PlaceTagger(Gazetteer.bundled(), lexicon).tag(Analysis.of(r, doc)).analysis().places().stream()
                .filter(a -> a.text().startsWith("London")).findFirst().orElseThrow().value();
    }

    @Test
    void theLastLabelOfTheAddressNamesTheCountry() {
        OutletDomains d = OutletDomains.bundled();
        assertThat(d.of("lfpress.ca").country()).isEqualTo("CA");
        assertThat(d.of("news.example.co.uk").country()).isEqualTo("GB");
        assertThat(d.of("weekly.example.org.eg").country()).isEqualTo("EG");
        assertThat(d.of("example.com.ge").note()).contains("example.com.ge").contains(".ge").contains("GE")
                .contains("country-domains.tsv:");
        assertThat(d.of("example.com")).isNull();
        assertThat(d.of("example.tv")).as("a domain registered for what it spells").isNull();
        assertThat(d.of("example.io")).isNull();
        assertThat(d.of(null)).isNull();
    }

    @Test
    void theDomainsCountryReadsTheTownTheAddressNames() {
        OutletTown towns = new OutletTown(Gazetteer.bundled());
        Place lancaster = towns.of("lancasterweekly.co.uk", null, "GB");
        assertThat(lancaster).isNotNull();
        assertThat(lancaster.country()).isEqualTo("GB");
        assertThat(towns.of("lancasterweekly.com", null, null)).as("no home, no domain: no guess").isNull();
    }

    @Test
    void aCanadianPapersBareLondonIsLondonOntario() {
        PlaceRef p = london(new OutletLexicon(), "citypaper.ca", BARE);
        assertThat(p.country()).isEqualTo("CA");
        assertThat(p.admin1()).isEqualTo("Ontario");
        assertThat(p.basis()).contains("citypaper.ca").contains(".ca");
    }

    @Test
    void aQualifierInTheTextWinsOverTheDomain() {
        PlaceRef p = london(new OutletLexicon(), "citypaper.ca",
                "A brass band from London, England, will play at the town hall on Friday evening.");
        assertThat(p.country()).isEqualTo("GB");
    }

    @Test
    void aGenericDomainChangesNothing() {
        assertThat(london(new OutletLexicon(), "citypaper.com", BARE).country()).isEqualTo("GB");
    }

    @Test
    void onceTheOutletIsKnownToReportOnManyCountriesTheDomainNoLongerDecides() {
        OutletLexicon lexicon = new OutletLexicon();
        lexicon.add(new OutletLexicon.Observation("worldwire.ca", List.of(), List.of("FR", "DE", "JP", "BR")));
        lexicon.add(new OutletLexicon.Observation("worldwire.ca", List.of(), List.of("IN", "NG", "AR", "CA")));
        assertThat(lexicon.settled("worldwire.ca")).isTrue();
        assertThat(lexicon.home("worldwire.ca")).isEmpty();
        assertThat(london(lexicon, "worldwire.ca", BARE).country()).isEqualTo("GB");
    }
}
