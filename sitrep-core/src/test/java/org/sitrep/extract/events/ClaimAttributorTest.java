package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.PloverType;
import org.sitrep.model.Stance;

/** Claim attribution, certainty and context, through the coder, on sentences written for these tests. */
class ClaimAttributorTest {

    private static Claim only(List<Claim> cs, PloverType t) {
        List<Claim> l = cs.stream().filter(c -> c.event().type() == t).toList();
        assertThat(l).as(CodingFixture.describe(cs)).isNotEmpty();
        return l.get(0);
    }

    @Test
    void nestedReportingGivesTheChainOutermostFirst() {
        CodingFixture f = CodingFixture.of("The think tank said that AFP sources reported that militias entered Deir Hafer.", "2024-12-03")
                .actor("militias", "SYR", "REB").place("Deir Hafer");
        Claim c = only(f.code(), PloverType.ASSAULT);
        assertThat(c.claimants()).containsExactly("think tank", "AFP sources");
        assertThat(c.claimant()).isEqualTo("AFP sources");
        assertThat(c.certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void hisOfficeIsTheOfficeOfThePersonNamedBefore() {
        CodingFixture f = CodingFixture.of("President Anna Lindqvist arrived in the port city on Monday. She met army commanders "
                + "in Velm on Tuesday, her office said.", "2024-12-04")
                .actor("President Anna Lindqvist", "SWE", "GOV").actor("She", "SWE", "GOV").actor("army commanders", "SWE", "MIL")
                .place("Velm").timesFromNer();
        Claim c = f.code().stream().filter(x -> x.claimant() != null).findFirst()
                .orElseThrow(() -> new AssertionError(CodingFixture.describe(f.code())));
        assertThat(c.claimant()).isEqualTo("Anna Lindqvist's office");
    }

    @Test
    void reportLevelSourceLineIsTheOuterClaimant() {
        CodingFixture f = CodingFixture.of("Source: CTP\n\nAFP sources said militias entered Deir Hafer.", "2024-12-03")
                .actor("militias", "SYR", "REB").place("Deir Hafer");
        assertThat(only(f.code(), PloverType.ASSAULT).claimants()).containsExactly("CTP", "AFP sources");
    }

    @Test
    void ownVoiceIsAssertedAndTrailingSaidIsReported() {
        CodingFixture f = CodingFixture.of("Militias entered Deir Hafer.\nMilitias entered the town of Maskanah, local residents said.", "2024-12-03")
                .actor("Militias", "SYR", "REB").place("Deir Hafer").place("Maskanah");
        List<Claim> cs = f.code();
        assertThat(cs.get(0).certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(cs.get(0).claimants()).isEmpty();
        assertThat(cs.get(1).certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(cs.get(1).claimant()).isEqualTo("local residents");
    }

    @Test
    void accordingToAndReportedly() {
        CodingFixture f = CodingFixture.of("According to the monitor, gunmen kidnapped two nurses in Salqin.\n"
                + "The envoys reportedly met in Amman.", "2024-12-03")
                .actor("gunmen", "SYR", "REB").actor("nurses", "SYR", "CVL").actor("envoys", "USA", "GOV").place("Salqin").place("Amman");
        List<Claim> cs = f.code();
        Claim k = only(cs, PloverType.ASSAULT);
        assertThat(k.certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(k.claimant()).isEqualTo("monitor");
        assertThat(only(cs, PloverType.CONSULT).certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void unverifiedReportsStayUnverified() {
        CodingFixture f = CodingFixture.of("The institute gathered unconfirmed reports that the militia withdrew from Sabkha.", "2024-12-03")
                .actor("militia", "SYR", "REB").place("Sabkha");
        Claim c = only(f.code(), PloverType.RETREAT);
        assertThat(c.certainty()).isEqualTo(Certainty.UNVERIFIED);
        assertThat(c.claimant()).isEqualTo("institute");
    }

    @Test
    void accusationsAreAllegedAndDenialsContradict() {
        CodingFixture f = CodingFixture.of("The ministry claimed that its troops had taken Jarablus.\n"
                + "The army denied that its jets had bombed the bakery in Atarib.", "2024-12-03")
                .actor("The ministry", "RUS", "GOV").actor("The army", "SYR", "MIL").place("Jarablus").place("Atarib");
        List<Claim> cs = f.code();
        Claim taken = only(cs, PloverType.ASSAULT);
        assertThat(taken.certainty()).isEqualTo(Certainty.ALLEGED);
        assertThat(taken.event().initiator().country()).as("'its troops' resolved to the claimant").isEqualTo("RUS");
        Claim bombed = cs.stream().filter(c -> c.event().mode() != null && c.event().mode().equals("air")).findFirst().orElseThrow();
        assertThat(bombed.certainty()).isEqualTo(Certainty.DENIED);
        assertThat(bombed.stance()).isEqualTo(Stance.CONTRADICTS);
    }

    @Test
    void negationHypotheticalAndFuture() {
        CodingFixture f = CodingFixture.of("Turkish drones did not strike Tal Tamr.\n"
                + "The air force could have bombed the convoy.\n"
                + "Belarus will send troops to the border.\n"
                + "Iran has pledged military aid to the government.", "2024-12-03")
                .actor("Turkish drones", "TUR", "MIL").actor("The air force", "SYR", "MIL").actor("Belarus", "BLR", "GOV")
                .actor("Iran", "IRN", "GOV").actor("government", "SYR", "GOV").place("Tal Tamr");
        List<Claim> all = f.code();
        List<Claim> cs = all.stream().filter(c -> c.event().type() != PloverType.AGREE).toList(); // "pledged" is also an AGREE
        assertThat(cs).as(CodingFixture.describe(all)).hasSize(4);
        assertThat(cs).extracting(Claim::context).containsExactly(ClaimContext.NEGATED, ClaimContext.HYPOTHETICAL,
                ClaimContext.FUTURE, ClaimContext.FUTURE);
        assertThat(cs.get(3).event().type()).isEqualTo(PloverType.AID);
        assertThat(cs.get(3).event().recipient().country()).isEqualTo("SYR");
    }

    @Test
    void heldBackFromAChanceIsNegated() {
        CodingFixture f = CodingFixture.of("Ankara had the chance to strike the convoy but held back.", "2024-12-03").actor("Ankara", "TUR", "GOV");
        assertThat(only(f.code(), PloverType.ASSAULT).context()).isEqualTo(ClaimContext.NEGATED);
    }

    @Test
    void eventsLongBeforeTheReportAreHistoricalAndClaimTimeIsKept() {
        CodingFixture f = CodingFixture.of("In 2019, loyalist forces captured Kafr Zita.\n"
                + "The spokesman stated on 2 December that rebels had entered Hama.", "2024-12-04")
                .actor("loyalist forces", "SYR", "MIL").actor("rebels", "SYR", "REB").place("Kafr Zita").place("Hama").timesFromNer();
        List<Claim> cs = f.code();
        assertThat(cs.get(0).context()).isEqualTo(ClaimContext.HISTORICAL);
        assertThat(cs.get(1).context()).isEqualTo(ClaimContext.NONE);
        assertThat(cs.get(1).claimTime().iso()).isEqualTo("2024-12-02");
        assertThat(cs.get(1).event().time().iso()).as("no own time: the statement's").isEqualTo("2024-12-02");
    }

    @Test
    void quotedParagraphsAreAttributedToTheSpeakerAfterTheQuote() {
        CodingFixture f = CodingFixture.of("Analyst Omar Haddad spoke to the paper.\n"
                + "“Militias entered Maskanah before dawn,” Haddad added.", "2024-12-03")
                .actor("Militias", "SYR", "REB").place("Maskanah");
        Claim c = only(f.code(), PloverType.ASSAULT);
        assertThat(c.claimant()).contains("Haddad");
        assertThat(c.certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void speakerAccusesWhenCallingAnOffensiveAnAggression() {
        CodingFixture f = CodingFixture.of("The Kremlin spokesman said on Friday that the rebel offensive is an aggression against Syria.", "2024-11-30")
                .actor("The Kremlin spokesman", "RUS", "GOV").actor("rebel", "SYR", "REB").timesFromNer();
        Claim c = only(f.code(), PloverType.ACCUSE);
        assertThat(c.event().initiator().country()).isEqualTo("RUS");
        assertThat(c.event().recipient().code()).isEqualTo("SYRREB");
        assertThat(c.event().time().iso()).isEqualTo("2024-11-29");
    }
}
