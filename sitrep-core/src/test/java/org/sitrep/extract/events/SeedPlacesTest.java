package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.fuse.SameHappening;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.testing.Shared;

/**
 * Every place the two seed articles name is found and resolved to the right spot (issue: where and when). The
 * reference points are public gazetteer facts (approximate town centres); a province named for its capital may
 * resolve to either, hence the tolerance.
 */
class SeedPlacesTest {
    static final List<Anchored<PlaceRef>> places = new ArrayList<>();

    @BeforeAll
    static void tag() throws Exception {
        for (String[] seed : new String[][] {{"000_36bcc35d46dcd2ca.txt", "2024-12-01"}, {"004_36f5e782669055a5.txt", "2024-12-04"}}) {
            String text = Files.readString(Shared.seeds().resolve(seed[0]));
            LocalDate day = LocalDate.parse(seed[1]);
            Report r = new Report(seed[0], seed[0], "test", null, day.atStartOfDay().toInstant(ZoneOffset.UTC),
                    Report.DateConfidence.HIGH, "", text, List.of(), "test", "txt");
            places.addAll(FullChain.extractor().analyse(Analysis.of(r, CoreNlpAnnotator.shared().annotate(text, day))).places());
        }
    }

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Aleppo, SY, 36.20, 37.16", "Idlib, SY, 35.93, 36.63", "Hama, SY, 35.13, 36.76",
            "Khan Shaykhun, SY, 35.44, 36.65", "Saraqib, SY, 35.86, 36.80", "al-Nu, SY, 35.65, 36.68",
            "Tal Rifaat, SY, 36.47, 37.10", "Manbij, SY, 36.53, 37.95", "Qusayr, SY, 34.51, 36.58",
            "Khmeimim, SY, 35.41, 35.95", "Tartus, SY, 34.89, 35.89", "Latakia, SY, 35.52, 35.79",
            "Daraa, SY, 32.62, 36.10", "Homs, SY, 34.73, 36.72", "Damascus, SY, 33.51, 36.29",
            "Pokrovsk, UA, 48.28, 37.18", "Kurakhove, UA, 47.98, 37.28", "Vuhledar, UA, 47.78, 37.25",
            "Kharkiv, UA, 49.99, 36.23", "Pyongyang, KP, 39.03, 125.75"})
    void isFoundAndResolvedToTheRightSpot(String name, String country, double lat, double lon) {
        List<PlaceRef> found = places.stream().filter(p -> key(p.text()).contains(key(name))).map(Anchored::value).toList();
        assertThat(found).as("mentions of " + name).isNotEmpty();
        assertThat(found).anySatisfy(p -> {
            assertThat(p.gazetteerId()).isNotNull();
            assertThat(p.country()).isEqualTo(country);
            assertThat(SameHappening.km(p.lat(), p.lon(), lat, lon)).as(name + " distance in km").isLessThan(80);
        });
        // no mention of the name lands in another country
        assertThat(found).allSatisfy(p -> assertThat(p.country()).isIn(country, null));
    }
}
