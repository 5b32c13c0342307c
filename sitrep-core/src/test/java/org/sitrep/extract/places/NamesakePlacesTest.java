package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.places.TaggedText.km;
import static org.sitrep.extract.places.TaggedText.named;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Anchored;
import org.sitrep.model.PlaceRef;

/**
 * Names shared by places far apart, where the usual reading used to lose: Gaza, a city named like its state, and
 * small towns of the same name.
 */
class NamesakePlacesTest {
    private static List<Anchored<PlaceRef>> places(String text) {
        return TaggedText.places(text, LocalDate.of(2024, 5, 1));
    }

    @Test
    void gazaInAStoryAboutIsraelIsThePalestinianGaza() {
        List<Anchored<PlaceRef>> ps = places("Aid convoys waited at the crossing into Gaza for a third day. Israel said "
                + "the trucks would be searched first, and Egypt offered to store the supplies.");
        PlaceRef gaza = named(ps, "Gaza").orElseThrow();
        assertThat(gaza.country()).isEqualTo("PS");
        assertThat(km(gaza, 31.45, 34.4)).isLessThan(30);
    }

    @Test
    void gazaInAStoryAboutMozambiqueIsTheMozambicanProvince() {
        List<Anchored<PlaceRef>> ps = places("Floods cut the main road between Maputo and Xai-Xai, and thousands of "
                + "farmers in Gaza lost their maize, officials in Mozambique said.");
        assertThat(named(ps, "Gaza").orElseThrow().country()).isEqualTo("MZ");
    }

    @Test
    void bareNewYorkIsTheCity() {
        List<Anchored<PlaceRef>> ps = places("The envoy flew to New York on Monday to brief the Security Council "
                + "on the ceasefire talks.");
        PlaceRef ny = named(ps, "New York").orElseThrow();
        assertThat(km(ny, 40.71, -74.0)).isLessThan(30);
    }

    @Test
    void newYorkMarkedAsTheStateStaysTheState() {
        List<Anchored<PlaceRef>> upstate = places("Snow closed schools across upstate New York on Friday.");
        assertThat(named(upstate, "New York").orElseThrow().featureCode()).isEqualTo("ADM1");
        List<Anchored<PlaceRef>> contained = places("A storm knocked out power in Buffalo, New York, overnight.");
        assertThat(named(contained, "New York").orElseThrow().featureCode()).isEqualTo("ADM1");
        List<Anchored<PlaceRef>> listed = places("The outbreak spread to New Jersey and New York within a week.");
        assertThat(named(listed, "New York").orElseThrow().featureCode()).isEqualTo("ADM1");
        List<Anchored<PlaceRef>> border = places("Tolls will rise on the turnpike from the New York border to Boston.");
        assertThat(named(border, "New York").orElseThrow().featureCode()).isEqualTo("ADM1");
    }

    @Test
    void aStateNamedElsewhereInTheStoryKeepsItsBareMentionsTheState() {
        List<Anchored<PlaceRef>> ps = places("The New York state health department counted forty new cases. "
                + "Most of the patients in New York had not travelled abroad.");
        PlaceRef bare = ps.stream().filter(a -> a.text().equals("New York")).map(Anchored::value)
                .filter(p -> p.featureCode() != null).reduce((a, b) -> b).orElseThrow();
        assertThat(bare.featureCode()).isEqualTo("ADM1");
    }

    @Test
    void aTownNamedWithTheCountyItLiesInIsThatCountysTown() {
        List<Anchored<PlaceRef>> ps = places("Walker County deputies found the stolen truck on Sunday behind a church "
                + "in Huntsville, the sheriff said.");
        PlaceRef town = named(ps, "Huntsville").orElseThrow();
        assertThat(town.admin1()).isEqualTo("Texas");
        assertThat(named(ps, "Walker County").orElseThrow().admin1()).isEqualTo("Texas");
    }

    @Test
    void aCountyAndItsSeatOutweighAFamousNamesake() {
        List<Anchored<PlaceRef>> ps = places("Henry County commissioners met in Paris on Thursday and approved "
                + "the budget for the new jail.");
        PlaceRef paris = named(ps, "Paris").orElseThrow();
        assertThat(paris.country()).isEqualTo("US");
        assertThat(paris.admin1()).isEqualTo("Tennessee");
    }

    @Test
    void aVillageNamedAfterAStateIsNotTheState() {
        List<Anchored<PlaceRef>> ps = places("Deputies questioned a Tennessee Colony man about the burglary on Friday.");
        assertThat(ps).noneMatch(a -> "ADM1".equals(a.value().featureCode()));
    }

    @Test
    void anUnknownVillageIsNotTheShorterKnownName() {
        List<Anchored<PlaceRef>> ps = places("The county attorney dropped the charge against a Meadow Grove man "
                + "after a witness changed her story. He returned to his home in Meadow Grove on Friday.");
        assertThat(ps).noneMatch(a -> "Meadow".equals(a.value().name()));
    }
}
