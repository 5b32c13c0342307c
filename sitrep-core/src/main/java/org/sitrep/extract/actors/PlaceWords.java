package org.sitrep.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.DataFiles;

/**
 * Words that open a place name rather than a person's ("Jabal ...", "Tal ...", "Wadi ..."), read from
 * {@code actors/place-words.tsv} (bundled plus the user's override file). The actor tagger does not make a
 * PERSON-tagged name that starts with one of them an actor.
 */
final class PlaceWords {
    private static volatile PlaceWords bundled;
    private final Map<String, String> words;

    private PlaceWords(Map<String, String> words) { this.words = Map.copyOf(words); }

    static PlaceWords bundled() {
        PlaceWords p = bundled;
        if (p == null) bundled = p = parse(DataFiles.lines("actors/place-words.tsv"));
        return p;
    }

    static PlaceWords parse(List<DataFiles.Line> lines) {
        Map<String, String> m = new HashMap<>();
        for (DataFiles.Line l : lines) {
            if (l.isComment()) continue;
            String w = l.text().split("\t", -1)[0].strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) m.put(w, l.where());
        }
        return new PlaceWords(m);
    }

    /** The data line listing {@code word} as a place-name word, or null. */
    String where(String word) { return words.get(word.toLowerCase(Locale.ROOT)); }
}
