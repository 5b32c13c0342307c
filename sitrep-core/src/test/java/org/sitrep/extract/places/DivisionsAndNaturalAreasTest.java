package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.places.TaggedText.km;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Anchored;
import org.sitrep.model.PlaceRef;

/**
 * Second-level divisions (English counties, Philippine provinces, former Congolese provinces), islands, seas and
 * regions, and names that used to lose a word or an abbreviation on the way to the gazetteer.
 */
class DivisionsAndNaturalAreasTest {
    private static List<Anchored<PlaceRef>> places(String text) {
        return TaggedText.places(text, LocalDate.of(2024, 12, 1));
    }

    private static Optional<PlaceRef> named(List<Anchored<PlaceRef>> ps, String text) {
        return ps.stream().filter(a -> a.text().contains(text)).map(Anchored::value).findFirst();
    }

    @Test
    void inABritishStoryTheCountiesAreEnglishCounties() {
        List<Anchored<PlaceRef>> ps = places("Floods closed dozens of roads in Surrey and Kent on Tuesday. "
                + "The Environment Agency told farms in Suffolk to move livestock, and ministers in London "
                + "promised help for the worst-hit parts of England.");
        PlaceRef surrey = named(ps, "Surrey").orElseThrow();
        assertThat(surrey.country()).isEqualTo("GB");
        assertThat(surrey.featureCode()).isEqualTo("ADM2");
        assertThat(km(surrey, 51.25, -0.4)).isLessThan(40);
        PlaceRef suffolk = named(ps, "Suffolk").orElseThrow();
        assertThat(suffolk.country()).isEqualTo("GB");
        assertThat(km(suffolk, 52.2, 1.0)).isLessThan(50);
    }

    @Test
    void displacementAndRefugeeCampsAreKnownPlaces() {
        List<Anchored<PlaceRef>> ps = places("Aid trucks reached Zamzam camp south of El Fasher on Monday, while new "
                + "arrivals from Somalia were registered in Dadaab.");
        PlaceRef zamzam = named(ps, "Zamzam").orElseThrow();
        assertThat(zamzam.country()).isEqualTo("SD");
        assertThat(km(zamzam, 13.5, 25.3)).isLessThan(20);
        PlaceRef dadaab = named(ps, "Dadaab").orElseThrow();
        assertThat(dadaab.country()).isEqualTo("KE");
    }

    @Test
    void inACanadianStorySurreyIsTheCity() {
        List<Anchored<PlaceRef>> ps = places("Police in Surrey, British Columbia, arrested two men after a shooting "
                + "near a shopping centre. The suspects were later taken to Vancouver.");
        PlaceRef surrey = named(ps, "Surrey").orElseThrow();
        assertThat(surrey.country()).isEqualTo("CA");
        assertThat(surrey.featureCode()).startsWith("PPL");
    }

    @Test
    void aScottishCouncilAreaIsNotAnAmericanTownInAScottishStory() {
        List<Anchored<PlaceRef>> ps = places("Fishermen in Fife said the storm wrecked boats along the coast, "
                + "while Edinburgh and Glasgow escaped the worst of it, Scottish officials said.");
        assertThat(named(ps, "Fife").orElseThrow().country()).isEqualTo("GB");
    }

    @Test
    void aProvinceWhoseNameEndsInAForeignTownIsNotThatTown() {
        List<Anchored<PlaceRef>> ps = places("Health workers reported new cases in Nueva Ecija, north of Manila, "
                + "and in neighbouring Pangasinan.");
        PlaceRef ne = named(ps, "Nueva Ecija").orElseThrow();
        assertThat(ne.country()).isEqualTo("PH");
        assertThat(named(ps, "Pangasinan").orElseThrow().country()).isEqualTo("PH");
    }

    @Test
    void aFormerCongoleseProvinceIsFoundByItsFullName() {
        List<Anchored<PlaceRef>> ps = places("Doctors confirmed an outbreak of fever in Kasai Occidental province "
                + "of the Democratic Republic of Congo.");
        PlaceRef k = named(ps, "Kasai Occidental").orElseThrow();
        assertThat(k.country()).isEqualTo("CD");
        assertThat(named(ps, "Congo").orElseThrow().country()).isEqualTo("CD");
    }

    @Test
    void islandsAndOceansAreFoundByTheirShortNames() {
        List<Anchored<PlaceRef>> ps = places("The earthquake struck off the island of Sumatra, and warnings were "
                + "issued for coasts around the Pacific.");
        PlaceRef sumatra = named(ps, "Sumatra").orElseThrow();
        assertThat(sumatra.country()).isEqualTo("ID");
        assertThat(km(sumatra, -0.5, 101.5)).isLessThan(150);
        PlaceRef pacific = named(ps, "Pacific").orElseThrow();
        assertThat(pacific.featureCode()).isEqualTo("OCN");
    }

    @Test
    void javaIsTheIndonesianIslandInAnIndonesianStory() {
        List<Anchored<PlaceRef>> ps = places("Volcanic ash closed airports on Java and Bali, Indonesian officials said.");
        assertThat(named(ps, "Java").orElseThrow().country()).isEqualTo("ID");
    }

    @Test
    void theAbbreviationUsBeforeAnOfficeStillMeansTheUnitedStates() {
        List<Anchored<PlaceRef>> ps = places("The US Energy Secretary visited the plant, and the US Federal "
                + "Emergency Management Agency sent teams to the area.");
        assertThat(named(ps, "US").orElseThrow().gazetteerId()).isEqualTo("geonames:6252001");
        assertThat(NameKey.of("US Energy")).isEqualTo("us energy");
        assertThat(NameKey.of("as-Suwayda")).isEqualTo(NameKey.of("Suwayda"));
    }

    @Test
    void washingtonIsTheStateOnlyWhenTheTextSaysSo() {
        assertThat(named(places("Wildfires spread across eastern Washington, forcing farmers to leave."), "Washington")
                .orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(named(places("A ferry ran aground near Seattle, Washington, on Sunday."), "Washington")
                .orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(named(places("Health officials in Washington state reported three new cases."), "Washington")
                .orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(named(places("Two cows fell ill on a dairy farm in the state of Washington last year."), "Washington")
                .orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(named(places("The envoy flew to Washington for talks with the State Department."), "Washington")
                .orElseThrow().featureCode()).isEqualTo("PPLC");
    }

    @Test
    void washingtonIsTheCapitalInAStoryAboutStatesWhenNothingMarksTheState() {
        List<Anchored<PlaceRef>> ps = places("Governors from Ohio, Texas and Oregon met lawmakers in Washington, D.C., "
                + "on Monday to ask for flood relief.");
        assertThat(named(ps, "Washington").orElseThrow().featureCode()).isEqualTo("PPLC");
        List<Anchored<PlaceRef>> dateline = places("WASHINGTON — Senators from Ohio and Texas agreed on a relief bill "
                + "for farmers in Iowa and Kansas on Tuesday.");
        assertThat(named(dateline, "WASHINGTON").orElseThrow().featureCode()).isEqualTo("PPLC");
    }

    @Test
    void aNameListedAmongStatesIsTheStateNotATownInTheNextState() {
        List<Anchored<PlaceRef>> ps = places("Cases of the infection were confirmed in Oregon, Washington, Pennsylvania "
                + "and Idaho, health officials said.");
        PlaceRef w = named(ps, "Washington").orElseThrow();
        assertThat(w.featureCode()).isEqualTo("ADM1");
        assertThat(w.admin1()).isEqualTo("Washington");
    }

    @Test
    void withoutContextABareCountyNameMeansTheLargerTown() {
        assertThat(named(places("Thousands attended the music festival in Surrey at the weekend."), "Surrey")
                .orElseThrow().featureCode()).startsWith("PPL");
    }

    @Test
    void divisionsAreFoundUnderBothFormsOfTheirCompassWordAndFinerUnitsKnowTheirFirstLevel() {
        Gazetteer g = Gazetteer.bundled();
        assertThat(g.lookup("South Darfur")).anyMatch(p -> p.isAdmin1() && p.country().equals("SD"));
        assertThat(g.lookup("Cape Verde")).anyMatch(p -> p.isCountry() && p.country().equals("CV"));
        Place fife = g.lookup("Fife").stream().filter(p -> p.country().equals("GB")).findFirst().orElseThrow();
        assertThat(fife.featureCode()).isEqualTo("ADM2");
        assertThat(g.admin1Of(fife).name()).isEqualTo("Scotland");
        assertThat(fife.source()).contains("ne-divisions.tsv:");
    }
}
