package org.sitrep.extract.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Transliteration-aware key for place names, so that the spellings news reports use for the same Arabic,
 * Ukrainian or Russian name meet in one index entry: "Ma'arat al-Nu'man", "Maarrat an Nu‘mān" and
 * "Ma‘arrat al-Numan" all give {@code "marat numan"}.
 *
 * <p>Steps: strip diacritics; lower-case; drop apostrophes and ayn/hamza marks (ʿ ʾ ’ ‘ ' `); hyphens and
 * punctuation become spaces; drop Arabic article particles (al, el, as, ar, an, ad, ash, ez, ...) before another
 * word, unless written in capitals in a name that is not all capitals ("US Army" keeps "US"); unify common name words (Tal/Tell/Tall, Kafr/Kfar, Deir/Dayr, Sheikh/Shaykh, Beit/Bayt, Ain/Ayn, Jabal/
 * Jebel, Abu/Abou); "ou" becomes "u"; doubled letters collapse; endings -iyah/-iyeh/-iya/-ya become "ia" and a
 * final -ah/-eh becomes "a". The same function is applied to gazetteer names and to text, so any collision it
 * introduces only widens a candidate list that disambiguation then narrows.
 */
public final class NameKey {
    private NameKey() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String QUOTES = "ʿʾ’‘'`´ʻʼ\"";
    private static final String SEPARATORS = "-‐‑–—_.,/()[]";
    private static final Set<String> ARTICLES = Set.of("al", "el", "as", "ar", "an", "ad", "at", "az", "ash", "adh",
            "ath", "es", "ez", "en", "ed", "et", "er", "ul", "us", "ud");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("tell", "tal"), Map.entry("tall", "tal"), Map.entry("tel", "tal"),
            Map.entry("kfar", "kafr"), Map.entry("kefr", "kafr"), Map.entry("kafar", "kafr"), Map.entry("kfr", "kafr"),
            Map.entry("dayr", "deir"), Map.entry("dair", "deir"), Map.entry("deyr", "deir"),
            Map.entry("bayt", "beit"), Map.entry("bait", "beit"), Map.entry("beyt", "beit"),
            Map.entry("ayn", "ain"), Map.entry("ein", "ain"), Map.entry("aayn", "ain"),
            Map.entry("jebel", "jabal"), Map.entry("jabel", "jabal"), Map.entry("djebel", "jabal"), Map.entry("jbel", "jabal"),
            Map.entry("abou", "abu"), Map.entry("khirbet", "khirbat"), Map.entry("saint", "st"), Map.entry("mount", "mt"),
            Map.entry("fort", "ft"));
    private static final String[] SHEIKH = {"shaykh", "shaikh", "sheikh", "cheikh", "cheik", "sheik", "shekh", "chaykh", "shaikh"};

    /** The lookup key of a name; empty for a name with no letters. */
    public static String of(String name) {
        if (name == null || name.isEmpty()) return "";
        String s = name;
        if (!ascii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            s = MARKS.matcher(s).replaceAll("");
            s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss");
        }
        List<String> upper = capitalWords(s);
        s = s.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (QUOTES.indexOf(c) >= 0) continue;
            if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                if (cur.length() > 0) { parts.add(cur.toString()); cur.setLength(0); }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) parts.add(cur.toString());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String t = parts.get(i);
            // an article particle is dropped ("al-Bab"), an abbreviation in capitals is not ("US Army")
            if (i < parts.size() - 1 && ARTICLES.contains(t) && !upper.contains(t)) continue;
            t = word(t);
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
    }

    /**
     * Lower-cased words of two or more letters written all in capitals ("US" in "US Army"), none when the whole
     * name is in capitals (a dateline).
     */
    private static List<String> capitalWords(String s) {
        boolean twoCaps = false;
        for (int i = 1; i < s.length() && !twoCaps; i++) {
            twoCaps = Character.isUpperCase(s.charAt(i)) && Character.isUpperCase(s.charAt(i - 1));
        }
        if (!twoCaps || s.equals(s.toUpperCase(Locale.ROOT))) return List.of();
        List<String> out = new ArrayList<>(2);
        for (String w : s.split("[\\s\\-‐‑–—_.,/()\\[\\]]+")) {
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    private static String word(String t) {
        String w = WORDS.get(t);
        if (w != null) return w;
        for (String p : SHEIKH) {
            if (t.startsWith(p)) { t = "sheikh" + t.substring(p.length()); break; }
        }
        t = t.replace("ou", "u");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i > 0 && c == t.charAt(i - 1) && Character.isLetter(c)) continue;
            sb.append(c);
        }
        t = sb.toString();
        if (t.length() > 4) {
            if (t.endsWith("iyah") || t.endsWith("iyeh")) t = t.substring(0, t.length() - 4) + "ia";
            else if (t.endsWith("iya") || t.endsWith("iye")) t = t.substring(0, t.length() - 3) + "ia";
            else if (t.endsWith("ya")) t = t.substring(0, t.length() - 2) + "ia";
            else if (t.endsWith("ah") || t.endsWith("eh")) t = t.substring(0, t.length() - 2) + "a";
        }
        return t;
    }
}
