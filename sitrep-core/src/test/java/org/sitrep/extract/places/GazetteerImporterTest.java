package org.sitrep.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerImporterTest {
    private static final Path DUMP = Path.of("src/test/resources/places/geonames-mini.txt");

    @Test
    void importsPopulatedAndAdministrativePlacesAndSkipsBadLines() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            List<Long> progress = new ArrayList<>();
            GazetteerImporter.Result r = new GazetteerImporter(db).importFile(DUMP, progress::add);
            assertThat(r.lines()).isEqualTo(5);
            assertThat(r.places()).isEqualTo(3);          // the mountain (class T) is not imported by default
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(progress).isNotEmpty();
            assertThat(count(db, "gazetteer_place")).isEqualTo(3);
            long names = count(db, "gazetteer_name");
            new GazetteerImporter(db).importFile(DUMP, null);
            assertThat(count(db, "gazetteer_place")).isEqualTo(3);
            assertThat(count(db, "gazetteer_name")).isEqualTo(names);
        }
    }

    @Test
    void importedVillagesAreFoundThroughTheBundledGazetteer() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            new GazetteerImporter(db).importFile(DUMP, null);
            Gazetteer g = Gazetteer.bundled().withExtra(db);
            assertThat(Gazetteer.bundled().lookup("Kfar Zorbat")).isEmpty();
            Place p = g.lookup("Kfar Zorbat").get(0);
            assertThat(p.id()).isEqualTo("geonames:90000001");
            assertThat(p.country()).isEqualTo("SY");
            assertThat(p.admin1()).isEqualTo("Idlib");
            assertThat(g.lookup("Tell Qweider")).extracting(Place::id).containsExactly("geonames:90000002");
            assertThat(g.lookup("Aleppo").get(0).id()).startsWith("geonames:");
        }
    }

    @Test
    void readsZippedDumpsAndAllFeatureClassesWhenAsked(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("XX.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("about the dump".getBytes());
            z.putNextEntry(new ZipEntry("XX.txt"));
            z.write(Files.readAllBytes(DUMP));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            GazetteerImporter.Result r = new GazetteerImporter(db, java.util.Set.of()).importFile(zip, null);
            assertThat(r.places()).isEqualTo(4);
            assertThat(Gazetteer.bundled().withExtra(db).lookup("Jebel Namir")).hasSize(1);
        }
    }

    @Test
    void databaseWithoutTablesGivesNoExtraPlaces() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(Gazetteer.bundled().withExtra(db).lookup("Kfar Zorbat")).isEmpty();
        }
    }

    private static long count(Connection db, String table) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
