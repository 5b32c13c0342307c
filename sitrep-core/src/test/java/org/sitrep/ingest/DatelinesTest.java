package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dec 1, 2024 - 02:00            | 2024-12-01T02:00:00Z",
            "December 1, 2024               | 2024-12-01T00:00:00Z",
            "1 December 2024                | 2024-12-01T00:00:00Z",
            "2024-12-01                     | 2024-12-01T00:00:00Z",
            "Nov. 30, 2024 14:20 GMT        | 2024-11-30T14:20:00Z",
            "Nov 30, 2024, 5:20 pm MSK      | 2024-11-30T14:20:00Z",
            "Sunday, 1st December 2024 at 09:15 | 2024-12-01T09:15:00Z",
            "Sept 3, 2024                   | 2024-09-03T00:00:00Z",
            "June 3 2024 23:59 +0300        | 2024-06-03T20:59:00Z",
            "2024/12/04 07:05               | 2024-12-04T07:05:00Z",
            "2024-12-01T17:45:00Z           | 2024-12-01T17:45:00Z",
            "2024-12-02T14:30:00+03:00      | 2024-12-02T11:30:00Z",
            "2024-12-02T14:30:00            | 2024-12-02T14:30:00Z",
            "'Sun, 01 Dec 2024 15:20:00 GMT' | 2024-12-01T15:20:00Z",
    })
    void parsesCommonDateForms(String text, String expected) {
        assertThat(Datelines.parse(text)).contains(Instant.parse(expected));
    }

    @Test
    void readsADatelineWithNonBreakingSpacesAroundTheDash() {
        assertThat(Datelines.dateline("Dec 1, 2024\u00A0-\u00A002:00")).contains(Instant.parse("2024-12-01T02:00:00Z"));
    }

    @Test
    void aDatelineMayNameAPlaceOrAnOutletButNotBeASentence() {
        assertThat(Datelines.dateline("KYIV, 1 December 2024")).contains(Instant.parse("2024-12-01T00:00:00Z"));
        assertThat(Datelines.dateline("Updated: 2024-12-03 10:00")).contains(Instant.parse("2024-12-03T10:00:00Z"));
        assertThat(Datelines.dateline("Officials said on 1 December 2024 that the border crossing would stay closed"))
                .isEmpty();
    }

    @Test
    void rejectsImpossibleOrIncompleteDates() {
        assertThat(Datelines.parse("February 30, 2024")).isEmpty();
        assertThat(Datelines.parse("30 November")).isEmpty();
        assertThat(Datelines.parse("the day after tomorrow")).isEmpty();
        assertThat(Datelines.parse("")).isEmpty();
        assertThat(Datelines.parse(null)).isEmpty();
    }

    @Test
    void findsTheFirstDateInsideText() {
        String text = "Troops left the town on 3 December 2024 and returned on 5 December 2024.";
        Datelines.Found f = Datelines.find(text).orElseThrow();
        assertThat(f.instant()).isEqualTo(Instant.parse("2024-12-03T00:00:00Z"));
        assertThat(text.substring(f.start(), f.end())).isEqualTo("3 December 2024");
    }
}
