package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverEvalCodeTest {
    @Test
    void nonIsoGoldCountryCodesAreReadAsIso() {
        assertThat(PloverEval.isoCode("JAP")).isEqualTo("JPN");
        assertThat(PloverEval.isoCode("ITL")).isEqualTo("ITA");
        assertThat(PloverEval.isoCode("FRA")).isEqualTo("FRA");
        assertThat(PloverEval.isoCode("IGO")).isEqualTo("IGO");
    }
}
