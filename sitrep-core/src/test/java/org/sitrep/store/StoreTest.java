package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Evidence;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Provenance;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeSpan;

class StoreTest {
    @TempDir
    Path dir;

    static final String TEXT = "Rebel fighters captured the town of Saraqib on Sunday. The army denied it had left.";

    static Report report(String id, String text) {
        return new Report(id, "hash-" + id, "Test Wire", "https://example.org/" + id, Instant.parse("2024-12-01T10:00:00Z"),
                Report.DateConfidence.HIGH, "Saraqib falls", text, List.of(new Report.Media("https://example.org/a.png", "a map")),
                "test", "txt");
    }

    static Claim claim(String reportId, PloverType type, double lat, double lon, Stance stance) {
        PlaceRef saraqib = new PlaceRef("Saraqib", "geonames:163345", "Saraqib", lat, lon, "PPL", "SY", "Idlib", 1, 5, null);
        EventCoding c = new EventCoding(type, "captured", List.of("military"), "190", "Battles",
                "Non-state actor overtakes territory", new ActorRef("Rebel fighters", "Syrian rebels", "SYR", "REB", null, "agents:1"),
                null, saraqib, TimeSpan.day(LocalDate.of(2024, 12, 1), "on Sunday", "relative:weekday"), List.of(), "captured",
                new Provenance("test.rule", List.of("agents:1"), List.of()));
        return new Claim(reportId + ":0:13", reportId, List.of(), stance, Certainty.ASSERTED, ClaimContext.NONE,
                new Evidence(reportId, 0, new Span(0, 54), new Span(14, 22), TEXT.substring(0, 54)), c, null);
    }

    @Test
    void savesAReportWithItsClaimsAndEventsAndFindsThemAgain() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            assertThat(st.schemaVersion()).isEqualTo(Store.MIGRATIONS.length);
            Report r = report("r1", TEXT);
            Claim c = claim("r1", PloverType.ASSAULT, 35.86, 36.80, Stance.SUPPORTS);
            Event e = ClaimEvents.eventOf(c);
            st.saveReport(r, List.of("a warning"), 2, List.of(c), List.of(e));

            assertThat(st.hasContent("hash-r1")).isTrue();
            assertThat(st.report("r1")).get().satisfies(back -> {
                assertThat(back.text()).isEqualTo(TEXT);
                assertThat(back.media()).hasSize(1);
                assertThat(back.published()).isEqualTo(r.published());
            });
            assertThat(st.event(e.id())).get().isEqualTo(e);
            assertThat(st.claimsOf(e.id())).containsExactly(c);
            assertThat(st.stats().places()).isEqualTo(1);
            assertThat(st.stats().actors()).isEqualTo(1);
        }
    }

    @Test
    void filtersEventsByTypeActorPlaceDateTextAndBoundingBox() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Claim c = claim("r1", PloverType.ASSAULT, 35.86, 36.80, Stance.SUPPORTS);
            st.saveReport(report("r1", TEXT), List.of(), 2, List.of(c), List.of(ClaimEvents.eventOf(c)));
            EventQuery all = EventQuery.all();
            assertThat(st.events(all)).hasSize(1);
            assertThat(st.events(new EventQuery(null, null, "assault", null, null, null, null, null, null, 0, 0))).hasSize(1);
            assertThat(st.events(new EventQuery(null, null, "CONSULT", null, null, null, null, null, null, 0, 0))).isEmpty();
            assertThat(st.events(new EventQuery(null, null, null, "syr", null, null, null, null, null, 0, 0))).hasSize(1);
            assertThat(st.events(new EventQuery(null, null, null, "RUS", null, null, null, null, null, 0, 0))).isEmpty();
            assertThat(st.events(new EventQuery(null, null, null, null, "idlib", null, null, null, null, 0, 0))).hasSize(1);
            assertThat(st.events(new EventQuery(LocalDate.of(2024, 12, 2), null, null, null, null, null, null, null, null, 0, 0))).isEmpty();
            assertThat(st.events(new EventQuery(null, LocalDate.of(2024, 12, 1), null, null, null, null, null, null, null, 0, 0))).hasSize(1);
            assertThat(st.events(new EventQuery(null, null, null, null, null, "captured", null, null, null, 0, 0))).hasSize(1);
            assertThat(st.events(new EventQuery(null, null, null, null, null, "airstrike", null, null, null, 0, 0))).isEmpty();
            assertThat(st.events(new EventQuery(null, null, null, null, null, null, null, null, new double[] {35, 35, 38, 37}, 0, 0))).hasSize(1);
            assertThat(st.events(new EventQuery(null, null, null, null, null, null, null, null, new double[] {30, 45, 40, 55}, 0, 0))).isEmpty();
            assertThat(st.search("Saraqib", 10)).extracting(Store.SearchHit::reportId).containsExactly("r1");
        }
    }

    @Test
    void savingTheSameReportAgainReplacesItWithoutDuplicates() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Claim c = claim("r1", PloverType.ASSAULT, 35.86, 36.80, Stance.SUPPORTS);
            for (int i = 0; i < 3; i++) st.saveReport(report("r1", TEXT), List.of(), 2, List.of(c), List.of(ClaimEvents.eventOf(c)));
            assertThat(st.stats()).isEqualTo(new Store.Stats(1, 1, 1, 1, 1, 0));
            assertThat(st.search("Saraqib", 10)).hasSize(1);
        }
    }

    @Test
    void aFailedWriteLeavesNothingOfTheReport() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Claim orphan = claim("r2", PloverType.ASSAULT, 35.86, 36.80, Stance.SUPPORTS);
            assertThatThrownBy(() -> st.saveReport(report("r2", TEXT), List.of(), 2, List.of(orphan), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(st.stats()).isEqualTo(new Store.Stats(0, 0, 0, 0, 0, 0));
            assertThat(st.search("Saraqib", 10)).isEmpty();
        }
    }

    @Test
    void reopeningKeepsDataAndSchema() {
        Path f = dir.resolve("s.db");
        Claim c = claim("r1", PloverType.ASSAULT, 35.86, 36.80, Stance.SUPPORTS);
        try (Store st = Store.open(f)) {
            st.saveReport(report("r1", TEXT), List.of(), 2, List.of(c), List.of(ClaimEvents.eventOf(c)));
            st.recordSkipped("bad.bin", "binary file");
        }
        try (Store st = Store.open(f)) {
            assertThat(st.stats().reports()).isEqualTo(1);
            assertThat(st.skipped(5)).hasSize(1);
            assertThat(st.skipped(5).get(0)[1]).isEqualTo("binary file");
        }
    }

    @Test
    void aDenialAloneMakesADisputedEventAndDeletingTheReportRemovesIt() {
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Claim denial = claim("r3", PloverType.RETREAT, 35.86, 36.80, Stance.CONTRADICTS);
            Event e = ClaimEvents.eventOf(denial);
            st.saveReport(report("r3", TEXT), List.of(), 2, List.of(denial), List.of(e));
            assertThat(st.events(new EventQuery(null, null, null, null, null, null, "disputed", null, null, 0, 0))).hasSize(1);
            st.deleteReport("r3");
            assertThat(st.stats()).isEqualTo(new Store.Stats(0, 0, 0, 1, 1, 0));
        }
    }

    @Test
    void anOlderStoreIsMigratedToTheCurrentSchemaOnOpen() throws Exception {
        Path f = dir.resolve("old.db");
        try (Store st = Store.open(f)) {
            st.saveReport(report("r1", TEXT), List.of(), 2, List.of(), List.of());
            st.exec("DROP INDEX event_type_date");
            st.exec("DROP INDEX event_date_id");
            st.exec("DROP INDEX event_status_date");
            st.exec("PRAGMA user_version = 2");
        }
        try (Store st = Store.open(f)) {
            assertThat(st.schemaVersion()).isEqualTo(Store.MIGRATIONS.length);
            assertThat(st.stats().reports()).isEqualTo(1);
            String plan = String.join(" ", st.queryList("EXPLAIN QUERY PLAN SELECT e.event_json FROM event e WHERE e.type = ?"
                    + " ORDER BY e.date_start, e.id LIMIT 10", rs -> rs.getString(4), "ASSAULT"));
            assertThat(plan).contains("event_type_date").doesNotContain("TEMP B-TREE");
        }
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        assertThat(Store.splitSql("-- c\nCREATE TABLE a(x INT); -- note\nCREATE TABLE b(\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a(x INT)", "CREATE TABLE b(\n y INT\n)");
    }
}
