package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.data.DataFiles;

/**
 * The phrases the time rules react to, read from {@code sitrep/time/patterns.tsv} (bundled, then the user's
 * override file). Columns: kind, phrase, value; see the file's header for the kinds.
 */
public final class TimeLexicon {
    /** The data file, relative to the data root. */
    public static final String FILE = "time/patterns.tsv";

    /** One line of the file. {@code where} is "sitrep/time/patterns.tsv:12" for provenance. */
    public record Entry(String kind, String phrase, String value, String where) {}

    private final Map<String, Map<String, Entry>> byKind = new LinkedHashMap<>();

    public TimeLexicon(List<Entry> entries) {
        for (Entry e : entries) byKind.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.phrase(), e);
    }

    /** Loads the bundled file and the user's override; a later line for the same kind and phrase wins. */
    public static TimeLexicon load() {
        List<Entry> out = new ArrayList<>();
        for (DataFiles.Line l : DataFiles.lines(FILE)) {
            if (l.isComment()) continue;
            String[] c = l.text().split("\t");
            if (c.length < 2) continue;
            out.add(new Entry(c[0].strip(), c[1].strip().toLowerCase(Locale.ROOT), c.length > 2 ? c[2].strip() : "",
                    l.where()));
        }
        return new TimeLexicon(out);
    }

    /** The entry of that kind for a phrase (case and spacing folded), or null. */
    public Entry find(String kind, String phrase) {
        Map<String, Entry> m = byKind.get(kind);
        if (m == null || phrase == null) return null;
        return m.get(phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip());
    }

    public boolean has(String kind, String phrase) { return find(kind, phrase) != null; }

    /** A regex alternation of the phrases of a kind, longest first, spaces matching any whitespace or hyphen. */
    public String alternation(String kind) {
        Map<String, Entry> m = byKind.getOrDefault(kind, Map.of());
        if (m.isEmpty()) return "(?!)";
        return m.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E[\\s-]+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
