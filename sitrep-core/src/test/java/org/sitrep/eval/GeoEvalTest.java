package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoEvalTest {
    @Test
    void readsLglFormatWithDatesAndOptionalCoordinates() {
        List<GeoEval.Article> as = GeoEval.read(Path.of("src/test/resources/places/lgl-mini.xml"));
        assertThat(as).hasSize(1);
        assertThat(as.get(0).date()).hasToString("2024-12-01");
        assertThat(as.get(0).gold()).extracting(GeoEval.Gold::phrase).containsExactly("Aleppo", "Damascus", "Heavy");
        assertThat(as.get(0).gold().get(2).hasCoords()).isFalse();
    }

    @Test
    void readsGeoVirusFormat() {
        List<GeoEval.Article> as = GeoEval.read(Path.of("src/test/resources/places/geovirus-mini.xml"));
        assertThat(as.get(0).text()).contains("cases & a clinic");
        assertThat(as.get(0).gold()).extracting(GeoEval.Gold::phrase).containsExactly("Kharkiv");
    }

    @Test
    void scoresSpansAndResolutionEndToEnd() {
        EvalReport r = GeoEval.run(Path.of("src/test/resources/places/lgl-mini.xml"), 0);
        assertThat(r.task()).isEqualTo("geo");
        assertThat(r.items()).isEqualTo(3);
        assertThat(r.metrics().get("span_precision")).isEqualTo(1.0);
        assertThat(r.metrics().get("span_recall")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.metrics().get("acc_at_161km")).isEqualTo(1.0);
        assertThat(r.metrics().get("median_error_km")).isLessThan(5);
        assertThat(r.errors()).anyMatch(e -> e.contains("missed Heavy"));
        assertThat(r.perCategory()).containsKey("lgl-mini.xml");
    }

    @Test
    void directoryRunsEveryGoldFileAsACategory() {
        EvalReport r = GeoEval.run(Path.of("src/test/resources/places"), 0);
        assertThat(r.perCategory()).containsKeys("lgl-mini.xml", "geovirus-mini.xml");
        assertThat(r.items()).isEqualTo(4);
    }

    @Test
    void medianOfEvenAndOddLists() {
        assertThat(GeoEval.median(List.of(1.0, 3.0, 2.0))).isEqualTo(2.0);
        assertThat(GeoEval.median(List.of(1.0, 2.0, 3.0, 10.0))).isEqualTo(2.5);
        assertThat(GeoEval.median(List.of())).isEqualTo(0.0);
    }
}
