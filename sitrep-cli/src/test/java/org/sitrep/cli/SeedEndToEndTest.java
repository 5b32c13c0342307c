package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.data.Json;
import org.sitrep.extract.places.Place;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.PloverType;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.testing.Shared;

/** Ingests the two seed articles from ../shared/seeds into a fresh store and checks the events an analyst expects. */
class SeedEndToEndTest {
    @TempDir
    static Path dir;
    static Store store;
    static List<Event> events;
    static Pipeline.Summary summary;

    @BeforeAll
    static void ingestSeeds() {
        store = Store.open(dir.resolve("seeds.db"));
        summary = Wiring.pipeline(store, 2).run(new Ingestor().ingestPath(Shared.seeds()), false, p -> {});
        events = store.events(EventQuery.all());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static boolean is(ActorRef a, String country) {
        return a != null && country.equals(a.country());
    }

    static boolean person(ActorRef a, String surname) {
        return a != null && ((a.person() != null && a.person().contains(surname)) || a.text().contains(surname));
    }

    static List<Event> find(Predicate<Event> p) {
        return events.stream().filter(p).toList();
    }

    @Test
    void bothSeedsAreStoredAndReingestingChangesNothing() {
        assertThat(summary.stored()).isEqualTo(2);
        int before = store.stats().events();
        Pipeline.Summary again = Wiring.pipeline(store, 2).run(new Ingestor().ingestPath(Shared.seeds()), false, p -> {});
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(store.stats().events()).isEqualTo(before);
    }

    @Test
    void lavrovFidanPhoneCallIsAConsultEventRussiaToTurkeyOn30November() {
        List<Event> hits = find(e -> e.coding().type() == PloverType.CONSULT
                && (is(e.coding().initiator(), "RUS") && is(e.coding().recipient(), "TUR")
                    || is(e.coding().initiator(), "TUR") && is(e.coding().recipient(), "RUS"))
                && (person(e.coding().initiator(), "Lavrov") || person(e.coding().recipient(), "Lavrov"))
                && (person(e.coding().initiator(), "Fidan") || person(e.coding().recipient(), "Fidan")));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).coding().time().start()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(store.claimsOf(hits.get(0).id()).get(0).evidence().text()).contains("Lavrov", "Fidan");
    }

    @Test
    void belousovMeetsKimJongUnInPyongyang() {
        List<Event> hits = find(e -> e.coding().type() == PloverType.CONSULT
                && (person(e.coding().initiator(), "Belousov") || person(e.coding().recipient(), "Belousov"))
                && (person(e.coding().initiator(), "Kim") || person(e.coding().recipient(), "Kim")));
        assertThat(hits).isNotEmpty();
        Event e = hits.get(0);
        assertThat(e.coding().place()).isNotNull();
        assertThat(e.coding().place().name()).isEqualTo("Pyongyang");
        assertThat(e.coding().place().country()).isEqualTo("KP");
        assertThat(e.coding().time().start()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void syrianGovernmentTroopsWithdrawFromAleppo() {
        List<Event> hits = find(e -> e.coding().type() == PloverType.RETREAT
                && is(e.coding().initiator(), "SYR") && !"REB".equals(e.coding().initiator().sector())
                && e.coding().place() != null && e.coding().place().name().startsWith("Aleppo"));
        assertThat(hits).isNotEmpty();
    }

    @Test
    void theOppositionCapturesAleppo() {
        List<Event> hits = find(e -> e.coding().type() == PloverType.ASSAULT
                && is(e.coding().initiator(), "SYR") && "REB".equals(e.coding().initiator().sector())
                && e.coding().place() != null && e.coding().place().name().startsWith("Aleppo"));
        assertThat(hits).isNotEmpty();
    }

    @Test
    void everyEventKeepsItsEvidenceSentenceWithOffsetsIntoTheReport() {
        assertThat(events).isNotEmpty();
        for (Event e : events) {
            var claims = store.claimsOf(e.id());
            assertThat(claims).isNotEmpty();
            var c = claims.get(0);
            String text = store.report(c.reportId()).orElseThrow().text();
            assertThat(c.evidence().sentenceSpan().of(text)).isEqualTo(c.evidence().text());
            assertThat(c.evidence().sentenceSpan().contains(c.evidence().triggerSpan())).isTrue();
        }
    }

    /** Where the seeds' places lie (lat, lon), written from general geographic knowledge. */
    private static final Map<String, double[]> KNOWN = Map.ofEntries(Map.entry("Aleppo", new double[] {36.20, 37.16}),
            Map.entry("Idlib", new double[] {35.93, 36.63}), Map.entry("Hama", new double[] {35.13, 36.76}),
            Map.entry("Homs", new double[] {34.73, 36.72}), Map.entry("Damascus", new double[] {33.51, 36.29}),
            Map.entry("Saraqib", new double[] {35.86, 36.80}), Map.entry("Tartus", new double[] {34.89, 35.89}),
            Map.entry("Latakia", new double[] {35.52, 35.78}), Map.entry("Kharkiv", new double[] {49.99, 36.23}),
            Map.entry("Pokrovsk", new double[] {48.28, 37.18}), Map.entry("Pyongyang", new double[] {39.03, 125.75}));

    @Test
    void eventsAsGeoJsonStandWhereTheirPlacesAreWithTheirPrecision() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandLine().execute("events", "--db", dir.resolve("seeds.db").toString(), "--format", "geojson")).isZero();
        } finally {
            System.setOut(old);
        }
        JsonNode features = Json.MAPPER.readTree(buf.toString(StandardCharsets.UTF_8)).get("features");
        assertThat(features.size()).isGreaterThan(10);
        int checked = 0;
        for (JsonNode f : features) {
            JsonNode props = f.get("properties");
            assertThat(props.get("geo_precision").asText()).isIn("1", "2", "3", "4");   // 4: a country (beyond ACLED's 3)
            double lon = f.get("geometry").get("coordinates").get(0).asDouble();
            double lat = f.get("geometry").get("coordinates").get(1).asDouble();
            for (Map.Entry<String, double[]> k : KNOWN.entrySet()) {
                if (!props.get("location").asText().contains(k.getKey())) continue;
                assertThat(Place.distanceKm(lat, lon, k.getValue()[0], k.getValue()[1]))
                        .as("%s at %s", f.get("id").asText(), props.get("location").asText()).isLessThan(80);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
