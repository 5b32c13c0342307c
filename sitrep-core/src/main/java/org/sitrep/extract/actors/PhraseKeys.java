package org.sitrep.extract.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation shared by the dictionary and the tagger, so that a phrase in a data file and a token in a text
 * meet on the same key: lower case, diacritics folded (Türkiye = Turkiye, Erdoğan = Erdogan), apostrophes and
 * dashes unified, and the Arabic article dropped ("al-Assad", "Al Assad" and "Assad" all give "assad").
 */
public final class PhraseKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|as|ash|an|ar)-(?=\\p{L}{2})");

    private PhraseKeys() {}

    /** Key of one token: folded, lower case, without a leading "al-"; "al"/"el" alone give "al". */
    public static String key(String token) {
        String s = fold(token).toLowerCase(Locale.ROOT);
        if (s.equals("el")) return "al";
        return ARTICLE.matcher(s).replaceFirst("");
    }

    /** True for a standalone Arabic article token, which matching may skip inside a phrase. */
    public static boolean isArticle(String key) { return key.equals("al"); }

    /** Diacritics removed, apostrophes and dashes unified; case kept. */
    public static String fold(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .replace('\u00b4', '\'').replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-')
                .replace('\u2011', '-').replace('\u0131', 'i').replace('\u0130', 'I').replace("\u00df", "ss")
                .replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u0142', 'l').replace('\u0141', 'L');
        return MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * Splits a data-file phrase the way the CoreNLP tokenizer splits text: on spaces, with a possessive "'s" and
     * edge punctuation split off, hyphenated words kept whole. A leading "the" is dropped, as are standalone
     * Arabic articles inside the phrase. Returns the original-case tokens.
     */
    public static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String raw : fold(phrase).strip().split("\\s+")) {
            String w = raw;
            while (!w.isEmpty() && "\"([".indexOf(w.charAt(0)) >= 0) w = w.substring(1);
            while (!w.isEmpty() && "\",;:)]".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1);
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("'s") && w.length() > 2) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else {
                out.add(w);
            }
        }
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) out.remove(0);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (i > 0 && isArticle(key(out.get(i))) && i < out.size() - 1) continue;
            kept.add(out.get(i));
        }
        return kept;
    }

    /** Keys of a data-file phrase, joined with spaces: the form {@link ActorDictionary#lookup} compares. */
    public static String phraseKey(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens(phrase)) {
            if (b.length() > 0) b.append(' ');
            b.append(key(t));
        }
        return b.toString();
    }
}
