package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.TimeSpan.Granularity;
import org.sitrep.testing.TestAnalyses;

class TimeTaggerTest {
    static final LocalDate DEC_1 = LocalDate.of(2024, 12, 1);   // a Sunday
    final TimeTagger tagger = new TimeTagger();

    List<Anchored<TimeSpan>> times(String text, LocalDate published) {
        Analysis a = tagger.apply(TestAnalyses.of(text, published));
        return a.times();
    }

    TimeSpan only(List<Anchored<TimeSpan>> times, String containing) {
        return times.stream().filter(t -> t.value().text().contains(containing) || t.text().contains(containing))
                .findFirst().orElseThrow(() -> new AssertionError("no time with " + containing + " in " + times))
                .value();
    }

    @Test
    void dayRangesInThreeShapes() {
        List<Anchored<TimeSpan>> t = times("Clashes raged on 12-14 November around the dam. Shelling went on "
                + "between 27 and 29 November. Convoys moved from 20 to 23 November.", DEC_1);
        TimeSpan a = only(t, "12-14");
        assertThat(a.iso()).isEqualTo("2024-11-12/2024-11-14");
        assertThat(a.granularity()).isEqualTo(Granularity.RANGE);
        assertThat(a.rule()).startsWith("range:");
        assertThat(only(t, "27").iso()).isEqualTo("2024-11-27/2024-11-29");
        assertThat(only(t, "20").iso()).isEqualTo("2024-11-20/2024-11-23");
    }

    @Test
    void partsOfMonthsAndYears() {
        List<Anchored<TimeSpan>> t = times("The army pulled back in late March 2019 and again in early 2020. "
                + "A truce was signed in mid-June.", DEC_1);
        TimeSpan late = only(t, "late March");
        assertThat(late.iso()).isEqualTo("2019-03-21/2019-03-31");
        assertThat(late.granularity()).isEqualTo(Granularity.PART_OF_MONTH);
        assertThat(only(t, "early 2020").iso()).isEqualTo("2020-01-01/2020-04-30");
        assertThat(only(t, "mid-June").iso()).isEqualTo("2024-06-11/2024-06-20");
    }

    @Test
    void byADayIsTheWeekUpToItAndSinceIsOpenToTheReportDate() {
        List<Anchored<TimeSpan>> t = times("The militia took the hills by November 25. The siege has lasted "
                + "since March 2011.", DEC_1);
        TimeSpan by = only(t, "November 25");
        assertThat(by.end()).isEqualTo(LocalDate.of(2024, 11, 25));
        assertThat(by.start()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(by.text()).startsWith("by");
        TimeSpan since = only(t, "March 2011");
        assertThat(since.start()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(since.end()).isEqualTo(DEC_1);
        assertThat(since.rule()).startsWith("since");
    }

    @Test
    void recentlyIsAFuzzyFortnightAndTheNextHoursAreAFutureInterval() {
        List<Anchored<TimeSpan>> t = times("Rebels recently seized two bridges. Reinforcements should reach the "
                + "front within the next 48 hours.", DEC_1);
        TimeSpan recent = only(t, "recently");
        assertThat(recent.granularity()).isEqualTo(Granularity.FUZZY);
        assertThat(recent.iso()).isEqualTo("2024-11-17/2024-12-01");
        TimeSpan next = only(t, "48 hours");
        assertThat(next.iso()).isEqualTo("2024-12-01/2024-12-03");
    }

    @Test
    void narrativePhrasesFollowTheLastDateInTheStoryNotTheReportDate() {
        List<Anchored<TimeSpan>> t = times("Drones struck the depot on November 20. The following day, the "
                + "garrison withdrew. Two weeks ago officials met. On November 24 talks opened and the same day "
                + "a ceasefire was announced.", DEC_1);
        TimeSpan following = only(t, "following day");
        assertThat(following.iso()).isEqualTo("2024-11-21");
        assertThat(following.rule()).startsWith("narrative:following-day");
        assertThat(only(t, "same day").iso()).isEqualTo("2024-11-24");
    }

    @Test
    void weekdaysAreTheLastSuchDayUnlessTheClauseIsInTheFuture() {
        // 2024-12-04 is a Wednesday
        List<Anchored<TimeSpan>> t = times("Militants shelled the town on Saturday. Negotiators will meet on "
                + "Friday.", LocalDate.of(2024, 12, 4));
        assertThat(only(t, "Saturday").iso()).isEqualTo("2024-11-30");
        assertThat(only(t, "Friday").iso()).isEqualTo("2024-12-06");
    }

    @Test
    void yearlessDatesDoNotLandInTheFuture() {
        List<Anchored<TimeSpan>> t = times("The convoy was ambushed on December 30.", LocalDate.of(2025, 1, 5));
        assertThat(only(t, "December 30").iso()).isEqualTo("2024-12-30");
    }

    @Test
    void aDeadlineTakesTheNearestDateEitherWay() {
        List<Anchored<TimeSpan>> t = times("The truce was extended to January 10.", LocalDate.of(2024, 12, 20));
        assertThat(only(t, "January 10").iso()).isEqualTo("2025-01-10");
    }

    @Test
    void yearsAreYears() {
        TimeSpan y = only(times("Air raids on the city peaked in 2016.", DEC_1), "2016");
        assertThat(y.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(y.iso()).isEqualTo("2016-01-01/2016-12-31");
    }

    @Test
    void numbersThatAreNotDatesNeverBecomeDates() {
        List<Anchored<TimeSpan>> t = times("The council adopted Resolution 2139 and cited Article 1998 of the "
                + "charter.\n![A map of the front (1280×720)](https://example.org/media/2024/11/30/map1998.png)\n"
                + "The brigade counted 2045 shells.", DEC_1);
        assertThat(t).isEmpty();
    }

    @Test
    void aClockTimeAloneIsNotPutOnTheCalendar() {
        TimeTagger tt = new TimeTagger();
        Analysis a = TestAnalyses.of("The sirens sounded at 6 a.m.", DEC_1);
        List<TimeExpression> ex = tt.expressions(a);
        assertThat(ex).anySatisfy(e -> {
            assertThat(e.timexType()).isEqualTo("TIME");
            assertThat(e.isAnchored()).isFalse();
        });
        assertThat(tt.apply(a).times()).isEmpty();
    }

    @Test
    void durationsAreExpressionsButNotCalendarTimes() {
        TimeTagger tt = new TimeTagger();
        Analysis a = TestAnalyses.of("The siege lasted three weeks.", DEC_1);
        assertThat(tt.expressions(a)).anySatisfy(e -> {
            assertThat(e.timexType()).isEqualTo("DURATION");
            assertThat(e.timexValue()).isEqualTo("P3W");
        });
        assertThat(tt.apply(a).times()).isEmpty();
    }
}
