package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;
import org.sitrep.testing.TestAnalyses;

class TimeRolesTest {
    static final LocalDate DEC_3 = LocalDate.of(2024, 12, 3);

    static Analysis tagged(String text) {
        return new TimeTagger().apply(TestAnalyses.of(text, DEC_3));
    }

    static int tokenOf(Analysis a, String word) {
        return a.doc().tokens().stream().filter(t -> t.word().equals(word)).map(Token::index).findFirst().orElseThrow();
    }

    @Test
    void eventTimeAndClaimTimeAreKeptApart() {
        Analysis a = tagged("The governor stated on 29 November that the militia had captured the airport "
                + "on 27 November.");
        Anchored<TimeSpan> event = TimeRoles.eventTime(a.doc(), tokenOf(a, "captured"), a.times());
        Anchored<TimeSpan> claim = TimeRoles.claimTime(a.doc(), tokenOf(a, "stated"), a.times());
        assertThat(event).isNotNull();
        assertThat(event.value().iso()).isEqualTo("2024-11-27");
        assertThat(claim).isNotNull();
        assertThat(claim.value().iso()).isEqualTo("2024-11-29");
    }

    @Test
    void reportedEventWithoutItsOwnDateGetsNone() {
        Analysis a = tagged("The ministry said on Monday that troops withdrew from the town.");
        assertThat(TimeRoles.eventTime(a.doc(), tokenOf(a, "withdrew"), a.times())).isNull();
        assertThat(TimeRoles.claimTime(a.doc(), tokenOf(a, "said"), a.times()).value().iso())
                .isEqualTo("2024-12-02");
    }

    @Test
    void nounTriggerTakesItsOwnDateOrItsVerbs() {
        Analysis a = tagged("The offensive on 20-22 November surprised the army. Rebels entered Hama recently.");
        assertThat(TimeRoles.eventTime(a.doc(), tokenOf(a, "offensive"), a.times()).value().iso())
                .isEqualTo("2024-11-20/2024-11-22");
        assertThat(TimeRoles.eventTime(a.doc(), tokenOf(a, "entered"), a.times()).value().rule())
                .startsWith("fuzzy:recent");
    }

    @Test
    void dateOnTheFramingNounOfAMeeting() {
        Analysis a = tagged("The envoy met the prime minister during a short visit to Baghdad on 28 November.");
        assertThat(TimeRoles.eventTime(a.doc(), tokenOf(a, "met"), a.times()).value().iso()).isEqualTo("2024-11-28");
    }

    @Test
    void claimDateOneStepAway() {
        Analysis a = tagged("Monitors said in a bulletin on 30 November that the front had collapsed.");
        assertThat(TimeRoles.claimTime(a.doc(), tokenOf(a, "said"), a.times()).value().iso())
                .isEqualTo("2024-11-30");
    }
}
