package org.sitrep.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams a GeoNames dump ({@code allCountries.txt}, a country file such as {@code SY.txt}, or either zipped)
 * into SQLite tables {@code gazetteer_place} and {@code gazetteer_name}, for users who need every village.
 * {@link Gazetteer#withExtra(Connection)} then consults them for names the bundled gazetteer lacks.
 *
 * <p>The dump has 19 tab-separated columns (geonameid, name, asciiname, alternatenames, latitude, longitude,
 * feature class, feature code, country code, cc2, admin1 code, ..., population, ...). By default only feature
 * classes A (administrative) and P (populated places) are imported; names are the name, the ASCII name and the
 * Latin-script alternate names, stored under their {@link NameKey}. Rows go in batches inside transactions;
 * re-importing the same dump replaces places and does not duplicate names. Malformed lines are counted and skipped.
 */
public final class GazetteerImporter {
    /** Tables this importer writes; safe to run on an existing database. */
    public static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS gazetteer_place (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL,"
                + " lon REAL NOT NULL, feature_class TEXT, feature_code TEXT, country TEXT, admin1_code TEXT, population INTEGER)",
        "CREATE TABLE IF NOT EXISTS gazetteer_name (name_key TEXT NOT NULL, geonameid INTEGER NOT NULL,"
                + " UNIQUE (name_key, geonameid))",
        "CREATE INDEX IF NOT EXISTS gazetteer_name_by_key ON gazetteer_name (name_key)"
    };
    private static final int BATCH = 5000;

    private final Connection db;
    private final Set<String> featureClasses;

    /** Imports feature classes A and P. */
    public GazetteerImporter(Connection db) {
        this(db, Set.of("A", "P"));
    }

    /** @param featureClasses GeoNames feature classes to keep (empty set: all) */
    public GazetteerImporter(Connection db, Set<String> featureClasses) {
        this.db = db;
        this.featureClasses = Set.copyOf(featureClasses);
    }

    /** What an import did. */
    public record Result(long lines, long places, long names, long skipped) {}

    /**
     * Imports a dump file (.txt or .zip).
     *
     * @param progress called with the number of lines read after every batch (may be null)
     */
    public Result importFile(Path file, LongConsumer progress) throws IOException, SQLException {
        try (InputStream raw = Files.newInputStream(file)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(raw);
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String n = e.getName().toLowerCase(Locale.ROOT);
                    if (!e.isDirectory() && n.endsWith(".txt") && !n.contains("readme")) return importStream(zip, progress);
                }
                throw new IOException("no .txt dump inside " + file);
            }
            return importStream(raw, progress);
        }
    }

    /** Imports dump lines from a stream (not closed). */
    public Result importStream(InputStream in, LongConsumer progress) throws IOException, SQLException {
        try (Statement st = db.createStatement()) {
            for (String s : SCHEMA) st.execute(s);
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        long lines = 0, places = 0, names = 0, skipped = 0;
        try (PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO gazetteer_place VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO gazetteer_name VALUES (?,?)")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int inBatch = 0;
            while ((line = r.readLine()) != null) {
                lines++;
                String[] c = line.split("\t", -1);
                if (c.length < 15 || line.startsWith("#")) {
                    skipped++;
                    continue;
                }
                if (!featureClasses.isEmpty() && !featureClasses.contains(c[6])) continue;
                long id;
                double lat, lon;
                long pop;
                try {
                    id = Long.parseLong(c[0]);
                    lat = Double.parseDouble(c[4]);
                    lon = Double.parseDouble(c[5]);
                    pop = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
                } catch (NumberFormatException e) {
                    skipped++;
                    continue;
                }
                place.setLong(1, id);
                place.setString(2, c[1]);
                place.setDouble(3, lat);
                place.setDouble(4, lon);
                place.setString(5, c[6]);
                place.setString(6, c[7]);
                place.setString(7, c[8]);
                place.setString(8, c[10]);
                place.setLong(9, pop);
                place.addBatch();
                places++;
                Set<String> keys = new HashSet<>();
                keys.add(NameKey.of(c[1]));
                keys.add(NameKey.of(c[2]));
                for (String alt : c[3].split(",")) if (LatinNames.keep(alt)) keys.add(NameKey.of(alt));
                keys.remove("");
                for (String k : keys) {
                    name.setString(1, k);
                    name.setLong(2, id);
                    name.addBatch();
                    names++;
                }
                if (++inBatch >= BATCH) {
                    place.executeBatch();
                    name.executeBatch();
                    db.commit();
                    inBatch = 0;
                    if (progress != null) progress.accept(lines);
                }
            }
            place.executeBatch();
            name.executeBatch();
            db.commit();
            if (progress != null) progress.accept(lines);
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
        return new Result(lines, places, names, skipped);
    }
}
