package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

class PlaceTaggerTest {
    private static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.bundled());

    private static List<Anchored<PlaceRef>> places(String text) {
        return tag(text, List.of()).places();
    }

    private static Analysis tag(String text, List<Anchored<ActorRef>> actors) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 12, 1));
        Report r = new Report("t", "t", null, null, null, null, "", text, null, "test", "txt");
        return TAGGER.apply(Analysis.of(r, doc).withActors(actors));
    }

    private static Optional<PlaceRef> named(List<Anchored<PlaceRef>> ps, String textContains) {
        return ps.stream().filter(a -> a.text().contains(textContains)).map(Anchored::value).findFirst();
    }

    @Test
    void aCountryKnownByItsShortNameBeatsASmallTownOfThatNameInAnotherFocusCountry() {
        List<Anchored<PlaceRef>> ps = places("The United States is sending military advisers to Macedonia, officials in Washington said.");
        assertThat(named(ps, "Macedonia").orElseThrow().country()).isEqualTo("MK");
    }

    @Test
    void findsFrontLineTownsThatNerMisses() {
        List<Anchored<PlaceRef>> ps = places("Artillery hit Kurakhove and Vuhledar overnight while Ukrainian units held positions in Toretsk.");
        PlaceRef k = named(ps, "Kurakhove").orElseThrow();
        assertThat(k.gazetteerId()).isEqualTo("geonames:695357");
        assertThat(k.country()).isEqualTo("UA");
        assertThat(k.admin1()).isEqualTo("Donetsk");
        assertThat(k.precision()).isEqualTo(1);
        assertThat(named(ps, "Vuhledar").orElseThrow().country()).isEqualTo("UA");
    }

    @Test
    void aPlaceNamingAProcessOrDocumentIsNotALocationButTalksInItAre() {
        List<Anchored<PlaceRef>> ps = places("Both sides said the Minsk Protocols and the Sochi agreement had failed, and new talks opened in Astana.");
        assertThat(named(ps, "Minsk")).isEmpty();
        assertThat(named(ps, "Sochi")).isEmpty();
        assertThat(named(ps, "Astana").orElseThrow().country()).isEqualTo("KZ");
    }

    @Test
    void aTownTakenForAPersonIsAPlaceWhenTheDocumentNamesItAsOne() {
        List<Anchored<PlaceRef>> ps = places("Rebels overran Kafr Nubl and Saraqib on Monday.\n"
                + "Residents of Saraqib said the army had left the town in Idlib province at dawn.");
        assertThat(ps.stream().filter(p -> p.text().equals("Saraqib")).map(p -> p.value().gazetteerId()))
                .hasSize(2).containsOnly("geonames:164816");
    }

    @Test
    void namesAreShownWithoutScholarlyDiacritics() {
        PlaceRef h = named(places("Fighting continued in Hama and Idlib on Thursday."), "Hama").orElseThrow();
        assertThat(h.gazetteerId()).isEqualTo("geonames:170017");
        assertThat(h.name()).isEqualTo("Hamah");
        assertThat(DisplayName.of("Ma‘arrat an Nu‘mān")).isEqualTo("Ma'arrat an Nu'man");
    }

    @Test
    void matchesTransliterationVariants() {
        List<Anchored<PlaceRef>> ps = places("Opposition fighters entered Maarat al-Numan and Khan Sheikhoun after a day of clashes in Tell Rifaat.");
        assertThat(named(ps, "Maarat").orElseThrow().gazetteerId()).isEqualTo("geonames:167611");
        assertThat(named(ps, "Khan Sheikhoun").orElseThrow().gazetteerId()).isEqualTo("geonames:168325");
        assertThat(named(ps, "Tell Rifaat").orElseThrow().gazetteerId()).isEqualTo("geonames:163476");
    }

    @Test
    void demonymsAndMonthsAreNotPlaces() {
        List<Anchored<PlaceRef>> ps = places("Syrian and Russian jets struck the town of Saraqib in March.");
        assertThat(ps).extracting(Anchored::text).doesNotContain("Syrian", "Russian", "March");
        PlaceRef s = named(ps, "Saraqib").orElseThrow();
        assertThat(s.gazetteerId()).isEqualTo("geonames:164816");
        assertThat(s.featureCode()).startsWith("PPL");
    }

    @Test
    void capitalActingAsGovernmentIsNotALocationWithoutActorLayer() {
        List<Anchored<PlaceRef>> ps = places("Moscow promised further support, and officials travelled to Damascus.");
        assertThat(ps).extracting(Anchored::text).doesNotContain("Moscow");
        assertThat(named(ps, "Damascus").orElseThrow().gazetteerId()).isEqualTo("geonames:170654");
    }

    @Test
    void skipsSpansTheActorStageMarkedAsMetonyms() {
        String text = "Officials in Kyiv welcomed the aid package.";
        Doc doc = CoreNlpAnnotator.shared().annotate(text, null);
        int kyiv = doc.tokens().stream().filter(t -> t.word().equals("Kyiv")).findFirst().orElseThrow().index();
        Anchored<ActorRef> actor = new Anchored<>(kyiv, kyiv + 1, doc.token(kyiv).span(), "Kyiv",
                new ActorRef("Kyiv", "Ukraine", "UKR", "GOV", null, "actors/metonyms.tsv:kyiv-metonym"));
        Report r = new Report("t", "t", null, null, null, null, "", text, null, "test", "txt");
        Analysis a = TAGGER.apply(Analysis.of(r, doc).withActors(List.of(actor)));
        assertThat(a.places()).extracting(Anchored::text).doesNotContain("Kyiv");
    }

    @Test
    void directionalRelationWidensRadiusAndLowersPrecision() {
        List<Anchored<PlaceRef>> ps = places("A drone hit a fuel depot 20 km north of Kharkiv on Friday.");
        Anchored<PlaceRef> a = ps.stream().filter(p -> p.text().contains("Kharkiv")).findFirst().orElseThrow();
        assertThat(a.text()).isEqualTo("20 km north of Kharkiv");
        assertThat(a.value().relation()).isEqualTo("20 km north of");
        assertThat(a.value().precision()).isEqualTo(2);
        assertThat(a.value().radiusKm()).isGreaterThanOrEqualTo(20);
        assertThat(a.value().gazetteerId()).isEqualTo("geonames:706483");
    }

    @Test
    void aListOfStatesMeansTheStatesNotSmallTownsOfTheSameNames() {
        List<Anchored<PlaceRef>> ps = places("Cases of the infection were confirmed in Kansas, Oregon, Nevada, Louisiana, Ohio and Texas.");
        for (String s : List.of("Kansas", "Oregon", "Nevada", "Louisiana")) {
            PlaceRef p = named(ps, s).orElseThrow();
            assertThat(p.featureCode()).as(s).isEqualTo("ADM1");
            assertThat(p.precision()).as(s).isEqualTo(3);
        }
    }

    @Test
    void longCountryNamesWithOfTheAreOneSpan() {
        List<Anchored<PlaceRef>> ps = places("Aid workers arrived in the Democratic Republic of the Congo and in the Republic of the Congo last week.");
        assertThat(ps).extracting(Anchored::text).contains("Democratic Republic of the Congo", "Republic of the Congo");
        assertThat(named(ps, "Democratic Republic").orElseThrow().country()).isEqualTo("CD");
    }

    @Test
    void aCountyIsADistrictLevelPlace() {
        PlaceRef p = named(places("Two men were arrested in Rapides Parish after a fire near the highway."), "Rapides").orElseThrow();
        assertThat(p.featureCode()).isEqualTo("ADM2");
        assertThat(p.admin1()).isEqualTo("Louisiana");
        assertThat(p.precision()).isEqualTo(2);
        PlaceRef town = named(places("A bridge closed in Mount Vernon, Knox County, on Tuesday."), "Mount Vernon").orElseThrow();
        assertThat(town.admin1()).isEqualTo("Ohio");
    }

    @Test
    void aLongOffsetLeavesOnlyTheRegion() {
        PlaceRef p = named(places("Partisans blew up a rail bridge 60 km beyond Melitopol overnight."), "Melitopol").orElseThrow();
        assertThat(p.relation()).isEqualTo("60 km beyond");
        assertThat(p.precision()).isEqualTo(3);
        assertThat(p.radiusKm()).isGreaterThanOrEqualTo(60);
        assertThat(p.country()).isEqualTo("UA");
    }

    @Test
    void nearGivesPrecisionTwo() {
        PlaceRef p = named(places("Heavy fighting was reported near Pokrovsk."), "Pokrovsk").orElseThrow();
        assertThat(p.relation()).isEqualTo("near");
        assertThat(p.precision()).isEqualTo(2);
        assertThat(p.country()).isEqualTo("UA");
    }

    @Test
    void provinceTakesTheFirstLevelDivision() {
        PlaceRef p = named(places("Government aircraft bombed several villages in Idlib province."), "Idlib").orElseThrow();
        assertThat(p.gazetteerId()).isEqualTo("geonames:169387");
        assertThat(p.featureCode()).isEqualTo("ADM1");
        assertThat(p.precision()).isEqualTo(3);
    }

    @Test
    void countrysideIsTheRuralAreaAroundTheTown() {
        List<Anchored<PlaceRef>> ps = places("Shelling continued in Hama's countryside and in rural Homs.");
        PlaceRef hama = named(ps, "Hama").orElseThrow();
        assertThat(hama.relation()).isEqualTo("countryside");
        assertThat(hama.precision()).isEqualTo(2);
        assertThat(hama.country()).isEqualTo("SY");
        assertThat(named(ps, "rural Homs").orElseThrow().relation()).isEqualTo("countryside");
    }

    @Test
    void explicitContextPicksTheRightHomonym() {
        PlaceRef q = named(places("Hezbollah fighters withdrew from al-Qusayr in Homs."), "Qusayr").orElseThrow();
        assertThat(q.gazetteerId()).isEqualTo("geonames:173322");
        PlaceRef a = named(places("The storm flooded streets in Alexandria, Louisiana, on Sunday."), "Alexandria").orElseThrow();
        assertThat(a.country()).isEqualTo("US");
        assertThat(a.admin1()).isEqualTo("Louisiana");
    }

    @Test
    void focusCountryDecidesBareAmbiguousNames() {
        PlaceRef p = named(places("Ukraine said Russian troops advanced in Donetsk oblast. Residents fled Pokrovsk as shelling grew."),
                "Pokrovsk").orElseThrow();
        assertThat(p.gazetteerId()).isEqualTo("geonames:704422");
    }

    @Test
    void curatedBasesAndHighwaysResolve() {
        List<Anchored<PlaceRef>> ps = places("Russian jets took off from Hmeimim airbase as rebels cut the M5 highway.");
        assertThat(named(ps, "Hmeimim").orElseThrow().gazetteerId()).isEqualTo("sitrep:khmeimim-air-base");
        PlaceRef m5 = named(ps, "M5").orElseThrow();
        assertThat(m5.featureCode()).isEqualTo("ROAD");
        assertThat(m5.radiusKm()).isGreaterThan(100);
    }

    @Test
    void unknownNameStaysVisibleAndDoesNotSpoilOthers() {
        List<Anchored<PlaceRef>> ps = places("Refugees from Xqoravistan arrived in Aleppo and Latakia.");
        assertThat(named(ps, "Aleppo").orElseThrow().gazetteerId()).isEqualTo("geonames:170063");
        assertThat(named(ps, "Latakia").orElseThrow().gazetteerId()).isEqualTo("geonames:173576");
        named(ps, "Xqoravistan").ifPresent(p -> {
            assertThat(p.gazetteerId()).isNull();
            assertThat(p.lat()).isNaN();
        });
    }

    @Test
    void sameNameGetsOneSensePerDocument() {
        List<Anchored<PlaceRef>> ps = places("Fighting reached Homs, Syria. Later, the Homs road was closed.");
        assertThat(ps.stream().filter(a -> a.text().contains("Homs")).map(a -> a.value().gazetteerId()).distinct())
                .containsExactly("geonames:169577");
    }

    @Test
    void placesNamedTogetherPullEachOtherTogether() {
        List<Anchored<PlaceRef>> ps = places("Deputies in Augusta said the storm closed roads across Georgia and near Savannah.");
        PlaceRef georgia = named(ps, "Georgia").orElseThrow();
        assertThat(georgia.country()).isEqualTo("US");
        assertThat(georgia.featureCode()).isEqualTo("ADM1");
    }

    @Test
    void streetNamesAreNotPlaces() {
        List<Anchored<PlaceRef>> ps = places("The fire started in a house on Orchard Road in Mansfield, Louisiana.");
        assertThat(ps).extracting(Anchored::text).doesNotContain("Road", "Orchard");
        assertThat(named(ps, "Mansfield").orElseThrow().admin1()).isEqualTo("Louisiana");
    }

    @Test
    void badInputDoesNotThrow() {
        assertThat(places("")).isEmpty();
        assertThat(places("!!! ,,, ---")).isEmpty();
    }
}
