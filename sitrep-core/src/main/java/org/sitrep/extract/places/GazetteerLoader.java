package org.sitrep.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.sitrep.data.DataFiles;

/**
 * Reads the bundled gazetteer files into a {@link Gazetteer.Table}.
 *
 * <ul>
 *   <li>{@code gazetteer/geonames.tsv.gz}: geonameid, name, lat, lon, feature_code, country, admin1_code,
 *       population, alternate names ('|'-joined); built by {@code tools/gazetteer/build_gazetteer.py}. A division
 *       is also indexed without its kind word ("Idlib" for "Idlib Governorate") and under the other form of a
 *       leading compass word ("South Darfur" for "Southern Darfur").</li>
 *   <li>{@code gazetteer/supplement.tsv}: slug, name, alternate names, lat, lon, feature_code, country,
 *       admin1_code, radius_km, population, note; ids become {@code sitrep:<slug>}.</li>
 *   <li>{@code gazetteer/us-counties.tsv}: US counties and parishes (ADM2) in the supplement format, built by
 *       {@code tools/gazetteer/build_us_counties.py}; indexed by their full names ("Rapides Parish").</li>
 *   <li>{@code gazetteer/ne-divisions.tsv}: divisions GeoNames' first-level divisions lack (English counties,
 *       Scottish council areas, Philippine provinces, former Kenyan and Congolese provinces), ADM2, in the
 *       supplement format, built by {@code tools/gazetteer/build_ne_divisions.py} from Natural Earth.</li>
 *   <li>{@code gazetteer/natural-features.tsv}: curated islands, seas, gulfs, valleys and large regions, in the
 *       supplement format.</li>
 *   <li>{@code gazetteer/aliases.tsv}: alias, target id ("geonames:6252001"), note: extra names for existing
 *       places (e.g. "U.S." for the United States).</li>
 *   <li>{@code gazetteer/area-points.tsv}: id, lat, lon: representative points for large divisions whose towns
 *       cluster along one edge (Ontario, Queensland), applied before the areas' extents are computed.</li>
 * </ul>
 * Malformed lines are skipped.
 */
final class GazetteerLoader {
    private GazetteerLoader() {}

    static final String GEONAMES = "gazetteer/geonames.tsv.gz";
    static final String SUPPLEMENT = "gazetteer/supplement.tsv";
    static final String ALIASES = "gazetteer/aliases.tsv";
    static final String US_COUNTIES = "gazetteer/us-counties.tsv";
    static final String AREA_POINTS = "gazetteer/area-points.tsv";
    static final String NE_DIVISIONS = "gazetteer/ne-divisions.tsv";
    static final String NATURAL = "gazetteer/natural-features.tsv";
    private static final Pattern ADMIN_SUFFIX = Pattern.compile(
            "(?i)\\s+(oblast|oblast'|province|governorate|region|district|state|prefecture|voivodeship|krai|kray|county|parish|muhafazat|mohafazat)$");

    static Gazetteer.Table loadBundled() {
        Gazetteer.Table t = new Gazetteer.Table();
        if (DataFiles.exists(GEONAMES)) {
            loadGeoNames(t);
            loadAreaPoints(t);
            areaRadii(t);
        }
        loadCurated(t, US_COUNTIES);
        loadCurated(t, NE_DIVISIONS);
        loadCurated(t, NATURAL);
        loadCurated(t, SUPPLEMENT);
        loadAliases(t);
        t.freeze();
        return t;
    }

    private static void loadGeoNames(Gazetteer.Table t) {
        t.sources.add("sitrep/" + GEONAMES);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(DataFiles.openBundled(GEONAMES), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            String[] c = new String[9];
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                if (split(line, c) < 8) continue;
                try {
                    int row = t.add("geonames:" + c[0], c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                            c[4], c[5], c[6], Long.parseLong(c[7]), 0, 0, n);
                    t.addName(c[1], row);
                    if (c[8] != null && !c[8].isEmpty()) {
                        for (String alt : c[8].split("\\|")) t.addName(alt, row);
                    }
                    if (c[4].equals("ADM1")) {
                        String bare = ADMIN_SUFFIX.matcher(c[1]).replaceAll("");
                        if (!bare.equals(c[1])) t.addName(bare, row);
                        String compass = compassVariant(c[1]);
                        if (compass != null) t.addName(compass, row);
                    }
                } catch (RuntimeException e) {
                    // malformed line: skipped
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Extent of each country and first-level division, from the populated places inside it: the radius of a
     * disc with the same root-mean-square distance from the area's point (RMS × √2), at least the default
     * radius. One pass over the loaded rows.
     */
    static void areaRadii(Gazetteer.Table t) {
        java.util.Map<Integer, double[]> sums = new java.util.HashMap<>();
        for (int r = 0; r < t.size; r++) {
            if (!t.featureCode[r].startsWith("PPL")) continue;
            Integer c = t.countryRows.get(t.country[r]);
            if (c != null) accumulate(t, sums, c, r);
            Integer a = t.admin1Rows.get(t.country[r] + "." + t.admin1[r]);
            if (a != null) accumulate(t, sums, a, r);
        }
        for (java.util.Map.Entry<Integer, double[]> e : sums.entrySet()) {
            int a = e.getKey();
            double[] v = e.getValue();
            if (v[1] < 3) continue;
            double rad = Math.sqrt(v[0] / v[1]) * Math.sqrt(2);
            t.radius[a] = (float) Math.max(rad, Place.defaultRadiusKm(t.featureCode[a], t.population[a]) / 2);
        }
    }

    private static void accumulate(Gazetteer.Table t, java.util.Map<Integer, double[]> sums, int area, int r) {
        double d = Place.distanceKm(t.lat[area], t.lon[area], t.lat[r], t.lon[r]);
        double[] v = sums.computeIfAbsent(area, k -> new double[2]);
        v[0] += d * d;
        v[1]++;
    }

    /**
     * Moves the listed areas to the representative points of {@code gazetteer/area-points.tsv} (id, lat, lon):
     * large divisions whose towns cluster along one edge, where the towns' box middle misses the area's middle.
     */
    private static void loadAreaPoints(Gazetteer.Table t) {
        for (DataFiles.Line l : DataFiles.lines(AREA_POINTS)) {
            if (l.isComment()) continue;
            String[] c = l.text().split("\t", -1);
            if (c.length < 3) continue;
            try {
                Integer row = t.rowOf(c[0].strip());
                if (row == null) continue;
                t.lat[row] = Float.parseFloat(c[1].strip());
                t.lon[row] = Float.parseFloat(c[2].strip());
            } catch (RuntimeException e) {
                // malformed line: skipped
            }
        }
        t.geonameRows = null;
    }

    /** Reads a file in the supplement.tsv format (also us-counties.tsv). */
    private static void loadCurated(Gazetteer.Table t, String file) {
        String lastSource = null;
        int src = -1;
        for (DataFiles.Line l : DataFiles.lines(file)) {
            if (l.isComment()) continue;
            if (!l.source().equals(lastSource)) {
                lastSource = l.source();
                t.sources.add(lastSource);
                src = t.sources.size() - 1;
            }
            String[] c = l.text().split("\t", -1);
            if (c.length < 9) continue;
            try {
                String slug = c[0].strip();
                String id = slug.contains(":") ? slug : "sitrep:" + slug;
                long pop = c.length > 9 && !c[9].isBlank() ? Long.parseLong(c[9].strip()) : 0;
                int row = t.add(id, c[1].strip(), Double.parseDouble(c[3].strip()), Double.parseDouble(c[4].strip()),
                        c[5].strip(), c[6].strip(), c[7].strip(), pop,
                        c[8].isBlank() ? 0 : Double.parseDouble(c[8].strip()), src, l.number());
                t.addName(c[1], row);
                for (String alt : c[2].split("\\|")) if (!alt.isBlank()) t.addName(alt.strip(), row);
            } catch (RuntimeException e) {
                // malformed line: skipped
            }
        }
    }

    private static void loadAliases(Gazetteer.Table t) {
        for (DataFiles.Line l : DataFiles.lines(ALIASES)) {
            if (l.isComment()) continue;
            String[] c = l.text().split("\t", -1);
            if (c.length < 2) continue;
            Integer row = t.rowOf(c[1].strip());
            if (row != null) t.addName(c[0].strip(), row);
        }
        t.geonameRows = null;
    }

    private static final Pattern COMPASS_ADJECTIVE = Pattern.compile("^(North|South|East|West)(ern)? (.+)$");

    /**
     * The other usual form of a division named with a compass word: "Southern Darfur" is also called "South
     * Darfur", "North Kivu" also "Northern Kivu"; null for other names.
     */
    static String compassVariant(String name) {
        java.util.regex.Matcher m = COMPASS_ADJECTIVE.matcher(name);
        if (!m.matches()) return null;
        return m.group(1) + (m.group(2) == null ? "ern " : " ") + m.group(3);
    }

    /** Splits on tabs into {@code out}; returns the number of fields (missing ones are null). */
    private static int split(String line, String[] out) {
        int f = 0, start = 0;
        for (int i = 0; i < line.length() && f < out.length - 1; i++) {
            if (line.charAt(i) == '\t') {
                out[f++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[f++] = line.substring(start);
        for (int i = f; i < out.length; i++) out[i] = null;
        return f;
    }
}
