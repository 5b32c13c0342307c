package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.PloverType;
import org.junit.jupiter.api.Test;

/**
 * What a reader takes from the sentences around an event: the story's last named day for an undated past event, a
 * pronoun's antecedent, a year modifying an event noun, and aims that are not facts.
 */
class StoryReadingTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2024-12-03");

    private static List<Claim> of(List<Claim> cs, PloverType t) {
        return cs.stream().filter(c -> c.event().type() == t).toList();
    }

    private static Claim withTrigger(List<Claim> cs, String trigger) {
        return cs.stream().filter(c -> c.event().trigger().contains(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event with trigger " + trigger + " in " + cs));
    }

    @Test
    void anUndatedPastEventContinuesTheDayTheStoryLastNamed() {
        List<Claim> cs = FullChain.code("story1", "Sergei Lavrov phoned his Turkish counterpart, Hakan Fidan, on "
                + "30 November. The ministry said the talks were tense. Lavrov and Fidan "
                + "discussed a new round of talks in Astana.", PUBLISHED);
        Claim discussed = withTrigger(cs, "discussed");
        assertThat(discussed.event().time().iso()).isEqualTo("2024-11-30");
        assertThat(discussed.event().time().rule()).startsWith("story-time:");
        assertThat(discussed.event().provenance().notes()).anyMatch(n -> n.contains("story's last named day"));
    }

    @Test
    void aPresentPerfectOrAnOldDateKeepsThePublicationDay() {
        List<Claim> perfect = FullChain.code("story2", "Sergei Lavrov phoned his Turkish counterpart, Hakan Fidan, "
                + "on 30 November. Lavrov and Fidan have discussed a new round of "
                + "talks.", PUBLISHED);
        assertThat(withTrigger(perfect, "discussed").event().time().iso()).isEqualTo("2024-12-03");

        List<Claim> old = FullChain.code("story3", "Turkey and Russia signed a de-escalation deal in March 2020. Lavrov "
                + "and Fidan discussed a new round of talks.", PUBLISHED);
        assertThat(withTrigger(old, "discussed").event().time().iso()).isEqualTo("2024-12-03");
    }

    @Test
    void aPossessivePronounTakesTheNearestFittingActorNotAnAdjective() {
        List<Claim> cs = FullChain.code("story4", "With no Iranian artillery cover, Syrian troops and allied "
                + "militias lost the ridge, and their withdrawal from Saraqib began at dawn.", PUBLISHED);
        List<Claim> retreats = of(cs, PloverType.RETREAT);
        assertThat(retreats).isNotEmpty();
        assertThat(retreats.get(0).event().initiator()).isNotNull();
        assertThat(retreats.get(0).event().initiator().country()).isEqualTo("SYR");
    }

    @Test
    void aYearModifyingTheEventNounDatesIt() {
        List<Claim> cs = FullChain.code("story5", "The 2016 battles between rebels and government forces in Aleppo "
                + "left much of the old city in ruins.", PUBLISHED);
        Claim battles = withTrigger(cs, "battles");
        assertThat(battles.event().time().iso()).isEqualTo("2016-01-01/2016-12-31");
        assertThat(battles.context()).isEqualTo(ClaimContext.HISTORICAL);
    }

    @Test
    void aCounterattackBeingPreparedIsAnAimAndAttacksPreventedAreNegated() {
        List<Claim> prepared = FullChain.code("story6", "The Syrian army announced a pullback from the town to prepare a "
                + "counteroffensive against the rebels.", PUBLISHED);
        assertThat(withTrigger(prepared, "counteroffensive").context()).isEqualTo(ClaimContext.FUTURE);

        List<Claim> prevented = FullChain.code("story7", "Turkish troops deployed along the border to prevent attacks by "
                + "Kurdish militants on Turkish villages.", PUBLISHED);
        assertThat(withTrigger(prevented, "attacks").context()).isEqualTo(ClaimContext.NEGATED);
    }

    @Test
    void whoNamesOrJudgesAnEventDidNotCarryItOut() {
        List<Claim> cs = FullChain.code("story9", "Kremlin spokesman Dmitry Peskov called the rebel offensive in Aleppo a "
                + "violation of Syrian sovereignty.", PUBLISHED);
        Claim offensive = withTrigger(cs, "offensive");
        assertThat(offensive.event().initiator() == null ? null : offensive.event().initiator().country()).isNotEqualTo("RUS");
    }

    @Test
    void aCountryNamedInAnotherClausesAgentDoesNotPlaceTheTalks() {
        List<Claim> cs = FullChain.code("story8", "Lavrov and Fidan discussed joint efforts to calm the fighting, "
                + "through a process launched by Russia, Turkey and Iran.", PUBLISHED);
        assertThat(of(cs, PloverType.CONSULT)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.event().place()).isNull());
    }
}
