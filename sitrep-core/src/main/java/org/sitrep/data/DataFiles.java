package org.sitrep.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The data files Sitrep ships (dictionaries, rules, gazetteer) and the user's overrides.
 *
 * <p>Bundled files live on the classpath under {@code /sitrep/} (in the repository:
 * {@code sitrep-core/src/main/resources/sitrep/}). A user extends or corrects them without a rebuild by putting a
 * file with the same relative name in the override directory: {@code $SITREP_DATA}, else the system property
 * {@code sitrep.data}, else {@code ./sitrep-data/}. Override lines are read after the bundled ones, so a loader
 * that keeps the last entry for a key lets the user win.
 */
public final class DataFiles {
    private DataFiles() {}

    /** The override directory in force (may not exist). */
    public static Path overrideDir() {
        String env = System.getenv("SITREP_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("sitrep.data");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return Path.of("sitrep-data");
    }

    /** True if a bundled file of that name exists. */
    public static boolean exists(String name) {
        return DataFiles.class.getResource("/sitrep/" + name) != null;
    }

    /** Opens a bundled file ({@code .gz} files are decompressed). */
    public static InputStream openBundled(String name) {
        InputStream in = DataFiles.class.getResourceAsStream("/sitrep/" + name);
        if (in == null) throw new IllegalArgumentException("no bundled data file sitrep/" + name);
        try {
            return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of the bundled file then of the user's override file of the same name, if any. */
    public static List<Line> lines(String name) {
        List<Line> out = new ArrayList<>();
        if (exists(name)) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(openBundled(name), StandardCharsets.UTF_8))) {
                read(r, "sitrep/" + name, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path o = overrideDir().resolve(name);
        if (Files.isRegularFile(o)) {
            try (BufferedReader r = Files.newBufferedReader(o, StandardCharsets.UTF_8)) {
                read(r, o.toString(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static void read(BufferedReader r, String source, List<Line> out) throws IOException {
        String s;
        int n = 0;
        while ((s = r.readLine()) != null) {
            n++;
            out.add(new Line(source, n, s));
        }
    }

    /**
     * One line of a data file with where it came from, for provenance ("sitrep/actors/people.tsv:12").
     */
    public record Line(String source, int number, String text) {
        public String where() { return source + ":" + number; }

        /** Blank or starting with '#'. */
        public boolean isComment() {
            String t = text.strip();
            return t.isEmpty() || t.startsWith("#");
        }
    }
}
