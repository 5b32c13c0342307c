package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Layers for the map: control of territory on a date, the daily sitrep, and the offline basemap. Basemap layers come
 * from the Natural Earth files bundled under {@code sitrep/basemap/<layer>.geojson.gz} when present, else from the
 * copy the web build bundles ({@code basemap/<layer>.geojson} in the app folder).
 */
final class MapRoutes {
    static final Set<String> BASEMAP_LAYERS = Set.of("countries", "admin1");

    private final Api api;

    MapRoutes(Api api) { this.api = api; }

    void register(Javalin app) {
        app.get(Api.V1 + "/control", this::control);
        app.get(Api.V1 + "/control.geojson", this::controlGeoJson);
        app.get(Api.V1 + "/sitrep", this::sitrep);
        app.get(Api.V1 + "/basemap/{layer}.geojson", this::basemap);
    }

    private ControlSource controlSource() {
        ControlSource s = api.options().control();
        if (s == null) throw ApiException.notFound("not available: control of territory is not part of this server");
        return s;
    }

    private void control(Context ctx) {
        Params p = api.params(ctx);
        LocalDate date = p.requiredDate("date");
        String country = p.string("country");
        ctx.json(Api.obj("date", date.toString(), "country", country, "control", controlSource().controlOn(date, country)));
    }

    private void controlGeoJson(Context ctx) {
        Params p = api.params(ctx);
        LocalDate date = p.requiredDate("date");
        ctx.json(controlSource().controlGeoJson(date, p.string("country")));
        ctx.contentType("application/geo+json");
    }

    private void sitrep(Context ctx) {
        Params p = api.params(ctx);
        LocalDate date = p.requiredDate("date");
        String country = p.string("country");
        SitrepSource s = api.options().sitrep();
        if (s == null) throw ApiException.notFound("not available: daily sitreps are not part of this server");
        ctx.json(s.sitrepOn(date, country));
    }

    private void basemap(Context ctx) {
        api.params(ctx);
        String layer = ctx.pathParam("layer");
        if (!BASEMAP_LAYERS.contains(layer)) {
            throw ApiException.notFound("no basemap layer '" + layer + "'; layers: " + String.join(", ", BASEMAP_LAYERS));
        }
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("application/geo+json");
        InputStream gz = MapRoutes.class.getResourceAsStream(bundledBasemap(layer));
        if (gz != null) {
            try {
                ctx.result(new GZIPInputStream(gz));
            } catch (IOException e) {
                throw new UncheckedIOException("basemap " + layer + " is not gzip", e);
            }
            return;
        }
        InputStream bundled = webAppFile(api.options().webDir(), "basemap/" + layer + ".geojson");
        if (bundled == null) throw ApiException.notFound("not available: this build bundles no '" + layer + "' basemap layer");
        ctx.result(bundled);
    }

    private static String bundledBasemap(String layer) {
        return "/sitrep/basemap/" + layer + ".geojson.gz";
    }

    /** Whether a basemap layer can be served (so the app asks only for those). */
    static boolean hasBasemap(ServerOptions options, String layer) {
        if (MapRoutes.class.getResource(bundledBasemap(layer)) != null) return true;
        Path dir = options.webDir();
        return dir != null ? Files.isRegularFile(dir.resolve("basemap/" + layer + ".geojson"))
                : MapRoutes.class.getResource("/webapp/basemap/" + layer + ".geojson") != null;
    }

    /** A file of the single-page app: from the configured folder, else from the jar. */
    private static InputStream webAppFile(Path dir, String relative) {
        if (dir != null) {
            Path f = dir.resolve(relative);
            try {
                return Files.isRegularFile(f) ? Files.newInputStream(f) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return MapRoutes.class.getResourceAsStream("/webapp/" + relative);
    }
}
