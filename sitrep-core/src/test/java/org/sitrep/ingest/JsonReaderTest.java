package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestAssertions.onlyReport;
import static org.sitrep.ingest.IngestAssertions.onlySkipReason;
import static org.sitrep.ingest.IngestAssertions.utf8;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.Report.DateConfidence;

class JsonReaderTest {
    final JsonReader reader = new JsonReader();

    static final String TEXT = "Ukrainian air defences shot down most of the drones launched at Odesa overnight, the "
            + "regional administration said.\\n\\nFirefighters put out a blaze near the port by dawn.";

    static String record(String title) {
        return "{\"title\": \"" + title + "\", \"text\": \"" + TEXT + "\", \"url\": \"https://harbour.example/odesa\", "
                + "\"published\": \"2024-12-02T06:30:00+02:00\", \"outlet\": \"Harbour Gazette\"}";
    }

    @Test
    void readsAllFieldsOfAJsonLinesRecord() {
        List<IngestOutcome> out = reader.read(utf8(record("Drones target Odesa port") + "\n" + record("Second") + "\n"), "b.jsonl");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof IngestOutcome.Accepted);
        Report r = ((IngestOutcome.Accepted) out.get(0)).report();
        assertThat(r.title()).isEqualTo("Drones target Odesa port");
        assertThat(r.outlet()).isEqualTo("Harbour Gazette");
        assertThat(r.url()).isEqualTo("https://harbour.example/odesa");
        assertThat(r.published()).isEqualTo(Instant.parse("2024-12-02T04:30:00Z"));
        assertThat(r.publishedConfidence()).isEqualTo(DateConfidence.HIGH);
        assertThat(r.text().split("\n")).hasSize(2);
        assertThat(r.origin()).isEqualTo("b.jsonl:1");
        assertThat(r.format()).isEqualTo("json");
    }

    @Test
    void aMalformedLineIsSkippedWithItsNumberAndTheRestIsRead() {
        String jsonl = record("First") + "\n{\"title\": \"Broken\", \"text\": \n" + record("Third") + "\n";
        List<IngestOutcome> out = reader.read(utf8(jsonl), "b.jsonl");
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(out.get(1)).isInstanceOf(IngestOutcome.Skipped.class);
        assertThat(((IngestOutcome.Skipped) out.get(1)).reason()).startsWith("line 2: malformed JSON");
        assertThat(out.get(1).origin()).isEqualTo("b.jsonl:2");
        assertThat(out.get(2)).isInstanceOf(IngestOutcome.Accepted.class);
    }

    @Test
    void readsAnArrayAndAnHtmlField() {
        String json = "[" + record("One") + ", {\"headline\": \"Two\", \"html\": \"<p>Ukrainian air defences shot down "
                + "most of the drones over the port, officials said.</p><figure><img src='https://img.example/a.jpg'>"
                + "<figcaption>Smoke at dawn</figcaption></figure>\", \"source\": {\"name\": \"Harbour Gazette\"}}, 7]";
        List<IngestOutcome> out = reader.read(utf8(json), "a.json");
        assertThat(out).hasSize(3);
        Report two = ((IngestOutcome.Accepted) out.get(1)).report();
        assertThat(two.title()).isEqualTo("Two");
        assertThat(two.outlet()).isEqualTo("Harbour Gazette");
        assertThat(two.text()).doesNotContain("Smoke");
        assertThat(two.media()).containsExactly(new Report.Media("https://img.example/a.jpg", "Smoke at dawn"));
        assertThat(two.origin()).isEqualTo("a.json#2");
        assertThat(((IngestOutcome.Skipped) out.get(2)).reason()).isEqualTo("element 3 is not a JSON object");
    }

    @Test
    void aSingleObjectIsOneArticleAndBrokenJsonIsSkippedWithItsLine() {
        assertThat(onlyReport(reader.read(utf8(record("One")), "a.json")).title()).isEqualTo("One");
        assertThat(onlySkipReason(reader.read(utf8("{\n\"title\": \"x\",\n\"text\" \"y\"}"), "a.json")))
                .startsWith("malformed JSON at line 3");
    }
}
