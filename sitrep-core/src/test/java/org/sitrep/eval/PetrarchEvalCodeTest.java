package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;

class PetrarchEvalCodeTest {
    @Test
    void policeSectorIsWrittenAsCameoCop() {
        assertThat(PetrarchEval.cameoCode(new ActorRef("police", "Peru", "PER", "POL", null, "t"))).isEqualTo("PERCOP");
        assertThat(PetrarchEval.cameoCode(new ActorRef("police", "police", null, "POL", null, "t"))).isEqualTo("COP");
        assertThat(PetrarchEval.cameoCode(new ActorRef("army", "Peru", "PER", "MIL", null, "t"))).isEqualTo("PERMIL");
    }
}
