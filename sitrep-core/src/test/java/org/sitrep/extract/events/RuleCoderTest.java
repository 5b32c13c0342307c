package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PloverType;

/** The coder's constructions, on sentences written for these tests, with hand-built actor/place/time layers. */
class RuleCoderTest {

    private static List<Claim> ofType(List<Claim> claims, PloverType t) {
        return claims.stream().filter(c -> c.event().type() == t).toList();
    }

    @Test
    void lightVerbPhoneConversationIsAPhoneConsultation() {
        CodingFixture f = CodingFixture.of("Foreign Minister Ivanov of Russia held a phone conversation with the Turkish "
                + "foreign minister on Saturday to discuss Syria.", "2024-12-01")
                .actor("Foreign Minister Ivanov of Russia", "RUS", "GOV").actor("Turkish foreign minister", "TUR", "GOV")
                .place("Syria").timesFromNer();
        List<Claim> cs = f.code();
        assertThat(ofType(cs, PloverType.CONSULT)).as(CodingFixture.describe(cs)).hasSize(1);
        EventCoding e = cs.get(0).event();
        assertThat(e.mode()).isEqualTo("phone");
        assertThat(e.cameo()).isEqualTo("041");
        assertThat(e.initiator().country()).isEqualTo("RUS");
        assertThat(e.recipient().country()).isEqualTo("TUR");
        assertThat(e.time().iso()).isEqualTo("2024-11-30");
        assertThat(e.provenance().rule()).isEqualTo("consult.phone-noun");
        assertThat(e.provenance().entries()).anyMatch(x -> x.startsWith("sitrep/events/rules.tsv:"))
                .anyMatch(x -> x.startsWith("sitrep/events/ontology.tsv:")).contains("test:Turkish foreign minister");
    }

    @Test
    void twoMinistersWhoDiscussSomethingConsultEachOtherNotTheirOwnCountries() {
        CodingFixture f = CodingFixture.of("Minister Holm and Minister Berge discussed closer Danish-Norwegian energy "
                + "cooperation on Monday.", "2024-12-03")
                .actor("Minister Holm", "DNK", "GOV").actor("Minister Berge", "NOR", "GOV")
                .actor("Danish-Norwegian", "DNK", null).timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.CONSULT);
        assertThat(cs).as(CodingFixture.describe(f.code())).isNotEmpty();
        assertThat(cs).extracting(c -> c.event().initiator().country() + ">" + c.event().recipient().country())
                .containsExactlyInAnyOrder("DNK>NOR", "NOR>DNK");
    }

    @Test
    void aGuessedRecipientIsNeverTheInitiatorsOwnCountry() {
        CodingFixture f = CodingFixture.of("Minister Holm discussed Danish energy plans on Monday.", "2024-12-03")
                .actor("Minister Holm", "DNK", "GOV").actor("Danish", "DNK", null).timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.CONSULT);
        assertThat(cs).as(CodingFixture.describe(f.code()))
                .noneMatch(c -> c.event().recipient() != null && "DNK".equals(c.event().recipient().country()));
    }

    @Test
    void aCapturedTownIsThePlaceNotTheLosingSideButABombedTownStandsForItsCountry() {
        CodingFixture taken = CodingFixture.of("Syrian rebels captured Sarmin on Sunday.", "2024-12-02")
                .actor("Syrian rebels", "SYR", "REB").place("Sarmin").timesFromNer();
        List<Claim> cs = ofType(taken.code(), PloverType.ASSAULT);
        assertThat(cs).as(CodingFixture.describe(taken.code())).singleElement()
                .satisfies(c -> assertThat(c.event().recipient()).isNull());

        CodingFixture bombed = CodingFixture.of("Syrian jets bombed Sarmin on Sunday.", "2024-12-02")
                .actor("Syrian jets", "SYR", "MIL").place("Sarmin").timesFromNer();
        cs = ofType(bombed.code(), PloverType.ASSAULT);
        assertThat(cs).as(CodingFixture.describe(bombed.code())).singleElement().satisfies(c -> {
            assertThat(c.event().recipient().country()).isEqualTo("SYR");
            assertThat(c.event().recipient().name()).isEqualTo("Syria");
        });
    }

    @Test
    void callingSomethingANameIsNotAPhoneCall() {
        CodingFixture f = CodingFixture.of("Minister Holm called the raid a violation of Danish sovereignty on Tuesday.", "2024-12-04")
                .actor("Minister Holm", "DNK", "GOV").actor("Danish", "DNK", null).timesFromNer();
        List<Claim> cs = f.code();
        assertThat(ofType(cs, PloverType.CONSULT)).as(CodingFixture.describe(cs)).isEmpty();
    }

    @Test
    void callingReportsOfSomethingANameIsNotAPhoneCall() {
        CodingFixture f = CodingFixture.of("The Ruritanian defence ministry denied on Monday that its jets had hit a bakery in Velm, "
                + "calling reports of the raid a fabrication by the rebels.", "2024-12-03")
                .actor("Ruritanian defence ministry", "RUR", "GOV").actor("jets", null, "MIL").place("Velm").timesFromNer();
        List<Claim> cs = f.code();
        assertThat(ofType(cs, PloverType.CONSULT)).as(CodingFixture.describe(cs)).isEmpty();
    }

    @Test
    void aParticipleDescribingTheSubjectSharesItsVerbsTimeAndNamesTheSupportedSide() {
        CodingFixture f = CodingFixture.of("Government forces, backed by Ruritanian jets, recaptured the old town in March 2018.",
                "2024-11-29").actor("Government forces", "SYR", "MIL").actor("Ruritanian jets", "RUR", "MIL").timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.SUPPORT);
        assertThat(cs).as(CodingFixture.describe(f.code())).hasSize(1);
        assertThat(cs.get(0).event().initiator().country()).isEqualTo("RUR");
        assertThat(cs.get(0).event().recipient().country()).isEqualTo("SYR");
        assertThat(cs.get(0).event().time().start()).isEqualTo(java.time.LocalDate.of(2018, 3, 1));
    }

    @Test
    void aCounterpartNamedAfterHisNationalityIsThePersonNotOnlyTheCountry() {
        CodingFixture f = CodingFixture.of("Minister Holm held a phone call with his Ruritanian counterpart Karel Vesely on Friday.",
                "2024-12-07").person("Minister Holm", "DNK", "GOV").actor("Ruritanian", "RUR", null)
                .person("Karel Vesely", "RUR", "GOV").timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.CONSULT);
        assertThat(cs).as(CodingFixture.describe(f.code())).isNotEmpty();
        assertThat(cs.get(0).event().recipient().person()).isEqualTo("Karel Vesely");
    }

    @Test
    void agreeingToACeasefireIsACeasefireAgreement() {
        CodingFixture f = CodingFixture.of("The border militia and the Ruritanian army agreed to a ceasefire around the dam on Sunday.",
                "2024-12-02").actor("border militia", null, "REB").actor("Ruritanian army", "RUR", "MIL").timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.AGREE);
        assertThat(cs).as(CodingFixture.describe(f.code())).isNotEmpty();
        assertThat(cs).allSatisfy(c -> assertThat(c.event().mode()).isEqualTo("ceasefire"));
    }

    @Test
    void aDateTheParseHangsInsideTheObjectStillDatesTheEvent() {
        CodingFixture f = CodingFixture.of("Government forces took over villages along the river, including Tel Hamra, in "
                + "October 2019.", "2024-12-04")
                .actor("Government forces", "SYR", "MIL").place("Tel Hamra").timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.ASSAULT);
        assertThat(cs).as(CodingFixture.describe(f.code())).isNotEmpty();
        assertThat(cs.get(0).event().time().start()).isEqualTo(java.time.LocalDate.of(2019, 10, 1));
    }

    @Test
    void coordinatedCountryModifiersInsideOneMentionAreSeparateInitiators() {
        CodingFixture f = CodingFixture.of("Dutch and Belgian diplomats condemned the shelling of the port on Friday.", "2024-12-07")
                .actor("Dutch and Belgian diplomats", "NLD", "GOV").actor("Belgian", "BEL", "GOV").timesFromNer();
        List<Claim> cs = f.code();
        assertThat(cs).as(CodingFixture.describe(cs)).isNotEmpty();
        assertThat(cs).extracting(c -> c.event().initiator() == null ? null : c.event().initiator().country())
                .contains("NLD", "BEL");
    }

    @Test
    void demandThatClauseMakesItsSubjectTheRecipient() {
        CodingFixture f = CodingFixture.of("Chile demanded on Monday that Peru release the fishing crews.", "2024-12-09")
                .actor("Chile", "CHL", null).actor("Peru", "PER", null).timesFromNer();
        List<Claim> cs = ofType(f.code(), PloverType.REQUEST);
        assertThat(cs).as(CodingFixture.describe(f.code())).isNotEmpty();
        assertThat(cs.get(0).event().initiator().country()).isEqualTo("CHL");
        assertThat(cs.get(0).event().recipient().country()).isEqualTo("PER");
    }

    @Test
    void lightVerbCarryOutAirstrikesWithCountAndPlace() {
        CodingFixture f = CodingFixture.of("Russian jets carried out more than 40 airstrikes on Maarat on Tuesday.", "2024-12-04")
                .actor("Russian jets", "RUS", "MIL").place("Maarat").quantity("more than 40", "strikes", 40).timesFromNer();
        List<Claim> cs = f.code();
        assertThat(cs).as(CodingFixture.describe(cs)).hasSize(1);
        EventCoding e = cs.get(0).event();
        assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(e.mode()).isEqualTo("air");
        assertThat(e.acledSubType()).isEqualTo("Air/drone strike");
        assertThat(e.initiator().code()).isEqualTo("RUSMIL");
        assertThat(e.place().name()).isEqualTo("Maarat");
        assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(40.0);
        assertThat(e.time().iso()).isEqualTo("2024-12-03");
    }

    @Test
    void passiveCaptureTakesTheInitiatorFromTheByPhrase() {
        CodingFixture f = CodingFixture.of("The town of Kafr Nabl was captured by HTS fighters on Monday.", "2024-12-03")
                .actor("HTS", "SYR", "REB").place("Kafr Nabl").timesFromNer();
        List<Claim> cs = f.code();
        assertThat(cs).as(CodingFixture.describe(cs)).hasSize(1);
        EventCoding e = cs.get(0).event();
        assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(e.mode()).isEqualTo("captured");
        assertThat(e.acledSubType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(e.initiator().code()).isEqualTo("SYRREB");
        assertThat(e.place().name()).isEqualTo("Kafr Nabl");
    }

    @Test
    void stateForcesRetakingGroundMapToGovernmentRegainsTerritory() {
        CodingFixture f = CodingFixture.of("Army units retook Umm Batna from the insurgents.", "2024-12-03")
                .actor("Army units", "SYR", "MIL").actor("insurgents", "SYR", "REB").place("Umm Batna");
        EventCoding e = f.code().get(0).event();
        assertThat(e.mode()).isEqualTo("regained");
        assertThat(e.acledSubType()).isEqualTo("Government regains territory");
        assertThat(e.recipient().code()).isEqualTo("SYRREB");
        assertThat(e.time().rule()).isEqualTo("pubdate-default");
    }

    @Test
    void nominalEventsTakeTheirActorsFromTheNounPhrase() {
        CodingFixture f = CodingFixture.of("The capture of Khan Tuman by rebel factions cut the highway.", "2024-12-03")
                .actor("rebel factions", "SYR", "REB").place("Khan Tuman");
        List<Claim> cs = ofType(f.code(), PloverType.ASSAULT);
        assertThat(cs).as(CodingFixture.describe(cs)).hasSize(1);
        assertThat(cs.get(0).event().initiator().code()).isEqualTo("SYRREB");
        assertThat(cs.get(0).event().place().name()).isEqualTo("Khan Tuman");

        CodingFixture g = CodingFixture.of("Israeli airstrikes on Qusayr destroyed a bridge.", "2024-12-03")
                .actor("Israeli", "ISR", "MIL").place("Qusayr");
        List<Claim> gs = ofType(g.code(), PloverType.ASSAULT);
        assertThat(gs).as(CodingFixture.describe(gs)).isNotEmpty();
        assertThat(gs.get(0).event().initiator().country()).isEqualTo("ISR");
        assertThat(gs).anyMatch(c -> c.event().place() != null && c.event().place().name().equals("Qusayr"));
    }

    @Test
    void coordinatedSubjectsGiveOneEventEach() {
        CodingFixture f = CodingFixture.of("Egypt and Jordan condemned the shelling of the camp.", "2024-12-03")
                .actor("Egypt", "EGY", "GOV").actor("Jordan", "JOR", "GOV");
        List<Claim> cs = ofType(f.code(), PloverType.ACCUSE);
        assertThat(cs).as(CodingFixture.describe(f.code())).extracting(c -> c.event().initiator().country())
                .containsExactlyInAnyOrder("EGY", "JOR");
        assertThat(cs).extracting(Claim::id).doesNotHaveDuplicates();
    }

    @Test
    void coordinatedPlacesAndSeveralEventsInOneSentence() {
        CodingFixture f = CodingFixture.of("Rebels seized Tal Sultan, and army troops withdrew from Abu Dali the next day.", "2024-12-03")
                .actor("Rebels", "SYR", "REB").actor("army troops", "SYR", "MIL").place("Tal Sultan").place("Abu Dali");
        List<Claim> cs = f.code();
        assertThat(cs).as(CodingFixture.describe(cs)).extracting(c -> c.event().type())
                .contains(PloverType.ASSAULT, PloverType.RETREAT);
        Claim retreat = ofType(cs, PloverType.RETREAT).get(0);
        assertThat(retreat.event().initiator().code()).isEqualTo("SYRMIL");
        assertThat(retreat.event().place().name()).isEqualTo("Abu Dali");
        Claim capture = ofType(cs, PloverType.ASSAULT).get(0);
        assertThat(capture.event().place().name()).isEqualTo("Tal Sultan");
    }

    @Test
    void symmetricAgreementBetweenCoordinatedParties() {
        CodingFixture f = CodingFixture.of("Armenia and Azerbaijan agreed to a ceasefire in the border area.", "2024-12-03")
                .actor("Armenia", "ARM", "GOV").actor("Azerbaijan", "AZE", "GOV");
        List<Claim> cs = ofType(f.code(), PloverType.AGREE);
        assertThat(cs).as(CodingFixture.describe(cs)).extracting(c -> c.event().initiator().country() + ">" + c.event().recipient().country())
                .contains("ARM>AZE", "AZE>ARM");
    }

    @Test
    void forcePostureRedeploymentWithEquipment() {
        CodingFixture f = CodingFixture.of("Moscow redeployed an S-400 battery from Hmeimim to Tartus last week.", "2024-12-03")
                .actor("Moscow", "RUS", "GOV").place("Hmeimim").place("Tartus");
        EventCoding e = f.code().get(0).event();
        assertThat(e.type()).isEqualTo(PloverType.MOBILIZE);
        assertThat(e.mode()).isEqualTo("redeploy");
        assertThat(e.trigger()).isEqualTo("redeployed");
    }

    @Test
    void placeComesFromTheTriggersOwnPhraseNotAnyPlaceInTheSentence() {
        CodingFixture f = CodingFixture.of("While talks went on in Geneva, militants shelled Suran.", "2024-12-03")
                .actor("militants", "SYR", "REB").place("Geneva").place("Suran");
        Claim c = ofType(f.code(), PloverType.ASSAULT).get(0);
        assertThat(c.event().place().name()).isEqualTo("Suran");
        assertThat(c.event().place().precision()).isEqualTo(1);
    }

    @Test
    void sentencesWithoutEventsGiveNothing() {
        CodingFixture f = CodingFixture.of("Homs is a large city on the Orontes river.", "2024-12-03").place("Homs");
        assertThat(f.code()).isEmpty();
    }

    @Test
    void claimIdsAreStable() {
        CodingFixture f = CodingFixture.of("Rebels stormed Tal Sultan.", "2024-12-03").actor("Rebels", "SYR", "REB").place("Tal Sultan");
        Claim c = f.code().get(0);
        assertThat(c.id()).isEqualTo("rep1:0:" + c.evidence().triggerSpan().begin());
        assertThat(c.evidence().text()).isEqualTo("Rebels stormed Tal Sultan.");
    }
}
