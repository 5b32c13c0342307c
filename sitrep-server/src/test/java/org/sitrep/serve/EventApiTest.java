package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventApiTest extends ServedSample {
    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode e : page.get("items")) ids.add(e.get("id").asText());
        return ids;
    }

    static int total(String query) {
        Http.Reply r = Http.get(api + "/events?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asInt();
    }

    @Test
    void listsEveryEventWithItsClaimsOrderedByDateThenId() {
        JsonNode page = Http.get(api + "/events").json();
        assertThat(page.get("total").asInt()).isEqualTo(11);
        assertThat(page.get("limit").asInt()).isEqualTo(100);
        assertThat(page.get("items")).hasSize(11);
        List<String> keys = new ArrayList<>();
        for (JsonNode e : page.get("items")) {
            keys.add(e.get("date").asText() + " " + e.get("id").asText());
            assertThat(e.get("claims")).isNotEmpty();
            assertThat(e.get("claims").get(0).get("evidence").get("text").asText()).isNotBlank();
        }
        assertThat(keys).isSorted();
    }

    @Test
    void pagesAreStableAndAddUpToTheWholeList() {
        List<String> all = ids(Http.get(api + "/events?limit=500").json());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 11; offset += 3) {
            JsonNode page = Http.get(api + "/events?limit=3&offset=" + offset).json();
            assertThat(page.get("total").asInt()).isEqualTo(11);
            paged.addAll(ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates();
        assertThat(ids(Http.get(api + "/events?limit=3&offset=3").json())).isEqualTo(all.subList(3, 6));
    }

    @Test
    void filtersByTypeActorPlaceStatusCertaintyTimeTextAndBoundingBox() {
        assertThat(total("type=PROTEST")).isEqualTo(1);
        assertThat(total("type=retreat")).isEqualTo(2);
        assertThat(total("actor=ukrainian")).isEqualTo(1);
        assertThat(total("actor=RUSMIL")).isEqualTo(4);
        assertThat(total("place=kupiansk")).isEqualTo(2);
        assertThat(total("place=Kharkiv")).isEqualTo(3); // admin1 matches too
        assertThat(total("status=disputed")).isEqualTo(1);
        assertThat(total("certainty=unverified")).isEqualTo(1);
        assertThat(total("from=2024-12-01")).isEqualTo(4);
        assertThat(total("from=2024-11-29&to=2024-11-30")).isEqualTo(4);
        assertThat(total("q=pontoon")).isEqualTo(1);
        assertThat(total("q=al-Numan")).isEqualTo(1);
        assertThat(total("bbox=22,44,41,53")).isEqualTo(3);
        assertThat(total("bbox=36,35,38,37&type=ASSAULT")).isEqualTo(5);
        assertThat(total("type=ASSAULT&place=saraqib&actor=rus&certainty=reported")).isEqualTo(1);
    }

    @Test
    void geoJsonHasOnlyLocatedEventsAsPoints() {
        Http.Reply r = Http.get(api + "/events.geojson");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        JsonNode fc = r.json();
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(10);
        assertThat(fc.get("total").asInt()).isEqualTo(11);
        JsonNode f = fc.get("features").get(0);
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(Http.get(api + "/events.geojson?bbox=22,44,41,53").json().get("features")).hasSize(3);
    }

    @Test
    void oneEventCarriesItsClaimChainEvidenceStatusAndSources() {
        String id = SampleData.eventOf(store, "Officials in Moscow");
        JsonNode e = Http.get(api + "/events/" + id).json();
        assertThat(e.get("event").asText()).isEqualTo("CONSULT");
        assertThat(e.get("status").asText()).isEqualTo("reported");
        JsonNode claim = e.get("claims").get(0);
        assertThat(claim.get("claimants").get(0).asText()).isEqualTo("state media");
        assertThat(claim.get("outlet").asText()).isEqualTo("Levant Dispatch");
        JsonNode ev = claim.get("evidence");
        String sentence = ev.get("text").asText();
        assertThat(sentence.substring(ev.get("trigger_begin").asInt() - ev.get("begin").asInt(),
                ev.get("trigger_end").asInt() - ev.get("begin").asInt())).isEqualTo("spoke");
        String disputed = SampleData.eventOf(store, "The defence ministry denied");
        assertThat(Http.get(api + "/events/" + disputed).json().get("status").asText()).isEqualTo("disputed");
    }

    @Test
    void anUnknownEventIsA404WithAJsonMessage() {
        Http.Reply r = Http.get(api + "/events/ev-000000000000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).contains("ev-000000000000");
    }

    @Test
    void timelineCountsEventsPerDayAndType() {
        JsonNode t = Http.get(api + "/timeline").json();
        int sum = 0;
        for (JsonNode d : t.get("days")) sum += d.get("total").asInt();
        assertThat(sum).isEqualTo(11);
        assertThat(t.get("days").get(0).get("date").asText()).isEqualTo("2024-11-27");
        assertThat(t.get("days").get(0).get("by_type").get("ASSAULT").asInt()).isEqualTo(2);
        assertThat(t.get("types").toString()).contains("PROTEST", "CONSULT");
        JsonNode onlyProtest = Http.get(api + "/timeline?type=protest").json();
        assertThat(onlyProtest.get("days")).hasSize(1);
        assertThat(onlyProtest.get("days").get(0).get("date").asText()).isEqualTo("2024-11-29");
        for (String filter : new String[] {"place=kharkiv", "actor=rus&type=ASSAULT", "q=pontoon", "bbox=22,44,41,53&from=2024-12-01"}) {
            int days = 0;
            for (JsonNode d : Http.get(api + "/timeline?" + filter).json().get("days")) days += d.get("total").asInt();
            assertThat(days).as(filter).isEqualTo(total(filter));
        }
    }
}
