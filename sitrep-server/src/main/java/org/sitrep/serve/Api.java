package org.sitrep.serve;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.store.Store;

/** What every route needs: the read connections, the OpenAPI document (for parameter checks) and the options. */
final class Api {
    static final String V1 = "/api/v1";

    private final ReadPool pool;
    private final OpenApi openApi;
    private final ServerOptions options;

    Api(ReadPool pool, OpenApi openApi, ServerOptions options) {
        this.pool = pool;
        this.openApi = openApi;
        this.options = options;
    }

    Params params(Context ctx) { return Params.of(ctx, openApi, options.limits()); }

    <T> T read(Function<Store, T> work) { return pool.read(work); }

    ServerOptions options() { return options; }

    OpenApi openApi() { return openApi; }

    /** The common shape of a page of results. */
    static Map<String, Object> page(int total, int limit, int offset, List<?> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", items);
        return m;
    }

    /** The JSON body of every error. */
    static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    /** Builds a JSON object from alternating keys and values, keeping their order (nulls allowed). */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
