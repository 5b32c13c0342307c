package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.util.Objects;
import org.sitrep.data.Json;
import org.sitrep.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sitrep's HTTP server: the versioned JSON API under {@code /api/v1} (documented by {@code /api/v1/openapi.json})
 * and the single-page app at {@code /}, from one process over the embedded store.
 *
 * <p>Read-only unless {@link ServerOptions#ingestToken()} is set. Every response carries a Content-Security-Policy
 * that forbids inline scripts; every error is JSON {@code {"error": "..."}} without stack traces. Reads run on their
 * own connections to the store file ({@link Limits#readConnections()}), each bounded by the query timeout.
 *
 * <pre>{@code
 * SitrepServer server = new SitrepServer(store, ServerOptions.defaults().port(8080)).start();
 * ... server.stop();
 * }</pre>
 */
public final class SitrepServer implements AutoCloseable {
    /** Scripts, styles, data and fonts from this origin only; map tiles from OpenStreetMap when the user turns them on. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
            + "https://tile.openstreetmap.org; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);

    private final Store store;
    private final ServerOptions options;
    private final OpenApi openApi = OpenApi.load();
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private ReadPool pool;
    private Javalin app;

    public SitrepServer(Store store, ServerOptions options) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Opens the read connections and starts listening; returns when the server accepts requests. */
    public synchronized SitrepServer start() {
        if (app != null) throw new IllegalStateException("already started");
        pool = new ReadPool(store, options.limits().readConnections(), options.limits().queryTimeout());
        try {
            app = create(new Api(pool, openApi, options)).start(options.bind(), options.port());
        } catch (RuntimeException e) {
            pool.close();
            pool = null;
            app = null;
            throw e;
        }
        LOG.info("Sitrep serving {} on {}", store.file(), url());
        return this;
    }

    /** The port it listens on (the free one picked when the options said 0). */
    public int port() {
        if (app == null) throw new IllegalStateException("not started");
        return app.port();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + host + ":" + port();
    }

    /** Stops listening and closes the read connections (the store itself stays open: it belongs to the caller). */
    public synchronized void stop() {
        if (app != null) app.stop();
        if (pool != null) pool.close();
        app = null;
        pool = null;
        stopped.countDown();
    }

    /** Blocks until {@link #stop()} is called (for a command that serves until interrupted). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() { stop(); }

    /** The Javalin application (for tests that list its routes). */
    Javalin javalin() { return app; }

    private Javalin create(Api api) {
        Limits limits = options.limits();
        Javalin javalin = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.http.maxRequestSize = limits.maxBodyBytes();
            cfg.http.defaultContentType = "application/json";
            cfg.router.ignoreTrailingSlashes = true;
            addWebApp(cfg);
        });
        javalin.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            long length = ctx.req().getContentLengthLong();
            if (length > limits.maxBodyBytes()) {
                throw new ApiException(413, "request body of " + length + " bytes is over the limit of " + limits.maxBodyBytes());
            }
        });
        new EventRoutes(api).register(javalin);
        new CatalogRoutes(api).register(javalin);
        new MapRoutes(api).register(javalin);
        new IngestRoute(api).register(javalin);
        javalin.get(Api.V1 + "/openapi.json", ctx -> {
            api.params(ctx);
            ctx.contentType("application/json").result(openApi.text());
        });
        javalin.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(Api.error(e.getMessage())));
        javalin.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Api.error(
                e.getStatus() == 413 ? "request body is over the limit of " + limits.maxBodyBytes() + " bytes" : e.getMessage())));
        javalin.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Api.error("internal error (" + e.getClass().getSimpleName() + "); the server log has the details"));
        });
        javalin.error(404, SitrepServer::notFoundAsJson);
        return javalin;
    }

    private static void notFoundAsJson(Context ctx) {
        if (ctx.resultInputStream() == null || ctx.result() == null || !ctx.result().startsWith("{")) {
            ctx.json(Api.error("not found: " + ctx.method() + " " + ctx.path()));
        }
    }

    private void addWebApp(io.javalin.config.JavalinConfig cfg) {
        if (options.webDir() != null) {
            if (!Files.isRegularFile(options.webDir().resolve("index.html"))) {
                throw new IllegalArgumentException("no index.html in web app folder " + options.webDir());
            }
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = options.webDir().toAbsolutePath().toString();
                s.location = Location.EXTERNAL;
            });
        } else if (SitrepServer.class.getResource("/webapp/index.html") != null) {
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/webapp";
                s.location = Location.CLASSPATH;
            });
        } else {
            LOG.warn("this build has no web app (classpath /webapp): serving the API only");
        }
    }
}
