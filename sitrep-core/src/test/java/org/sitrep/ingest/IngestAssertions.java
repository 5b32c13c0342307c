package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.Report;

/** Helpers shared by the ingest tests. */
final class IngestAssertions {
    private IngestAssertions() {}

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The single accepted outcome of {@code outcomes}. */
    static IngestOutcome.Accepted onlyAccepted(List<IngestOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(IngestOutcome.Accepted.class);
        return (IngestOutcome.Accepted) outcomes.get(0);
    }

    static Report onlyReport(List<IngestOutcome> outcomes) {
        return onlyAccepted(outcomes).report();
    }

    /** The reason of the single skipped outcome of {@code outcomes}. */
    static String onlySkipReason(List<IngestOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(IngestOutcome.Skipped.class);
        return ((IngestOutcome.Skipped) outcomes.get(0)).reason();
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }
}
