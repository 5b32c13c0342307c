package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.Json;

/**
 * The API's OpenAPI 3 document (classpath {@code /sitrep/serve/openapi.json}), served at
 * {@code /api/v1/openapi.json}. It is also the one list of the query parameters each route takes: {@link Params}
 * rejects any other, so the document cannot fall behind the code.
 */
public final class OpenApi {
    static final String RESOURCE = "/sitrep/serve/openapi.json";

    private final String text;
    private final JsonNode doc;
    private final Map<String, Set<String>> queryParams = new HashMap<>();

    private OpenApi(String text) {
        this.text = text;
        this.doc = Json.read(text, JsonNode.class);
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode p : op.getValue().path("parameters")) {
                JsonNode param = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
                if ("query".equals(param.path("in").asText())) names.add(param.path("name").asText());
            }
            queryParams.put(key(op.getKey(), path.getKey()), Collections.unmodifiableSet(names));
        }));
    }

    /** Loads the bundled document. */
    public static OpenApi load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return new OpenApi(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as served. */
    public String text() { return text; }

    /** The document as a tree. */
    public JsonNode tree() { return doc; }

    /** Every documented operation as "METHOD /path" (path in Javalin/OpenAPI template form). */
    public Set<String> operations() { return Collections.unmodifiableSet(queryParams.keySet()); }

    /** Query parameters the operation documents, or null when it is not documented. */
    Set<String> queryParams(String method, String path) { return queryParams.get(key(method, path)); }

    private JsonNode resolve(String ref) {
        JsonNode n = doc;
        for (String part : ref.replaceFirst("^#/", "").split("/")) n = n.path(part);
        return n;
    }

    static String key(String method, String path) { return method.toUpperCase(Locale.ROOT) + " " + path; }
}
