package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Store;

class CatalogApiTest extends ServedSample {
    @Test
    void listsReportsWithoutTheirTextByPublicationTime() {
        JsonNode page = Http.get(api + "/reports?limit=2").json();
        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo("r-saraqib");
        assertThat(page.get("items").get(0).has("text")).isFalse();
        assertThat(Http.get(api + "/reports?limit=2&offset=2").json().get("items").get(0).get("id").asText()).isEqualTo("r-kupiansk");
    }

    @Test
    void aReportWithScriptTagsIsStoredVerbatimAndServedAsAJsonString() {
        Http.Reply r = Http.get(api + "/reports/" + SampleData.SCRIPT_REPORT);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode report = r.json();
        assertThat(report.get("text").isTextual()).isTrue();
        assertThat(report.get("text").asText()).startsWith(SampleData.SCRIPT_SENTENCE);
        assertThat(report.get("title").asText()).isEqualTo("<b>Shelling</b> claim <script>alert(1)</script>");
        assertThat(report.get("claims").get(0).get("evidence").get("text").asText()).isEqualTo(SampleData.SCRIPT_SENTENCE);
        assertThat(report.get("claims").get(0).get("event_id").asText()).startsWith("ev-");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void anUnknownReportIsA404() {
        assertThat(Http.get(api + "/reports/nope").status()).isEqualTo(404);
    }

    @Test
    void listsActorsAndPlacesMostActiveFirst() {
        JsonNode actors = Http.get(api + "/actors").json();
        assertThat(actors.get("total").asInt()).isEqualTo(7);
        assertThat(actors.get("items").get(0).get("events").asInt())
                .isGreaterThanOrEqualTo(actors.get("items").get(1).get("events").asInt());
        assertThat(Http.get(api + "/actors?q=turk").json().get("items").get(0).get("code").asText()).isEqualTo("TURGOV");
        JsonNode places = Http.get(api + "/places?q=kharkiv").json();
        assertThat(places.get("total").asInt()).isEqualTo(2); // Kharkiv, and Kupiansk in Kharkiv province
        assertThat(places.get("items").get(0).get("id").asText()).isEqualTo("test:kupiansk");
        assertThat(places.get("items").get(0).get("events").asInt()).isEqualTo(2);
        JsonNode fc = Http.get(api + "/places.geojson").json();
        assertThat(fc.get("features")).hasSize(6);
        assertThat(fc.get("features").get(0).get("geometry").get("coordinates").get(1).asDouble()).isBetween(30.0, 55.0);
    }

    @Test
    void searchFindsReportsByAWordAndNamesTheirEvents() {
        JsonNode hits = Http.get(api + "/search?q=" + SampleData.UNIQUE_WORD).json();
        assertThat(hits.get("items")).hasSize(1);
        JsonNode hit = hits.get("items").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("r-kupiansk");
        assertThat(hit.get("snippet").asText()).contains("[pontoon]");
        assertThat(hit.get("event_ids")).hasSize(2);
        assertThat(Http.get(api + "/search?q=Saraq*").json().get("items").get(0).get("id").asText()).isEqualTo("r-saraqib");
        assertThat(Http.get(api + "/search?q=" + Http.encode("\"state media\" OR pontoon")).json().get("items")).hasSize(2);
        assertThat(Http.get(api + "/search?q=quantum").json().get("items")).isEmpty();
    }

    @Test
    void statsCountWhatIsStoredAndSayWhichFeaturesAreOn() {
        JsonNode s = Http.get(api + "/stats").json();
        assertThat(s.get("reports").asInt()).isEqualTo(6);
        assertThat(s.get("events").asInt()).isEqualTo(11);
        assertThat(s.get("first_date").asText()).isEqualTo("2024-11-27");
        assertThat(s.get("last_date").asText()).isEqualTo("2024-12-04");
        assertThat(s.get("types").get("ASSAULT").asInt()).isEqualTo(7);
        assertThat(s.get("features").get("control").asBoolean()).isFalse();
        assertThat(s.get("features").get("ingest").asBoolean()).isFalse();
    }

    @Test
    void controlAndSitrepAreNotAvailableWithoutTheirSources() {
        for (String path : new String[] {"/control?date=2024-12-01", "/control.geojson?date=2024-12-01", "/sitrep?date=2024-12-01"}) {
            Http.Reply r = Http.get(api + path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("error").asText()).startsWith("not available");
        }
    }
}
