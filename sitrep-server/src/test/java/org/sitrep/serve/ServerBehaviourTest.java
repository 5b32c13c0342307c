package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** Errors, limits, the ingest guard, optional sources and the static app, each on a server configured for it. */
class ServerBehaviourTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void createStore() {
        store = SampleData.create(dir.resolve("sample.db"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static SitrepServer serve(ServerOptions o) {
        return new SitrepServer(store, o.port(0)).start();
    }

    static void assertError(Http.Reply r, int status, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode j = r.json();
        assertThat(j.get("error").asText()).contains(messagePart);
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception:");
    }

    @Test
    void badParametersAre400sThatNameTheParameter() {
        try (SitrepServer s = serve(ServerOptions.defaults())) {
            String api = s.url() + "/api/v1";
            assertError(Http.get(api + "/events?limit=0"), 400, "'limit'");
            assertError(Http.get(api + "/events?limit=501"), 400, "from 1 to 500");
            assertError(Http.get(api + "/events?offset=-1"), 400, "'offset'");
            assertError(Http.get(api + "/events?bbox=1,2,3"), 400, "minLon,minLat,maxLon,maxLat");
            assertError(Http.get(api + "/events?bbox=40,10,30,20"), 400, "min before max");
            assertError(Http.get(api + "/events?type=EXPLODE"), 400, "PLOVER type");
            assertError(Http.get(api + "/events?status=rumoured"), 400, "'status'");
            assertError(Http.get(api + "/events?from=yesterday"), 400, "2024-12-01");
            assertError(Http.get(api + "/events?from=2024-12-05&to=2024-12-01"), 400, "after");
            assertError(Http.get(api + "/events?colour=red"), 400, "unknown parameter 'colour'");
            assertError(Http.get(api + "/events?type=ASSAULT&type=AID"), 400, "more than once");
            assertError(Http.get(api + "/search"), 400, "'q' is required");
            assertError(Http.get(api + "/search?q=" + Http.encode("!!")), 400, "no words");
            assertError(Http.get(api + "/events?q=" + "x".repeat(501)), 400, "longer than 500");
        }
    }

    @Test
    void unknownRoutesAre404Json() {
        try (SitrepServer s = serve(ServerOptions.defaults())) {
            assertError(Http.get(s.url() + "/api/v1/nothing-here"), 404, "not found");
            assertError(Http.get(s.url() + "/api/v2/events"), 404, "not found");
            assertError(Http.get(s.url() + "/api/v1/basemap/rivers.geojson"), 404, "countries");
        }
    }

    @Test
    void ingestIsOffUnlessStartedWithAToken() {
        try (SitrepServer s = serve(ServerOptions.defaults())) {
            Http.Reply r = Http.post(s.url() + "/api/v1/reports", "Some article text.");
            assertError(r, 405, "ingest is disabled");
        }
    }

    @Test
    void ingestNeedsTheRightTokenAndPassesTheBodyVerbatim() {
        List<String> received = new ArrayList<>();
        ReportIngest hook = (body, type, name) -> {
            received.add(body);
            return Map.of("report_id", "r-new", "name", String.valueOf(name));
        };
        try (SitrepServer s = serve(ServerOptions.defaults().ingest("s3cret-token", hook))) {
            String url = s.url() + "/api/v1/reports";
            assertError(Http.post(url, "text"), 401, "Authorization: Bearer");
            assertError(Http.post(url, "text", "Authorization", "Bearer wrong"), 403, "wrong ingest token");
            assertError(Http.post(url, "   ", "Authorization", "Bearer s3cret-token"), 400, "empty");
            assertThat(received).isEmpty();
            String article = "Fighting was reported near <script>x()</script> Idlib on Monday.";
            Http.Reply ok = Http.post(url + "?name=a.txt", article, "Authorization", "Bearer s3cret-token", "Content-Type", "text/plain");
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
            assertThat(ok.json().get("report_id").asText()).isEqualTo("r-new");
            assertThat(ok.json().get("name").asText()).isEqualTo("a.txt");
            assertThat(received).containsExactly(article);
            assertThat(Http.get(s.url() + "/api/v1/stats").json().get("features").get("ingest").asBoolean()).isTrue();
        }
    }

    @Test
    void bodiesOverTheLimitAre413() {
        ReportIngest hook = (body, type, name) -> Map.of("ok", true);
        Limits small = Limits.defaults().withMaxBodyBytes(1000);
        try (SitrepServer s = serve(ServerOptions.defaults().ingest("t", hook).limits(small))) {
            assertError(Http.post(s.url() + "/api/v1/reports", "x".repeat(5000), "Authorization", "Bearer t"), 413, "limit");
            HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/reports"))
                    .header("Authorization", "Bearer t")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[5000])));
            assertError(Http.send(chunked), 413, "limit");
            assertThat(Http.post(s.url() + "/api/v1/reports", "small", "Authorization", "Bearer t").status()).isEqualTo(201);
        }
    }

    @Test
    void failuresInsideAreJson500sWithoutStackTraces() {
        ControlSource broken = new ControlSource() {
            @Override
            public Object controlOn(LocalDate date, String country) {
                throw new IllegalStateException("secret internal detail");
            }

            @Override
            public Map<String, Object> controlGeoJson(LocalDate date, String country) {
                throw new IllegalStateException("secret internal detail");
            }
        };
        try (SitrepServer s = serve(ServerOptions.defaults().control(broken))) {
            Http.Reply r = Http.get(s.url() + "/api/v1/control?date=2024-12-01");
            assertError(r, 500, "internal error");
            assertThat(r.body()).doesNotContain("secret internal detail");
        }
    }

    @Test
    void controlAndSitrepComeFromTheirSourcesWhenConfigured() {
        List<String> asked = new ArrayList<>();
        ControlSource control = new ControlSource() {
            @Override
            public Object controlOn(LocalDate date, String country) {
                asked.add(date + "/" + country);
                return List.of(Map.of("area", "Saraqib", "controller", "Syrian rebels"));
            }

            @Override
            public Map<String, Object> controlGeoJson(LocalDate date, String country) {
                return Map.of("type", "FeatureCollection", "features", List.of());
            }
        };
        SitrepSource sitrep = (date, country) -> Map.of("date", date.toString(), "headline", "Quiet day");
        try (SitrepServer s = serve(ServerOptions.defaults().control(control).sitrep(sitrep))) {
            String api = s.url() + "/api/v1";
            JsonNode c = Http.get(api + "/control?date=2024-12-01&country=SY").json();
            assertThat(c.get("control").get(0).get("controller").asText()).isEqualTo("Syrian rebels");
            assertThat(asked).containsExactly("2024-12-01/SY");
            Http.Reply geo = Http.get(api + "/control.geojson?date=2024-12-01");
            assertThat(geo.status()).isEqualTo(200);
            assertThat(geo.header("Content-Type")).startsWith("application/geo+json");
            assertThat(Http.get(api + "/sitrep?date=2024-12-02").json().get("headline").asText()).isEqualTo("Quiet day");
            assertError(Http.get(api + "/control"), 400, "'date' is required");
            assertError(Http.get(api + "/sitrep?date=02/12/2024"), 400, "'date'");
            assertThat(Http.get(api + "/stats").json().get("features").get("control").asBoolean()).isTrue();
        }
    }

    @Test
    void servesTheAppAndItsBasemapFromAFolderWithTheSecurityPolicy() throws Exception {
        Path web = dir.resolve("web");
        Files.createDirectories(web.resolve("basemap"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>Sitrep</title>");
        Files.writeString(web.resolve("basemap/countries.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        try (SitrepServer s = serve(ServerOptions.defaults().webDir(web))) {
            Http.Reply index = Http.get(s.url() + "/");
            assertThat(index.status()).isEqualTo(200);
            assertThat(index.body()).contains("<title>Sitrep</title>");
            assertThat(index.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe");
            assertThat(index.header("X-Content-Type-Options")).isEqualTo("nosniff");
            Http.Reply countries = Http.get(s.url() + "/api/v1/basemap/countries.geojson");
            assertThat(countries.status()).isEqualTo(200);
            assertThat(countries.json().get("type").asText()).isEqualTo("FeatureCollection");
            // first-level divisions come from the Natural Earth layer bundled in sitrep-core
            Http.Reply admin1 = Http.get(s.url() + "/api/v1/basemap/admin1.geojson");
            assertThat(admin1.status()).isEqualTo(200);
            assertThat(admin1.json().get("features").size()).isGreaterThan(1000);
        }
    }

    @Test
    void aQueryRunningPastTheTimeoutIsCancelled() {
        try (ReadPool pool = new ReadPool(store, 1, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> pool.read(st -> st.queryList(
                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n", rs -> rs.getLong(1))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.getMessage()).contains("cancelled");
                    });
            assertThat((int) pool.read(st -> st.stats().events())).as("the connection is usable again").isEqualTo(11);
        }
    }

    @Test
    void startsAndStopsCleanlyAndRefusesAFolderWithoutAnApp() throws Exception {
        SitrepServer s = serve(ServerOptions.defaults());
        assertThat(s.port()).isPositive();
        Thread waiter = new Thread(() -> {
            try {
                s.awaitStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        s.stop();
        waiter.join(10_000);
        assertThat(waiter.isAlive()).as("awaitStop returns once stopped").isFalse();
        s.stop();
        assertThatThrownBy(() -> new SitrepServer(store, ServerOptions.defaults().port(0).webDir(dir)).start())
                .hasMessageContaining("index.html");
        assertThatThrownBy(() -> ServerOptions.defaults().ingest("token", null)).hasMessageContaining("ReportIngest");
    }
}
