package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.PloverType;

/** "It" and "the village / the town" after a control verb, through the whole extract chain (sentences written for Sitrep). */
class PlaceAnaphoraTest {

    private static List<Claim> assaults(String text, String pub) {
        return FullChain.code("anaphora", text, LocalDate.parse(pub)).stream()
                .filter(c -> c.event().type() == PloverType.ASSAULT).toList();
    }

    @Test
    void aPronounAfterAControlVerbTakesTheTownNamedBeforeItWithProvenance() {
        List<Claim> cs = assaults("Rebels pushed into the town of Morek on Monday. The army retook it on Wednesday.", "2024-12-05");
        Claim retake = cs.stream().filter(c -> "regained".equals(c.event().mode())).findFirst()
                .orElseThrow(() -> new AssertionError(CodingFixture.describe(cs)));
        assertThat(retake.event().place()).isNotNull();
        assertThat(retake.event().place().text()).isEqualTo("Morek");
        assertThat(retake.event().time().iso()).isEqualTo("2024-12-04");
        assertThat(retake.event().provenance().notes()).anyMatch(n -> n.startsWith("place via antecedent 'Morek' (sentence 0)"));
    }

    @Test
    void aVillageIsNeverACapitalAndTakingUpPositionsOutsideTheCityIsNoCapture() {
        List<Claim> cs = assaults("Rebels reached the outskirts of Damascus on Sunday. The army regained control of the village on Monday.",
                "2024-12-03");
        assertThat(cs).as(CodingFixture.describe(cs)).allMatch(c -> c.event().place() == null
                || !c.event().provenance().notes().stream().anyMatch(n -> n.startsWith("place via antecedent")));
        List<Claim> up = assaults("The army withdrew from Hama on Thursday. Its forces took up new positions outside the city.", "2024-12-05");
        assertThat(up).as(CodingFixture.describe(up)).noneMatch(c -> "captured".equals(c.event().mode()));
    }

    @Test
    void theTownIsTheSalientPlaceNotOneNamedInsideAClauseOfItsOwn() {
        List<Claim> cs = FullChain.code("anaphora", "Rebels took control of Maarat Misrin on Sunday, a town that lies where the road "
                + "from Latakia meets the road to Aleppo. Government troops withdrew from the town before dawn, residents said.",
                LocalDate.parse("2024-12-02")).stream().filter(c -> c.event().type() == PloverType.RETREAT).toList();
        assertThat(cs).as(CodingFixture.describe(cs)).isNotEmpty();
        assertThat(cs.get(0).event().place()).isNotNull();
        assertThat(cs.get(0).event().place().text()).isEqualTo("Maarat Misrin");
    }

    @Test
    void theFactionsAreTheSameSideAsTheFactionsNamedBefore() {
        List<Claim> cs = assaults("Opposition factions seized the village of Morek on Saturday near Hama. Government forces regained "
                + "control of the village on Tuesday, and the factions captured it again on Wednesday.", "2024-12-05");
        Claim again = cs.stream().filter(c -> c.event().time() != null && c.event().time().iso().equals("2024-12-04")).findFirst()
                .orElseThrow(() -> new AssertionError(CodingFixture.describe(cs)));
        assertThat(again.event().initiator().code()).isEqualTo("SYRREB");
        assertThat(again.event().place().text()).isEqualTo("Morek");
    }
}
