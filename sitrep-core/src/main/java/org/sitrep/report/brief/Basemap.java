package org.sitrep.report.brief;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.sitrep.data.DataFiles;
import org.sitrep.data.Json;

/**
 * The bundled Natural Earth borders ({@code sitrep/basemap/countries.geojson.gz}, {@code admin1.geojson.gz}) as JTS
 * geometries. Loaded once per JVM on first use.
 */
public final class Basemap {
    /** A named area: a country (code = ISO alpha-2) or a first-level division (code = ISO 3166-2). */
    public record Area(String name, String code, String country, Geometry geometry) {}

    private static final GeometryFactory GF = new GeometryFactory();
    private static volatile Basemap shared;

    private final List<Area> countries, admin1;

    private Basemap(List<Area> countries, List<Area> admin1) {
        this.countries = countries;
        this.admin1 = admin1;
    }

    /** The bundled basemap (loaded on first call). */
    public static Basemap shared() {
        if (shared == null) {
            synchronized (Basemap.class) {
                if (shared == null) shared = new Basemap(load("basemap/countries.geojson.gz", false), load("basemap/admin1.geojson.gz", true));
            }
        }
        return shared;
    }

    public List<Area> countries() { return countries; }

    public List<Area> admin1() { return admin1; }

    /** Areas whose bounding box meets the envelope. */
    public static List<Area> within(List<Area> areas, Envelope env) {
        List<Area> out = new ArrayList<>();
        for (Area a : areas) if (a.geometry().getEnvelopeInternal().intersects(env)) out.add(a);
        return out;
    }

    private static List<Area> load(String name, boolean admin) {
        try (InputStream in = DataFiles.openBundled(name)) {
            JsonNode fc = Json.MAPPER.readTree(in);
            List<Area> out = new ArrayList<>();
            for (JsonNode f : fc.get("features")) {
                Geometry g = geometry(f.get("geometry"));
                if (g == null) continue;
                JsonNode p = f.get("properties");
                out.add(new Area(p.path("name").asText(), admin ? p.path("iso_3166_2").asText() : p.path("iso_a2").asText(),
                        p.path("iso_a2").asText(), g));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Geometry geometry(JsonNode g) {
        if (g == null || g.isNull()) return null;
        String type = g.path("type").asText();
        List<Polygon> ps = new ArrayList<>();
        if (type.equals("Polygon")) ps.add(polygon(g.get("coordinates")));
        else if (type.equals("MultiPolygon")) for (JsonNode p : g.get("coordinates")) ps.add(polygon(p));
        ps.removeIf(p -> p == null);
        if (ps.isEmpty()) return null;
        return ps.size() == 1 ? ps.get(0) : GF.createMultiPolygon(ps.toArray(new Polygon[0]));
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> rs = new ArrayList<>();
        for (JsonNode r : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode c : r) cs.add(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
            if (cs.size() < 4) continue;
            if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
            rs.add(GF.createLinearRing(cs.toArray(new Coordinate[0])));
        }
        if (rs.isEmpty()) return null;
        return GF.createPolygon(rs.get(0), rs.subList(1, rs.size()).toArray(new LinearRing[0]));
    }
}
