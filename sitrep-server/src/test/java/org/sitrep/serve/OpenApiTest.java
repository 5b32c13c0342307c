package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** The OpenAPI document and the routes Javalin actually has must be the same set, with the same parameters. */
class OpenApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;

    @BeforeAll
    static void start() {
        store = SampleData.create(dir.resolve("sample.db"));
        server = new SitrepServer(store, ServerOptions.defaults().port(0)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        List<ParsedEndpoint> endpoints = server.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers();
        for (ParsedEndpoint p : endpoints) {
            HandlerType m = p.getEndpoint().getMethod();
            if (m.isHttpMethod()) routes.add(OpenApi.key(m.name(), p.getEndpoint().getPath()));
        }
        return routes;
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsRegistered() {
        Set<String> routes = registeredRoutes();
        assertThat(routes).hasSizeGreaterThan(15).allMatch(r -> r.contains(" /api/v1/"));
        assertThat(new TreeSet<>(OpenApi.load().operations())).isEqualTo(routes);
    }

    @Test
    void theServedDocumentIsOpenApi3AndDescribesEachOperation() {
        Http.Reply r = Http.get(server.url() + "/api/v1/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> pathParams = new TreeSet<>();
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (m.find()) pathParams.add(m.group(1));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                assertThat(op.getValue().get("summary").asText()).as(where).isNotBlank();
                assertThat(op.getValue().get("responses").fieldNames()).as(where).toIterable().isNotEmpty();
                Set<String> documented = new TreeSet<>();
                for (JsonNode p : op.getValue().get("parameters")) {
                    JsonNode param = p.has("$ref") ? resolve(doc, p.get("$ref").asText()) : p;
                    assertThat(param.isMissingNode()).as(where + " " + p).isFalse();
                    if (param.get("in").asText().equals("path")) documented.add(param.get("name").asText());
                }
                assertThat(documented).as("path parameters of " + where).isEqualTo(pathParams);
            }
        }
    }

    @Test
    void everyDocumentedQueryParameterIsAcceptedByItsRoute() {
        OpenApi api = OpenApi.load();
        List<String> failures = new ArrayList<>();
        Map<String, String> samples = Map.ofEntries(Map.entry("from", "2024-11-01"), Map.entry("to", "2024-12-31"),
                Map.entry("type", "ASSAULT"), Map.entry("actor", "rus"), Map.entry("place", "kupiansk"),
                Map.entry("bbox", "20,30,45,55"), Map.entry("status", "reported"), Map.entry("certainty", "reported"),
                Map.entry("q", "pontoon"), Map.entry("limit", "5"), Map.entry("offset", "0"), Map.entry("date", "2024-12-01"),
                Map.entry("country", "UA"), Map.entry("name", "x.txt"));
        for (String op : api.operations()) {
            String method = op.substring(0, op.indexOf(' ')), path = op.substring(op.indexOf(' ') + 1);
            if (!method.equals("GET")) continue;
            String url = server.url() + path.replace("{id}", "x").replace("{layer}", "countries");
            StringBuilder query = new StringBuilder();
            for (String p : api.queryParams(method, path)) {
                assertThat(samples).as("a sample value for '" + p + "'").containsKey(p);
                query.append(query.length() == 0 ? "?" : "&").append(p).append('=').append(Http.encode(samples.get(p)));
            }
            Http.Reply r = Http.get(url + query);
            if (r.status() == 400 || r.status() >= 500) failures.add(op + " -> " + r.status() + " " + r.body());
        }
        assertThat(failures).isEmpty();
    }

    private static JsonNode resolve(JsonNode doc, String ref) {
        JsonNode n = doc;
        for (String part : ref.replaceFirst("^#/", "").split("/")) n = n.path(part);
        return n;
    }
}
