package org.sitrep.serve;

import java.nio.file.Path;

/**
 * How a {@link SitrepServer} runs. Start from {@link #defaults()} and change what you need:
 * {@code ServerOptions.defaults().port(8080).bind("127.0.0.1")}.
 *
 * @param bind        address to listen on (loopback by default)
 * @param port        TCP port; 0 picks a free one ({@link SitrepServer#port()} tells which)
 * @param ingestToken secret that {@code POST /api/v1/reports} requires as {@code Authorization: Bearer <token>}; null
 *                    keeps the server read-only (the route then answers 405)
 * @param ingest      what takes posted reports into the store; needed when a token is set
 * @param control     control of territory on a date, or null (the control routes answer 404 "not available")
 * @param sitrep      daily sitreps, or null (the sitrep route answers 404 "not available")
 * @param webDir      folder with the built single-page app to serve at {@code /}, or null for the copy bundled in
 *                    the jar (classpath {@code /webapp})
 * @param limits      request, page and query-time bounds
 */
public record ServerOptions(String bind, int port, String ingestToken, ReportIngest ingest, ControlSource control,
                            SitrepSource sitrep, Path webDir, Limits limits) {
    public ServerOptions {
        if (bind == null || bind.isBlank()) throw new IllegalArgumentException("bind address is required");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (ingestToken != null && ingestToken.isBlank()) throw new IllegalArgumentException("ingest token is blank");
        if (ingestToken != null && ingest == null) throw new IllegalArgumentException("an ingest token needs a ReportIngest");
        if (limits == null) limits = Limits.defaults();
    }

    /** Loopback, port 8080, read-only, no control or sitrep source, bundled app, default limits. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 8080, null, null, null, null, null, Limits.defaults());
    }

    public ServerOptions bind(String address) {
        return new ServerOptions(address, port, ingestToken, ingest, control, sitrep, webDir, limits);
    }

    public ServerOptions port(int p) {
        return new ServerOptions(bind, p, ingestToken, ingest, control, sitrep, webDir, limits);
    }

    /** Enables {@code POST /api/v1/reports}, guarded by {@code token}, feeding {@code hook}. */
    public ServerOptions ingest(String token, ReportIngest hook) {
        return new ServerOptions(bind, port, token, hook, control, sitrep, webDir, limits);
    }

    public ServerOptions control(ControlSource source) {
        return new ServerOptions(bind, port, ingestToken, ingest, source, sitrep, webDir, limits);
    }

    public ServerOptions sitrep(SitrepSource source) {
        return new ServerOptions(bind, port, ingestToken, ingest, control, source, webDir, limits);
    }

    public ServerOptions webDir(Path dir) {
        return new ServerOptions(bind, port, ingestToken, ingest, control, sitrep, dir, limits);
    }

    public ServerOptions limits(Limits l) {
        return new ServerOptions(bind, port, ingestToken, ingest, control, sitrep, webDir, l);
    }
}
