package org.sitrep.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.DataFiles;

/**
 * A small language identifier, enough to keep non-English articles out of an English-only pipeline.
 *
 * <p>First the writing system: if more than half of the letters are in one non-Latin script (Cyrillic, Arabic,
 * Hebrew, Greek, Han, Hangul, Devanagari, ...), that script names the language (Cyrillic with Ukrainian letters is
 * Ukrainian, Arabic with Persian letters is Persian). For Latin text, the share of words that are frequent function
 * words of each language in {@code sitrep/ingest/stopwords.tsv} decides: another language wins only if its share
 * beats English. Texts of fewer than {@value #MIN_WORDS} words are not judged.
 */
public final class LanguageGuesser {
    /** Shorter texts are always taken as English: too little evidence. */
    public static final int MIN_WORDS = 12;

    /** A guess: ISO 639-1 code and English name. */
    public record Guess(String code, String name) {
        public boolean isEnglish() { return code.equals("en"); }
    }

    private static final Guess ENGLISH = new Guess("en", "English");
    private static final Map<UnicodeScript, Guess> SCRIPTS = new EnumMap<>(UnicodeScript.class);

    static {
        SCRIPTS.put(UnicodeScript.CYRILLIC, new Guess("ru", "Russian"));
        SCRIPTS.put(UnicodeScript.ARABIC, new Guess("ar", "Arabic"));
        SCRIPTS.put(UnicodeScript.HEBREW, new Guess("he", "Hebrew"));
        SCRIPTS.put(UnicodeScript.GREEK, new Guess("el", "Greek"));
        SCRIPTS.put(UnicodeScript.HAN, new Guess("zh", "Chinese"));
        SCRIPTS.put(UnicodeScript.HIRAGANA, new Guess("ja", "Japanese"));
        SCRIPTS.put(UnicodeScript.KATAKANA, new Guess("ja", "Japanese"));
        SCRIPTS.put(UnicodeScript.HANGUL, new Guess("ko", "Korean"));
        SCRIPTS.put(UnicodeScript.DEVANAGARI, new Guess("hi", "Hindi"));
        SCRIPTS.put(UnicodeScript.THAI, new Guess("th", "Thai"));
        SCRIPTS.put(UnicodeScript.ARMENIAN, new Guess("hy", "Armenian"));
        SCRIPTS.put(UnicodeScript.GEORGIAN, new Guess("ka", "Georgian"));
    }

    private final Map<String, Set<String>> words = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** Loads the bundled stopword lists (and the user's override file). */
    public LanguageGuesser() {
        for (DataFiles.Line line : DataFiles.lines("ingest/stopwords.tsv")) {
            if (line.isComment()) continue;
            String[] cols = line.text().split("\t");
            if (cols.length < 3) throw new IllegalStateException(line.where() + ": expected code, name, words");
            String code = cols[0].strip();
            names.put(code, cols[1].strip());
            Set<String> set = words.computeIfAbsent(code, k -> new HashSet<>());
            for (String w : cols[2].strip().split("\\s+")) set.add(w.toLowerCase(Locale.ROOT));
        }
    }

    /** The most likely language of {@code text}. */
    public Guess guess(String text) {
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
        }
        if (letters == 0) return ENGLISH;
        for (Map.Entry<UnicodeScript, Integer> e : scripts.entrySet()) {
            if (e.getKey() != UnicodeScript.LATIN && e.getValue() * 2 > letters) {
                Guess g = SCRIPTS.getOrDefault(e.getKey(),
                        new Guess("und", e.getKey().name().charAt(0) + e.getKey().name().substring(1).toLowerCase(Locale.ROOT) + "-script text"));
                if (g.code().equals("ru") && text.matches("(?s).*[іїєґІЇЄҐ].*")) return new Guess("uk", "Ukrainian");
                if (g.code().equals("ar") && text.matches("(?s).*[پچژگ].*")) return new Guess("fa", "Persian");
                if (g.code().equals("zh") && scripts.containsKey(UnicodeScript.HIRAGANA)) return SCRIPTS.get(UnicodeScript.HIRAGANA);
                return g;
            }
        }
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int n = 0;
        Map<String, Integer> hits = new HashMap<>();
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            n++;
            for (Map.Entry<String, Set<String>> e : words.entrySet()) {
                if (e.getValue().contains(t)) hits.merge(e.getKey(), 1, Integer::sum);
            }
        }
        if (n < MIN_WORDS) return ENGLISH;
        int en = hits.getOrDefault("en", 0);
        String best = "en";
        int bestHits = en;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        if (best.equals("en") || bestHits < 3) return ENGLISH;
        return new Guess(best, names.getOrDefault(best, best));
    }
}
