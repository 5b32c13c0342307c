package org.sitrep.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchored;
import org.sitrep.nlp.CoreNlpAnnotator;

class ActorTaggerTest {
    static ActorTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new ActorTagger(ActorDictionary.bundled());
    }

    static List<Anchored<ActorRef>> tag(String text) {
        return tagger.tag(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 12, 2)));
    }

    static ActorRef find(List<Anchored<ActorRef>> actors, String text) {
        return actors.stream().filter(a -> a.text().equals(text)).map(Anchored::value).findFirst()
                .orElseThrow(() -> new AssertionError("no actor '" + text + "' in " + actors.stream().map(Anchored::text).toList()));
    }

    @Test
    void titlesCountriesAndNamesFormOneMention() {
        List<Anchored<ActorRef>> a = tag("Russian Foreign Minister Sergei Lavrov phoned Turkish Foreign Minister Hakan Fidan "
                + "on Sunday.\nKremlin spokesperson Dmitry Peskov later praised North Korean dictator Kim Jong Un.\n"
                + "The Turkish Ministry of Foreign Affairs did not comment.");
        ActorRef lavrov = find(a, "Russian Foreign Minister Sergei Lavrov");
        assertThat(lavrov.name()).isEqualTo("Russia");
        assertThat(lavrov.code()).isEqualTo("RUSGOV");
        assertThat(lavrov.person()).isEqualTo("Sergei Lavrov");
        assertThat(lavrov.entryId()).contains("sitrep/actors/people.tsv:").contains("+");
        ActorRef fidan = find(a, "Turkish Foreign Minister Hakan Fidan");
        assertThat(fidan.code()).isEqualTo("TURGOV");
        assertThat(fidan.person()).isEqualTo("Hakan Fidan");
        assertThat(find(a, "Kremlin spokesperson Dmitry Peskov").code()).isEqualTo("RUSGOV");
        ActorRef kim = find(a, "North Korean dictator Kim Jong Un");
        assertThat(kim.code()).isEqualTo("PRKGOV");
        assertThat(kim.person()).isEqualTo("Kim Jong Un");
        assertThat(find(a, "Turkish Ministry of Foreign Affairs").code()).isEqualTo("TURGOV");
    }

    @Test
    void syrianGovernmentAndOppositionPhrases() {
        List<Anchored<ActorRef>> a = tag("Syrian opposition forces pushed toward Hama while Assad's forces pulled back.\n"
                + "The Syrian authorities blamed Turkey, and the Syrian military said regime forces would regroup in Syria.");
        assertThat(find(a, "Syrian opposition forces").code()).isEqualTo("SYRREB");
        assertThat(find(a, "Assad's forces").code()).isEqualTo("SYRMIL");
        assertThat(find(a, "Syrian authorities").code()).isEqualTo("SYRGOV");
        assertThat(find(a, "Syrian military").code()).isEqualTo("SYRMIL");
        ActorRef regime = find(a, "regime forces");
        assertThat(regime.code()).isEqualTo("SYRMIL");
        assertThat(regime.entryId()).contains("focus:SYR");
    }

    @Test
    void aStoryAboutOneCountryKeepsItsFocusWhenAForeignCapitalReacts() {
        List<Anchored<ActorRef>> a = tag("Opposition fighters entered the centre of Homs on Monday.\n"
                + "Syrian state media said government troops had pulled back, and the Syrian authorities promised a response.\n"
                + "In Moscow, the Kremlin said Russia was worried.");
        assertThat(find(a, "Opposition fighters").code()).isEqualTo("SYRREB");
        assertThat(find(a, "government troops").code()).isEqualTo("SYRMIL");
    }

    @Test
    void theTownsAStoryNamesTellWhereItIsSetWhenForeignJetsAreNamedMoreOften() {
        String text = "Opposition fighters entered the central prison of Hama on Thursday and freed detainees.\n"
                + "Russian jets were absent from the skies over Hama, and Russia said nothing.\n"
                + "Residents of Hama fled south towards Homs, and families from Salamiyah followed them.";
        ActorTagger withTowns = new ActorTagger(ActorDictionary.bundled(), org.sitrep.extract.places.Gazetteer.bundled()::townCountry);
        List<Anchored<ActorRef>> a = withTowns.tag(CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2024, 12, 5)));
        assertThat(find(a, "Opposition fighters").code()).isEqualTo("SYRREB");
        // without the towns, the foreign country named most often would have been taken for the setting
        assertThat(find(tag(text), "Opposition fighters").code()).isEqualTo("RUSREB");
    }

    @Test
    void aCountryCoordinatedWithACommonNounModifierIsItsOwnActor() {
        List<Anchored<ActorRef>> a = tag("Syrian opposition fighters took Aleppo.\n"
                + "Washington insists that Turkey and opposition forces return to the agreed lines.");
        assertThat(find(a, "Turkey").code()).isEqualTo("TUR");
        assertThat(find(a, "opposition forces").code()).isEqualTo("SYRREB");
        // two nationalities over one noun stay one phrase with two countries
        List<Anchored<ActorRef>> b = tag("Hungarian and Romanian officials signed the deal.");
        assertThat(find(b, "Hungarian and Romanian officials").country()).isEqualTo("HUN");
        assertThat(find(b, "Romanian").country()).isEqualTo("ROU");
    }

    @Test
    void aircraftMilitiasAndArmedGroups() {
        List<Anchored<ActorRef>> a = tag("Russian warplanes bombed the road and Russian aircraft circled overhead.\n"
                + "Iranian militias and Hezbollah left the area, while Ukrainian forces dug in far away.");
        assertThat(find(a, "Russian warplanes").code()).isEqualTo("RUSMIL");
        assertThat(find(a, "Russian aircraft").code()).isEqualTo("RUSMIL");
        assertThat(find(a, "Iranian militias").code()).isEqualTo("IRNMIL");
        ActorRef hezbollah = find(a, "Hezbollah");
        assertThat(hezbollah.code()).isEqualTo("LBNREB");
        assertThat(hezbollah.name()).isEqualTo("Hezbollah");
        assertThat(find(a, "Ukrainian forces").code()).isEqualTo("UKRMIL");
    }

    @Test
    void capitalIsAnActorAsSubjectOrPossessorButNotAfterALocativePreposition() {
        List<Anchored<ActorRef>> a = tag("Moscow promised more weapons.\nMoscow's support has limits.\n"
                + "The envoys met in Moscow and then travelled to Moscow again.");
        List<Anchored<ActorRef>> moscow = a.stream().filter(x -> x.text().equals("Moscow")).toList();
        assertThat(moscow).hasSize(2);
        assertThat(moscow).allSatisfy(m -> {
            assertThat(m.value().code()).isEqualTo("RUSGOV");
            assertThat(m.value().entryId()).contains("metonym");
        });
        assertThat(moscow.get(1).firstToken()).isLessThan(a.stream().filter(x -> x.text().equals("envoys"))
                .findFirst().map(Anchored::firstToken).orElse(Integer.MAX_VALUE));
    }

    @Test
    void coordinatedCountriesAreSeparateAndSpellingsAgree() {
        List<Anchored<ActorRef>> a = tag("Russia, Türkiye and Iran agreed on a plan.\n"
                + "Turkiye rejected it a year later, and Turkey's parliament debated Russia's role.");
        assertThat(a.stream().filter(x -> List.of("Russia", "Türkiye", "Iran").contains(x.text())).limit(3)
                .map(x -> x.value().country())).containsExactly("RUS", "TUR", "IRN");
        assertThat(find(a, "Turkiye").country()).isEqualTo("TUR");
        assertThat(a.stream().filter(x -> x.text().startsWith("Turkey")).findFirst().orElseThrow().value().country())
                .isEqualTo("TUR");
        assertThat(a.stream().filter(x -> x.text().equals("Russia")).count()).isEqualTo(2);
    }

    @Test
    void surnamesResolveToEarlierFullMentions() {
        List<Anchored<ActorRef>> a = tag("Syrian political analyst Karim Haddad said the front had collapsed.\n"
                + "Lavrov declined to comment, but Haddad expected more fighting.");
        ActorRef intro = a.stream().filter(x -> x.text().endsWith("Karim Haddad")).findFirst().orElseThrow().value();
        assertThat(intro.country()).isEqualTo("SYR");
        assertThat(intro.sector()).isEqualTo("ANL");
        ActorRef later = find(a, "Haddad");
        assertThat(later.person()).isEqualTo("Karim Haddad");
        assertThat(later.country()).isEqualTo("SYR");
        assertThat(later.entryId()).contains("coref");
        ActorRef lavrov = find(a, "Lavrov");
        assertThat(lavrov.code()).isEqualTo("RUSGOV");
        assertThat(lavrov.person()).isEqualTo("Sergei Lavrov");
    }

    @Test
    void coordinatedNationalityAdjectivesGiveOneActorPerCountry() {
        List<Anchored<ActorRef>> a = tag("Senior Dutch and Belgian diplomats signed the border accord on Friday.");
        assertThat(find(a, "Dutch and Belgian diplomats").code()).isEqualTo("NLDGOV");
        ActorRef belgian = find(a, "Belgian");
        assertThat(belgian.code()).isEqualTo("BELGOV");
        assertThat(belgian.entryId()).contains("sitrep/actors/agents.tsv:");
    }

    @Test
    void nationalityLeaderJoinsAnUnknownPersonAndAdjectiveOverPeopleNamesTheirCountry() {
        List<Anchored<ActorRef>> a = tag("Chadian leader Abakar Mahamat Doungous visited the camp.\n"
                + "Lebanese Armenians blocked the road.");
        ActorRef leader = find(a, "Chadian leader Abakar Mahamat Doungous");
        assertThat(leader.country()).isEqualTo("TCD");
        assertThat(leader.person()).isEqualTo("Abakar Mahamat Doungous");
        assertThat(find(a, "Lebanese Armenians").country()).isEqualTo("LBN");
    }

    @Test
    void historicalEuropeanBodiesAreIntergovernmental() {
        List<Anchored<ActorRef>> a = tag("European Community trade ministers met, and the Security Council voted later.");
        assertThat(find(a, "European Community trade ministers").sector()).isEqualTo("IGO");
        assertThat(find(a, "Security Council").sector()).isEqualTo("IGO");
    }

    @Test
    void peopleInOrFromACountryBelongToIt() {
        List<Anchored<ActorRef>> a = tag("Soldiers from Chad closed the bridge, and lawmakers in Peru protested.");
        assertThat(find(a, "Soldiers").code()).isEqualTo("TCDMIL");
        assertThat(find(a, "Soldiers").entryId()).contains("sitrep/actors/countries.tsv:");
        assertThat(find(a, "lawmakers").country()).isEqualTo("PER");
    }

    @Test
    void coordinatedHeadNounsShareTheNationalityAdjective() {
        List<Anchored<ActorRef>> a = tag("Chilean troops and police guarded the dam, while the army and police of nobody slept.");
        assertThat(find(a, "Chilean troops").code()).isEqualTo("CHLMIL");
        ActorRef police = a.stream().filter(x -> x.text().equals("police")).findFirst().orElseThrow().value();
        assertThat(police.code()).isEqualTo("CHLPOL");
        assertThat(police.entryId()).contains("sitrep/actors/countries.tsv:");
        assertThat(find(a, "army").country()).isNull();
    }

    @Test
    void importedCountryAliasAfterInOrFromGivesTheCountry() {
        ActorDictionary d = ActorDictionary.bundled().merge(ActorDictionary.of(List.of(new ActorEntry(
                ActorEntry.Kind.ALIAS, "gondor", "Gondor", List.of("Gondor"), "GON", null, "", null, null, "test:1"))));
        List<Anchored<ActorRef>> a = new ActorTagger(d).tag(CoreNlpAnnotator.shared().annotate(
                "Soldiers from Gondor closed the mountain pass.", LocalDate.of(2024, 12, 2)));
        assertThat(find(a, "Soldiers").code()).isEqualTo("GONMIL");
        assertThat(find(a, "Soldiers").entryId()).contains("test:1");
    }

    @Test
    void modifierReachesAPersonThroughAnUnknownTitleNoun() {
        List<Anchored<ActorRef>> a = tag("The rebels agreed to meet U.N. mediator Jane Doerfler next week.");
        ActorRef mediator = find(a, "U.N. mediator Jane Doerfler");
        assertThat(mediator.sector()).isEqualTo("IGO");
        assertThat(mediator.person()).isEqualTo("Jane Doerfler");
    }

    @Test
    void aPlaceNameTheNerTakesForAPersonIsNoActorButTheForceHoldingPositionsIs() {
        List<Anchored<ActorRef>> a = tag("Rebel units shelled army positions on Jabal Zayn al-Abidin and on Tal Khanzir overnight.");
        assertThat(a).extracting(Anchored::text).noneMatch(t -> t.contains("Jabal") || t.contains("Tal Khanzir"));
        assertThat(find(a, "army").sector()).isEqualTo("MIL");
        // a named person is still a person
        assertThat(tag("Talal Khanzir, a local commander, was killed.")).extracting(Anchored::text).anyMatch(t -> t.contains("Khanzir"));
    }
}
