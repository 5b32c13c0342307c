package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.PloverType;
import org.sitrep.testing.Shared;

/**
 * The seed articles end to end (read from ../shared/seeds, never copied): the events their README summaries name must
 * be found with the right type, actors, date and claim status.
 */
class SeedCodingTest {
    static List<Claim> isw, estiklal;

    @BeforeAll
    static void code() throws Exception {
        isw = FullChain.code("seed-isw", Files.readString(Shared.seeds().resolve("000_36bcc35d46dcd2ca.txt")), LocalDate.of(2024, 12, 1));
        estiklal = FullChain.code("seed-estiklal", Files.readString(Shared.seeds().resolve("004_36f5e782669055a5.txt")), LocalDate.of(2024, 12, 4));
    }

    static boolean is(ActorRef a, String country) { return a != null && country.equals(a.country()); }

    static void has(List<Claim> cs, String what, Predicate<Claim> p) {
        assertThat(cs).as(what + "\n" + CodingFixture.describe(cs)).anyMatch(p);
    }

    @Test
    void lavrovFidanPhoneCall() {
        has(isw, "RUS-TUR phone call on 30 Nov", c -> c.event().type() == PloverType.CONSULT && "phone".equals(c.event().mode())
                && is(c.event().initiator(), "RUS") && is(c.event().recipient(), "TUR") && c.event().time().iso().equals("2024-11-30"));
    }

    @Test
    void araghchiCallsLavrov() {
        has(isw, "IRN-RUS phone call on 30 Nov", c -> c.event().type() == PloverType.CONSULT && "phone".equals(c.event().mode())
                && is(c.event().initiator(), "IRN") && is(c.event().recipient(), "RUS") && c.event().time().iso().equals("2024-11-30"));
    }

    @Test
    void frontLineFightingNearKharkivAndPokrovsk() {
        has(isw, "Ukraine regains positions north of Kharkiv", c -> c.event().type() == PloverType.ASSAULT
                && is(c.event().initiator(), "UKR") && c.event().place() != null && c.event().place().name().contains("Kharkiv"));
        has(isw, "Russia advances near Pokrovsk", c -> c.event().type() == PloverType.ASSAULT
                && is(c.event().initiator(), "RUS") && c.event().place() != null && c.event().place().name().contains("Pokrovsk"));
    }

    @Test
    void theOffensiveWithItsCountsAndRussiasHistoryInSyria() {
        has(estiklal, "108 villages and 850 km2 taken", c -> c.event().type() == PloverType.ASSAULT
                && c.event().quantities().stream().anyMatch(q -> q.value() == 108)
                && c.event().quantities().stream().anyMatch(q -> q.value() == 850));
        has(estiklal, "the 2015 intervention", c -> c.event().type() == PloverType.MOBILIZE && is(c.event().initiator(), "RUS")
                && c.event().time() != null && c.event().time().iso().startsWith("2015-09") && c.context() == ClaimContext.HISTORICAL);
        has(estiklal, "the Khmeimim and Tartus leases", c -> c.event().type() == PloverType.AGREE && is(c.event().initiator(), "RUS")
                && c.context() == ClaimContext.HISTORICAL);
        has(estiklal, "the 2016 airstrikes on Aleppo", c -> c.event().type() == PloverType.ASSAULT && "air".equals(c.event().mode())
                && is(c.event().initiator(), "RUS") && c.event().time().iso().startsWith("2016") && c.context() == ClaimContext.HISTORICAL);
    }

    @Test
    void belousovMeetsKimInPyongyang() {
        has(isw, "RUS-PRK meeting in Pyongyang", c -> c.event().type() == PloverType.CONSULT && is(c.event().initiator(), "RUS")
                && is(c.event().recipient(), "PRK") && c.event().place() != null && c.event().place().name().contains("Pyongyang"));
    }

    @Test
    void syrianWithdrawalFromAleppoClaimedBySyrianAuthorities() {
        has(isw, "SYR withdrawal from Aleppo", c -> c.event().type() == PloverType.RETREAT && is(c.event().initiator(), "SYR")
                && c.event().place() != null && c.event().place().name().contains("Aleppo")
                && c.event().time().iso().equals("2024-11-30") && String.valueOf(c.claimant()).contains("Syrian authorities"));
    }

    @Test
    void peskovAccusesTheOpposition() {
        has(isw, "Peskov's accusation", c -> c.event().type() == PloverType.ACCUSE && is(c.event().initiator(), "RUS")
                && c.event().recipient() != null && "REB".equals(c.event().recipient().sector())
                && c.event().time().iso().equals("2024-11-29") && String.valueOf(c.claimant()).contains("Peskov"));
    }

    @Test
    void promisedAssistanceIsFutureAndRelayed() {
        has(isw, "promised aid", c -> c.event().type() == PloverType.AID && c.context() == ClaimContext.FUTURE
                && c.claimants().size() >= 2 && c.claimants().get(0).equals("ISW") && c.claimant().contains("Reuters sources"));
    }

    @Test
    void unverifiedOldWithdrawalStaysUnverifiedAndHistorical() {
        has(isw, "2022 withdrawal", c -> (c.event().type() == PloverType.RETREAT || c.event().type() == PloverType.MOBILIZE)
                && is(c.event().initiator(), "RUS") && c.certainty() == Certainty.UNVERIFIED && c.context() == ClaimContext.HISTORICAL);
    }

    @Test
    void oppositionCapturesAleppoAndRussiaStaysOut() {
        has(estiklal, "opposition takes ground in Aleppo", c -> c.event().type() == PloverType.ASSAULT
                && c.event().initiator() != null && "REB".equals(c.event().initiator().sector())
                && c.event().place() != null && c.event().place().name().contains("Aleppo"));
        has(estiklal, "airstrikes that could have happened", c -> c.event().type() == PloverType.ASSAULT
                && is(c.event().initiator(), "RUS") && c.context() == ClaimContext.HYPOTHETICAL);
        has(estiklal, "strike held back", c -> c.event().type() == PloverType.ASSAULT
                && is(c.event().initiator(), "RUS") && c.context() == ClaimContext.NEGATED);
    }
}
