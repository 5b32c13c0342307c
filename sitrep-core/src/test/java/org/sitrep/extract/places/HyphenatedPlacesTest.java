package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.places.TaggedText.km;
import static org.sitrep.extract.places.TaggedText.anchored;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Anchored;
import org.sitrep.model.PlaceRef;

/**
 * Place names written inside one hyphenated word: compounds of two towns ("the Idlib-Latakia road"), a party label
 * before a lawmaker's state or town ("D-Calif."), and a county named without its kind word.
 */
class HyphenatedPlacesTest {
    private static List<Anchored<PlaceRef>> places(String text) {
        return TaggedText.places(text, LocalDate.of(2024, 5, 1));
    }

    @Test
    void bothTownsOfACompoundAreFoundWithTheirOwnCharacters() {
        String text = "Shelling closed the Idlib-Latakia road again on Tuesday, the monitors said.";
        List<Anchored<PlaceRef>> ps = places(text);
        Anchored<PlaceRef> idlib = anchored(ps, "Idlib").orElseThrow();
        Anchored<PlaceRef> latakia = anchored(ps, "Latakia").orElseThrow();
        assertThat(text.substring(idlib.span().begin(), idlib.span().end())).isEqualTo("Idlib");
        assertThat(text.substring(latakia.span().begin(), latakia.span().end())).isEqualTo("Latakia");
        assertThat(km(idlib.value(), 35.93, 36.63)).isLessThan(40);
        assertThat(km(latakia.value(), 35.52, 35.78)).isLessThan(30);
    }

    @Test
    void aCompoundOpeningTheNameOfAKnownHighwayIsTheHighway() {
        List<Anchored<PlaceRef>> ps = places("Opposition fighters cut the Aleppo-Damascus highway south of Saraqib.");
        assertThat(anchored(ps, "Aleppo-Damascus highway").orElseThrow().value().gazetteerId()).isEqualTo("sitrep:m5-highway");
        assertThat(anchored(ps, "Aleppo")).isEmpty();
    }

    @Test
    void twinCitiesWrittenAsOneWordAreBothPlaced() {
        List<Anchored<PlaceRef>> ps = places("Snow closed schools across the Fargo-Moorhead area, and the Red River "
                + "rose near Grand Forks, North Dakota.");
        assertThat(km(anchored(ps, "Fargo").orElseThrow().value(), 46.88, -96.79)).isLessThan(20);
        assertThat(km(anchored(ps, "Moorhead").orElseThrow().value(), 46.87, -96.77)).isLessThan(20);
    }

    @Test
    void aWholeNameWithAHyphenStaysWhole() {
        List<Anchored<PlaceRef>> ps = places("The delegation flew on to Guinea-Bissau after two days in Dakar.");
        assertThat(anchored(ps, "Guinea-Bissau")).isPresent();
        assertThat(anchored(ps, "Guinea")).isEmpty();
    }

    @Test
    void twoCountriesNamingTheSidesOfAWarAreNotSplitIntoPlaces() {
        List<Anchored<PlaceRef>> ps = places("Grain prices rose after the Russia-Ukraine talks stalled in Istanbul.");
        assertThat(anchored(ps, "Russia")).isEmpty();
        assertThat(anchored(ps, "Ukraine")).isEmpty();
        assertThat(anchored(ps, "Istanbul")).isPresent();
    }

    @Test
    void theStateOrTownAfterALawmakersPartyLabelIsAPlace() {
        String text = "The bill was written by Sen. Maria Lopez, D-Calif., and Rep. Tom Hale, R-Elbow Lake, "
                + "who met farmers on Monday.";
        List<Anchored<PlaceRef>> ps = places(text);
        Anchored<PlaceRef> calif = anchored(ps, "Calif.").orElseThrow();
        assertThat(calif.value().admin1()).isEqualTo("California");
        Anchored<PlaceRef> lake = anchored(ps, "Elbow Lake").orElseThrow();
        assertThat(lake.value().country()).isEqualTo("US");
        assertThat(text.substring(lake.span().begin(), lake.span().end())).isEqualTo("Elbow Lake");
    }

    @Test
    void aCountyNamedWithoutItsKindWordIsTheCounty() {
        List<Anchored<PlaceRef>> ps = places("Henrico police closed two roads after the storm, and crews in "
                + "Richmond, Virginia worked through the night.");
        PlaceRef henrico = anchored(ps, "Henrico").orElseThrow().value();
        assertThat(henrico.featureCode()).isEqualTo("ADM2");
        assertThat(km(henrico, 37.55, -77.4)).isLessThan(40);
    }
}
