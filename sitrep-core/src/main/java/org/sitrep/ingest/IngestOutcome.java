package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Report;

/** What ingesting one article gave: a report (possibly with warnings) or a skip with its one-line reason. */
public sealed interface IngestOutcome {
    /** Where the article came from (file path, feed URL + item, "stdin"). */
    String origin();

    record Accepted(Report report, List<String> warnings) implements IngestOutcome {
        public Accepted { warnings = warnings == null ? List.of() : List.copyOf(warnings); }
        public String origin() { return report.origin(); }
    }

    record Skipped(String origin, String reason) implements IngestOutcome {}
}
