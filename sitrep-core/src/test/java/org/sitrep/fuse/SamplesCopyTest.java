package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/** The real ingest stage on the repository's sample corpus, through the fuser's copy detection (no NLP needed). */
class SamplesCopyTest {
    @TempDir
    Path dir;

    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples"))) return p.resolve("samples");
        }
        throw new IllegalStateException("no samples folder above " + Path.of("").toAbsolutePath());
    }

    @Test
    void theAgencyCopyInTheSamplesIsFoundAndNothingElseIsACopy() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            MergingFuser f = new MergingFuser(st);
            Map<String, Report> byOrigin = new HashMap<>();
            for (IngestOutcome o : new Ingestor().ingestPath(samples())) {
                if (!(o instanceof IngestOutcome.Accepted a)) continue;
                st.saveReport(a.report(), a.warnings(), 0, List.of(), f.fuse(a.report(), List.of()));
                byOrigin.put(Path.of(a.report().origin()).getFileName().toString(), a.report());
            }
            Report copy = byOrigin.get("2024-11-29_gulf-evening-post_aleppo-agency-copy.txt");
            Report orig = byOrigin.get("2024-11-29_wire-service-daily_rebels-enter-aleppo.txt");
            assertThat(copy).isNotNull();
            assertThat(orig).isNotNull();
            assertThat(f.copies().copyOf(copy.id())).isEqualTo(orig.id());
            long copies = byOrigin.values().stream().filter(r -> f.copies().copyOf(r.id()) != null).count();
            assertThat(copies).isEqualTo(1);
        }
    }
}
