package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void keepsWordsPrefixesPhrasesAndOperators() {
        assertThat(FtsQuery.of("saraqib")).isEqualTo("saraqib");
        assertThat(FtsQuery.of("  Saraq*  army ")).isEqualTo("Saraq* army");
        assertThat(FtsQuery.of("\"state media\" OR pontoon")).isEqualTo("\"state media\" OR pontoon");
    }

    @Test
    void quotesTokensThatWouldBeSyntaxErrors() {
        assertThat(FtsQuery.of("al-Numan")).isEqualTo("\"al-Numan\"");
        assertThat(FtsQuery.of("Assad's (forces)")).isEqualTo("\"Assad's\" \"(forces)\"");
        assertThat(FtsQuery.of("say \"hi")).isEqualTo("say \"\"\"hi\"");
    }

    @Test
    void dropsPunctuationAndDanglingOperators() {
        assertThat(FtsQuery.of("!! ??")).isEmpty();
        assertThat(FtsQuery.of("OR army AND")).isEqualTo("army");
        assertThat(FtsQuery.of("army AND OR navy")).isEqualTo("army AND navy");
    }
}
