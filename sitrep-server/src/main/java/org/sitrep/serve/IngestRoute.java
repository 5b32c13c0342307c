package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /api/v1/reports}: off (405) unless the server has an ingest token; then the request must carry
 * {@code Authorization: Bearer <token>} (401 without, 403 with a wrong one). Bodies are bounded by the request size
 * limit; reports go to the {@link ReportIngest} one at a time.
 */
final class IngestRoute {
    private final Api api;
    private final Object writeLock = new Object();

    IngestRoute(Api api) { this.api = api; }

    void register(Javalin app) {
        app.post(Api.V1 + "/reports", this::ingest);
    }

    /** Reads the body, stopping with 413 past the limit even when the client sent no Content-Length. */
    private byte[] readBody(Context ctx) {
        long max = api.options().limits().maxBodyBytes();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) throw new ApiException(413, "request body is over the limit of " + max + " bytes");
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    private void ingest(Context ctx) {
        Params p = api.params(ctx);
        String token = api.options().ingestToken();
        if (token == null) {
            ctx.header("Allow", "GET");
            throw new ApiException(405, "ingest is disabled: this server is read-only (start it with an ingest token to accept reports)");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "ingest needs the header 'Authorization: Bearer <token>'");
        }
        byte[] given = auth.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "wrong ingest token");
        }
        String body = new String(readBody(ctx), StandardCharsets.UTF_8);
        if (body.isBlank()) throw ApiException.badRequest("the request body is empty: post the article's text, HTML or JSON");
        Object result;
        synchronized (writeLock) {
            try {
                result = api.options().ingest().ingest(body, ctx.contentType(), p.string("name"));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("cannot ingest: " + e.getMessage());
            }
        }
        ctx.status(201).json(result);
    }
}
