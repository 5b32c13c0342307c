package org.sitrep.extract.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ActorDictionary} in Sitrep's own TSV format (people.tsv, groups.tsv, agents.tsv, aliases.tsv,
 * countries.tsv), e.g. an imported PETRARCH dictionary for the user's override directory. Only files for kinds
 * present are written. The files can be read back by putting them in the override dir.
 */
public final class ActorTsvWriter {
    private ActorTsvWriter() {}

    /** Writes the files into {@code dir} (created if needed); returns the files written. */
    public static List<Path> write(ActorDictionary dict, Path dir) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        Map<String, String[]> countryRows = new LinkedHashMap<>();
        for (ActorEntry e : dict.entries()) {
            switch (e.kind()) {
                case PERSON -> add(files, ActorFiles.PEOPLE, "# id\tname\taliases\trole\tcountry\tsector\tfrom\tto",
                        e.id(), e.name(), aliases(e), e.role(), s(e.country()), s(e.sector()), d(e.from()), d(e.to()));
                case GROUP -> add(files, ActorFiles.GROUPS, "# id\tname\taliases\tcountry\tsector\tnote\tfrom\tto",
                        e.id(), e.name(), aliases(e), s(e.country()), s(e.sector()), e.role(), d(e.from()), d(e.to()));
                case AGENT -> add(files, ActorFiles.AGENTS, "# phrase\tsector\tnote", e.name(), s(e.sector()), e.role());
                case ALIAS -> {
                    for (String p : e.phrases()) {
                        add(files, ActorFiles.ALIASES, "# phrase\tcountry\tsector\tnote", p, s(e.country()),
                                s(e.sector()), e.role());
                    }
                }
                case COUNTRY, ADJECTIVE, METONYM -> {
                    String[] row = countryRows.computeIfAbsent(e.id(), k -> new String[] {k, "", e.name(), "", "", "", ""});
                    if (e.kind() == ActorEntry.Kind.COUNTRY) {
                        row[1] = e.role();
                        row[3] = String.join("|", e.phrases().subList(1, e.phrases().size()));
                    } else if (e.kind() == ActorEntry.Kind.ADJECTIVE) {
                        row[4] = String.join("|", e.phrases());
                    } else {
                        row[5] = e.role();
                        row[6] = String.join("|", e.phrases());
                    }
                }
            }
        }
        for (String[] row : countryRows.values()) {
            add(files, ActorFiles.COUNTRIES, "# iso3\tiso2\tname\taliases\tadjectives\tcapital\tmetonyms", row);
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<String>> f : files.entrySet()) {
                Path out = dir.resolve(f.getKey());
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    w.write("# Written by Sitrep (ActorTsvWriter); format as in sitrep/actors/README.md\n");
                    for (String line : f.getValue()) w.write(line + "\n");
                }
                written.add(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static void add(Map<String, List<String>> files, String file, String header, String... cols) {
        List<String> lines = files.computeIfAbsent(file, k -> new ArrayList<>(List.of(header)));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            if (i > 0) b.append('\t');
            b.append(cols[i] == null ? "" : cols[i].replace('\t', ' ').replace('\n', ' '));
        }
        lines.add(b.toString());
    }

    private static String aliases(ActorEntry e) {
        List<String> rest = new ArrayList<>();
        for (String p : e.phrases()) if (!p.equals(e.name()) && !rest.contains(p)) rest.add(p);
        return String.join("|", rest);
    }

    private static String s(String v) { return v == null ? "" : v; }

    private static String d(LocalDate v) { return v == null ? "" : v.toString(); }
}
