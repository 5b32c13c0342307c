package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.places.TaggedText.named;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Anchored;
import org.sitrep.model.PlaceRef;

/** Place names the way local newspapers write them: inside local bodies' names, datelines, "an Alton man". */
class LocalNewsPlacesTest {
    private static List<Anchored<PlaceRef>> places(String text) {
        return TaggedText.places(text, LocalDate.of(2024, 3, 1));
    }

    @Test
    void aCountyOpeningALocalBodysNameIsAPlace() {
        List<Anchored<PlaceRef>> ps = places("Volunteers thanked the Edgar County Community Foundation for the new playground.");
        PlaceRef c = named(ps, "Edgar County").orElseThrow();
        assertThat(c.country()).isEqualTo("US");
        assertThat(c.admin1()).isEqualTo("Illinois");
    }

    @Test
    void aTownOpeningAPoliceDepartmentsNameIsAPlaceButAnOrdinaryWordIsNot() {
        List<Anchored<PlaceRef>> ps = places("Officers of the Grovetown Police Department filed the report with the Superior Court.");
        assertThat(named(ps, "Grovetown")).isPresent();
        assertThat(ps).noneMatch(a -> a.text().contains("Superior"));
    }

    @Test
    void aTownModifyingAPeopleNounIsAPlace() {
        List<Anchored<PlaceRef>> ps = places("The plant hired an Alton man last spring, and Roselle police later questioned him.");
        assertThat(named(ps, "Alton")).isPresent();
        assertThat(named(ps, "Roselle")).isPresent();
    }

    @Test
    void anUpperCaseDatelineIsAPlace() {
        List<Anchored<PlaceRef>> ps = places("CROMWELL — The town council voted to repave two roads this summer.");
        assertThat(named(ps, "CROMWELL").orElseThrow().country()).isEqualTo("US");
    }

    @Test
    void anUnknownFacilityNamedAfterATownResolvesToTheTown() {
        List<Anchored<PlaceRef>> ps = places("The flight was held for hours at Winnipeg International Airport before it left.");
        PlaceRef v = ps.stream().filter(a -> a.text().startsWith("Winnipeg")).map(Anchored::value).findFirst().orElseThrow();
        assertThat(v.resolved()).isTrue();
        assertThat(v.lat()).isBetween(49.0, 51.0);
        assertThat(v.lon()).isBetween(-98.0, -96.0);
    }

    @Test
    void aParishNamedInTheStorySettlesItsTownOverAFamousNamesake() {
        List<Anchored<PlaceRef>> ps = places("Rapides Parish deputies closed a road near the lake on Friday. "
                + "The parish council met in Alexandria on Monday, and Alexandria residents asked officials to reopen it.");
        assertThat(named(ps, "Alexandria").orElseThrow().admin1()).isEqualTo("Louisiana");
    }

    @Test
    void namesListedBeforeCountiesAreCounties() {
        List<Anchored<PlaceRef>> ps = places("Flood warnings were issued for Clay, Becker and Otter Tail counties in Minnesota.");
        PlaceRef clay = named(ps, "Clay").orElseThrow();
        assertThat(clay.featureCode()).isEqualTo("ADM2");
        assertThat(clay.admin1()).isEqualTo("Minnesota");
        assertThat(named(ps, "Becker").orElseThrow().featureCode()).isEqualTo("ADM2");
    }

    @Test
    void twoAmbiguousNamesThatCanOnlyMeetInOneStateAreReadThere() {
        // Alexandria is the seat of Douglas County, Minnesota; neither is the most likely reading of its name alone
        List<Anchored<PlaceRef>> ps = places("Douglas County crews plowed the roads in Alexandria after the storm.");
        assertThat(named(ps, "Alexandria").orElseThrow().admin1()).isEqualTo("Minnesota");
    }

    @Test
    void aCityCouncilIsTheCouncilOfTheTownNotAnAlternateNameOfAnotherCity() {
        List<Anchored<PlaceRef>> ps = places("Members of the Dublin City Council met the Columbus mayor on Monday to "
                + "talk about bus routes between Dublin and Columbus, Ohio.");
        assertThat(ps).noneMatch(a -> a.text().equals("Dublin City"));
        assertThat(named(ps, "Dublin").orElseThrow().admin1()).isEqualTo("Ohio");
    }

    @Test
    void aTownWhoseOwnNameEndsInCityKeepsItBeforeACouncil() {
        List<Anchored<PlaceRef>> ps = places("The Kansas City Council approved the stadium plan late on Tuesday.");
        assertThat(named(ps, "Kansas City")).isPresent();
    }

    @Test
    void aNameFollowedByASmallNumberIsARoomOrARouteNotAPlace() {
        List<Anchored<PlaceRef>> ps = places("Trainees meet in Talla 2 at the recreation center, and the bus leaves "
                + "from Route 16 near Marshall.");
        assertThat(ps).noneMatch(a -> a.text().startsWith("Talla") || a.text().startsWith("Route"));
    }

    @Test
    void aPlaceOpeningALocalBodysNameWithoutNerIsAPlace() {
        List<Anchored<PlaceRef>> ps = places("Crews of the Rapides Parish Fire District put out the blaze by noon.");
        assertThat(named(ps, "Rapides Parish").orElseThrow().admin1()).isEqualTo("Louisiana");
    }

    @Test
    void aLongerTownNameIsNotOneMoreMentionOfTheShorterOne() {
        String text = "Rain fell in Platte on Monday, while Lincoln County (North Platte) stayed dry.";
        List<Anchored<PlaceRef>> ps = places(text);
        assertThat(ps).filteredOn(a -> a.text().equals("Platte")).hasSize(1);
        assertThat(ps).noneMatch(a -> a.span().begin() == text.indexOf("Platte)"));
    }

    @Test
    void aHospitalNamedAfterATownWhoseNameBeginsWithSaintIsThatTown() {
        List<Anchored<PlaceRef>> ps = places("The driver was taken to St. Cloud Hospital in Minnesota with minor injuries.");
        assertThat(named(ps, "St. Cloud").orElseThrow().admin1()).isEqualTo("Minnesota");
    }

    @Test
    void aPlaceNamedInAnotherPlacesPossessiveIsAPlaceOfItsOwn() {
        List<Anchored<PlaceRef>> ps = places("Deputies said the barn fire in Warren County's Hamilton Township "
                + "started after midnight.");
        assertThat(named(ps, "Warren County")).isPresent();
        assertThat(ps).noneMatch(a -> a.text().contains("'s"));
    }

    @Test
    void aSaintsPossessiveAndAPossessiveOfPeopleAreNotPlaces() {
        List<Anchored<PlaceRef>> ps = places("Mourners gathered at St. John's Union Cemetery and later at Children's "
                + "Hospital in Denver.");
        assertThat(ps).noneMatch(a -> a.text().equals("St. John") || a.text().equals("Children"));
    }
}
