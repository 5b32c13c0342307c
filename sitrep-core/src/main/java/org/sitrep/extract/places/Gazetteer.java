package org.sitrep.extract.places;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An offline gazetteer: place names to places, looked up by {@link NameKey} so transliteration variants meet.
 *
 * <p>The bundled one ({@link #bundled()}) holds GeoNames populated places with population ≥ 500, all countries
 * and first-level divisions (from {@code sitrep/gazetteer/geonames.tsv.gz}), the curated
 * {@code sitrep/gazetteer/supplement.tsv} (bases, airports, crossings, highways, districts, regions), US counties
 * ({@code us-counties.tsv}), the divisions GeoNames' first level lacks ({@code ne-divisions.tsv}: English counties,
 * Philippine provinces, ...), curated islands, seas and regions ({@code natural-features.tsv}) and the
 * name aliases of {@code sitrep/gazetteer/aliases.tsv}; user override files of the same names extend the last
 * two. Storage is columnar (primitive arrays, one row per place) with one map from name key to row numbers, so
 * the whole table stays around a hundred MB of heap.
 *
 * <p>{@link #withExtra(Connection)} adds the places a user imported with {@link GazetteerImporter} (e.g. the full
 * GeoNames allCountries dump) for names the bundled data lacks.
 */
public final class Gazetteer {
    private static volatile Gazetteer bundled;

    final Table table;
    private final ExtraPlaces extra;

    Gazetteer(Table table, ExtraPlaces extra) {
        this.table = table;
        this.extra = extra;
    }

    /** The gazetteer shipped with Sitrep, loaded on first use (a few seconds) and shared. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) bundled = g = new Gazetteer(GazetteerLoader.loadBundled(), null);
            }
        }
        return g;
    }

    /** A gazetteer that also consults places imported into {@code db} by {@link GazetteerImporter}. */
    public Gazetteer withExtra(Connection db) {
        return new Gazetteer(table, new ExtraPlaces(db, this));
    }

    /** Number of places held in memory (imported places not counted). */
    public int size() { return table.size; }

    /** Number of distinct name keys in memory. */
    public int nameCount() { return table.index.size(); }

    /**
     * Every place the name may refer to, most populous first. The imported places are consulted when the
     * in-memory data has no entry for that name.
     */
    public List<Place> lookup(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) return List.of();
        List<Place> out = new ArrayList<>();
        int[] rows = table.index.get(key);
        if (rows != null) for (int r : rows) out.add(table.place(r));
        if (out.isEmpty() && extra != null) out.addAll(extra.lookup(key));
        out.sort(Comparator.comparingLong(Place::population).reversed());
        return out;
    }

    /**
     * The ISO alpha-3 country of a town or province that the name plainly means: the most populous place of that
     * name is a town or a division with at least 20,000 inhabitants and four times the population of any namesake
     * in another country, and no place of that name is a capital (capitals stand for governments). Null for
     * countries, small or ambiguous names. Used to tell the country a story is set in.
     */
    public String townCountry(String name) {
        List<Place> all = lookup(name);
        if (all.isEmpty()) return null;
        Place top = all.get(0);
        if (!(top.featureCode().startsWith("PPL") || top.featureCode().startsWith("ADM")) || top.isCapital()
                || top.population() < 20_000) return null;
        for (Place p : all) {
            if (p.isCapital() || !p.country().equals(top.country()) && p.population() * 4 > top.population()) return null;
        }
        return iso3(top.country());
    }

    /** The ISO alpha-3 code of an alpha-2 country code ("SY" -> "SYR"), or null when there is none. */
    public static String iso3(String iso2) {
        if (iso2 == null) return null;
        try {
            String iso3 = new java.util.Locale("", iso2).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    /** True if some place has this name. */
    public boolean contains(String name) {
        String key = NameKey.of(name);
        return !key.isEmpty() && (table.index.containsKey(key) || (extra != null && !extra.lookup(key).isEmpty()));
    }

    /** The place with this id ("geonames:170063", "sitrep:khmeimim-air-base"), or null. */
    public Place byId(String id) {
        Integer r = table.rowOf(id);
        return r == null ? null : table.place(r);
    }

    /** The first-level division a place lies in, or null. */
    public Place admin1Of(Place p) {
        if (p.isCountry() || p.admin1Code().isEmpty()) return null;
        if (p.isAdmin1()) return p;
        Integer r = table.admin1Rows.get(p.admin1Key());
        return r == null ? null : table.place(r);
    }

    /** The country entry for an ISO alpha-2 code, or null. */
    public Place country(String iso2) {
        Integer r = table.countryRows.get(iso2);
        return r == null ? null : table.place(r);
    }

    /** First-level division name for a country + admin1 code, or null. */
    String admin1Name(String cc, String code) {
        Integer r = table.admin1Rows.get(cc + "." + code);
        return r == null ? null : table.name[r];
    }

    /** Columnar storage of the in-memory places. */
    static final class Table {
        int size;
        int[] geonameId = new int[1024];      // >0 GeoNames id, else -(k+1) for slugs.get(k)
        String[] name = new String[1024];
        float[] lat = new float[1024];
        float[] lon = new float[1024];
        String[] featureCode = new String[1024];
        String[] country = new String[1024];
        String[] admin1 = new String[1024];
        int[] population = new int[1024];
        float[] radius = new float[1024];
        short[] sourceFile = new short[1024];
        int[] sourceLine = new int[1024];
        final List<String> slugs = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        final Map<String, int[]> index = new HashMap<>(1 << 20);
        final Map<String, Integer> admin1Rows = new HashMap<>();
        final Map<String, Integer> countryRows = new HashMap<>();
        final Map<String, Integer> slugRows = new HashMap<>();
        Map<Integer, Integer> geonameRows;
        private final Map<String, String> interned = new HashMap<>();

        String intern(String s) {
            String v = interned.putIfAbsent(s, s);
            return v == null ? s : v;
        }

        int add(String id, String nm, double la, double lo, String fc, String cc, String a1, long pop, double rad,
                int src, int line) {
            if (size == name.length) grow();
            int r = size++;
            if (id.startsWith("geonames:")) {
                geonameId[r] = Integer.parseInt(id.substring(9));
            } else {
                slugs.add(id);
                geonameId[r] = -slugs.size();
                slugRows.put(id, r);
            }
            name[r] = nm;
            lat[r] = (float) la;
            lon[r] = (float) lo;
            featureCode[r] = intern(fc);
            country[r] = intern(cc);
            admin1[r] = intern(a1);
            population[r] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, pop));
            radius[r] = (float) rad;
            sourceFile[r] = (short) src;
            sourceLine[r] = line;
            if (fc.equals("ADM1")) admin1Rows.putIfAbsent(cc + "." + a1, r);
            if (fc.startsWith("PCL")) countryRows.putIfAbsent(cc, r);
            return r;
        }

        void addName(String nm, int row) {
            String key = NameKey.of(nm);
            if (key.isEmpty()) return;
            int[] cur = index.get(key);
            if (cur == null) {
                index.put(key, new int[] {row});
            } else {
                for (int c : cur) if (c == row) return;
                int[] n = Arrays.copyOf(cur, cur.length + 1);
                n[cur.length] = row;
                index.put(key, n);
            }
        }

        private void grow() {
            int n = name.length * 2;
            geonameId = Arrays.copyOf(geonameId, n);
            name = Arrays.copyOf(name, n);
            lat = Arrays.copyOf(lat, n);
            lon = Arrays.copyOf(lon, n);
            featureCode = Arrays.copyOf(featureCode, n);
            country = Arrays.copyOf(country, n);
            admin1 = Arrays.copyOf(admin1, n);
            population = Arrays.copyOf(population, n);
            radius = Arrays.copyOf(radius, n);
            sourceFile = Arrays.copyOf(sourceFile, n);
            sourceLine = Arrays.copyOf(sourceLine, n);
        }

        /** Trims arrays and drops load-time helpers. */
        void freeze() {
            geonameId = Arrays.copyOf(geonameId, size);
            name = Arrays.copyOf(name, size);
            lat = Arrays.copyOf(lat, size);
            lon = Arrays.copyOf(lon, size);
            featureCode = Arrays.copyOf(featureCode, size);
            country = Arrays.copyOf(country, size);
            admin1 = Arrays.copyOf(admin1, size);
            population = Arrays.copyOf(population, size);
            radius = Arrays.copyOf(radius, size);
            sourceFile = Arrays.copyOf(sourceFile, size);
            sourceLine = Arrays.copyOf(sourceLine, size);
            interned.clear();
        }

        String id(int r) {
            int g = geonameId[r];
            return g > 0 ? "geonames:" + g : slugs.get(-g - 1);
        }

        Integer rowOf(String id) {
            if (id.startsWith("geonames:")) {
                if (geonameRows == null) {
                    synchronized (this) {
                        if (geonameRows == null) {
                            Map<Integer, Integer> m = new HashMap<>(size * 2);
                            for (int r = 0; r < size; r++) if (geonameId[r] > 0) m.putIfAbsent(geonameId[r], r);
                            geonameRows = m;
                        }
                    }
                }
                try {
                    return geonameRows.get(Integer.parseInt(id.substring(9)));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return slugRows.get(id);
        }

        Place place(int r) {
            String fc = featureCode[r];
            String cc = country[r];
            String a1 = admin1[r];
            String a1Name = null;
            if (fc.equals("ADM1")) a1Name = name[r];
            else if (!a1.isEmpty()) {
                Integer ar = admin1Rows.get(cc + "." + a1);
                if (ar != null) a1Name = name[ar];
            }
            double rad = radius[r] > 0 ? radius[r] : Place.defaultRadiusKm(fc, population[r]);
            return new Place(id(r), name[r], lat[r], lon[r], fc, cc, a1, a1Name, population[r], rad,
                    sources.get(sourceFile[r]) + ":" + sourceLine[r]);
        }
    }
}
