package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.data.Json;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Evidence;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Provenance;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.Store;

/** The query and export commands on a small store built by hand (no NLP), checked the way a user reads them. */
class CliCommandsTest {
    @TempDir
    Path dir;
    Path db;
    String eventId;

    static final String TEXT = "Rebel fighters captured Saraqib on Sunday, killing 4 soldiers, a monitor said.";

    @BeforeEach
    void store() {
        db = dir.resolve("t.db");
        Report r = new Report("r1", "h1", "Test Wire", "https://example.org/r1", Instant.parse("2024-12-02T10:00:00Z"),
                Report.DateConfidence.HIGH, "Saraqib falls", TEXT, List.of(), "test", "txt");
        PlaceRef saraqib = new PlaceRef("Saraqib", "geonames:163345", "Saraqib", 35.8623, 36.8006, "PPLA2", "SY", "Idlib", 1, 5, null);
        EventCoding c = new EventCoding(PloverType.ASSAULT, "captured", List.of("military", "territory"), "190", "Battles",
                "Non-state actor overtakes territory", new ActorRef("Rebel fighters", "Syria", "SYR", "REB", null, "agents.tsv:9"),
                null, saraqib, TimeSpan.day(LocalDate.of(2024, 12, 1), "on Sunday", "relative:weekday"),
                List.of(new Quantity("killed", 4, "count", Quantity.Bound.EXACT, "killing 4 soldiers", "kinds.tsv:3")), "captured",
                new Provenance("assault.capture", List.of("rules.tsv:40"), List.of("initiator from nsubj")));
        Claim claim = new Claim("r1:0:15", "r1", List.of("a monitor"), Stance.SUPPORTS, Certainty.REPORTED, ClaimContext.NONE,
                new Evidence("r1", 0, new Span(0, TEXT.length()), new Span(15, 23), TEXT), c, null);
        var e = ClaimEvents.eventOf(claim);
        eventId = e.id();
        try (Store st = Store.open(db)) {
            st.saveReport(r, List.of(), 1, List.of(claim), List.of(e));
        }
    }

    String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            assertThat(code).as("exit code of %s", String.join(" ", args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eventsAsJsonUsePloverFieldNamesAndCarryTheEvidence() throws Exception {
        JsonNode list = Json.MAPPER.readTree(run("events", "--db", db.toString(), "--format", "json"));
        assertThat(list).hasSize(1);
        JsonNode ev = list.get(0);
        assertThat(ev.get("event").asText()).isEqualTo("ASSAULT");
        assertThat(ev.get("date").asText()).isEqualTo("2024-12-01");
        assertThat(ev.get("source").get("code").asText()).isEqualTo("SYRREB");
        assertThat(ev.get("eventLoc").get("gazetteer_id").asText()).isEqualTo("geonames:163345");
        assertThat(ev.get("dead").asDouble()).isEqualTo(4.0);
        assertThat(ev.get("claims").get(0).get("claimants").get(0).asText()).isEqualTo("a monitor");
        assertThat(ev.get("claims").get(0).get("evidence").get("text").asText()).isEqualTo(TEXT);
        assertThat(ev.get("provenance").get("rule").asText()).isEqualTo("assault.capture");
    }

    @Test
    void filtersNarrowTheTable() {
        assertThat(run("events", "--db", db.toString(), "--type", "ASSAULT", "--place", "saraqib")).contains(eventId, "1 event(s)");
        assertThat(run("events", "--db", db.toString(), "--type", "CONSULT")).contains("0 event(s)");
        assertThat(run("events", "--db", db.toString(), "--from", "2024-12-02")).contains("0 event(s)");
        assertThat(run("events", "--db", db.toString(), "--q", "captured")).contains(eventId);
    }

    @Test
    void csvHasAcledColumnsInOrder() {
        List<String> lines = run("events", "--db", db.toString(), "--format", "csv").lines().toList();
        assertThat(lines.get(0)).startsWith("event_id,event_date,event_type,sub_event_type,");
        assertThat(lines.get(0)).contains(",actor1,", ",actor2,", ",admin1,location,latitude,longitude,geo_precision,", ",source,", ",notes");
        assertThat(lines.get(1)).contains("2024-12-01,Battles,Non-state actor overtakes territory", "Idlib,Saraqib,35.86230,36.80060,1")
                .contains("\"" + TEXT + "\"");
    }

    @Test
    void showExplainsRuleEntriesAndEvidence() {
        String out = run("show", "--db", db.toString(), eventId);
        assertThat(out).contains("ASSAULT / captured", "SYRREB", "rule        assault.capture", "entry       rules.tsv:40",
                "claimants   a monitor", "Rebel fighters [captured] Saraqib", "[kinds.tsv:3]");
    }

    @Test
    void exportsGeoJsonCsvAndJsonl() throws Exception {
        Path geo = dir.resolve("out/events.geojson");
        run("export", "--db", db.toString(), "--format", "geojson", "--out", geo.toString());
        JsonNode fc = Json.MAPPER.readTree(Files.readString(geo));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode f = fc.get("features").get(0);
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(36.8006); // lon first
        assertThat(f.get("properties").get("event_type").asText()).isEqualTo("Battles");

        Path csv = dir.resolve("out/events.csv");
        run("export", "--db", db.toString(), "--format", "csv", "--out", csv.toString());
        assertThat(Files.readAllLines(csv)).hasSize(2);

        Path jsonl = dir.resolve("out/events.jsonl");
        run("export", "--db", db.toString(), "--format", "jsonl", "--out", jsonl.toString());
        assertThat(Json.MAPPER.readTree(Files.readAllLines(jsonl).get(0)).get("id").asText()).isEqualTo(eventId);
    }
}
