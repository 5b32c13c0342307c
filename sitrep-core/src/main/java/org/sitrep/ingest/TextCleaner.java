package org.sitrep.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns extracted article text into clean body text: one paragraph per line, joined by {@code "\n"}.
 *
 * <p>Rules, in order (each one generic, none tied to a particular outlet):
 * <ol>
 *   <li>characters: zero-width characters and soft hyphens removed, non-breaking and other Unicode spaces made
 *       plain spaces, runs of spaces collapsed, CR/LF line ends made {@code \n}; list bullets dropped; a missing space after a full
 *       stop restored ("in Idlib.Officials said" becomes "in Idlib. Officials said");</li>
 *   <li>paragraphs: a blank line separates paragraphs; a hard-wrapped document (all lines short) has its lines
 *       joined within a paragraph, otherwise every line is a paragraph;</li>
 *   <li>duplicates: a paragraph equal to the headline (among the first few) is dropped, and a paragraph of 40+
 *       characters printed a second time is kept once — this collapses a headline+lede printed twice;</li>
 *   <li>metadata: a paragraph that is only a date (a dateline) among the first few is dropped;</li>
 *   <li>trailers: a "Sources", "References", "Read more", "Related", "See also" heading after the first
 *       paragraph ends the body; then short closing paragraphs that ask the reader to support, donate,
 *       subscribe, become a patron, follow or share, or carry a copyright line, are dropped from the end.</li>
 * </ol>
 */
public final class TextCleaner {
    private TextCleaner() {}

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000&&[^\\n]]+");
    private static final Pattern END_HEADING = Pattern.compile(
            "(?i)(sources?|references|notes and sources|read (more|also|next)|more (on|about) this( story| topic)?"
                    + "|related( articles?| stories| news| coverage| content| reading)?|see also|further reading"
                    + "|you may also like|recommended( for you)?|more from [\\p{L} .'-]{1,40})\\s*:?");
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)^\\W*(please\\s+)?(support|donate|subscribe|follow us|sign up|join (us|our)|become (a|our)|share this"
                    + "|click here|download our|like us|help us|consider (supporting|donating))\\b"
                    + "|\\bbecome (a|our) (patron|member|supporter|subscriber)\\b"
                    + "|\\b(support|fund) (our|independent|quality) (journalism|reporting|newsroom|work)\\b"
                    + "|\\breader-(funded|supported)\\b|\\ball rights reserved\\b|^\\W*(©|\\(c\\)|copyright)");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦‣*-]\\s+");
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{L})");
    private static final int TRAILER_MAX_CHARS = 300;
    private static final int HEADER_PARAGRAPHS = 6;
    private static final int MIN_REPEAT_CHARS = 40;

    /** Step 1: cleans characters and line ends, keeping line structure (lines trimmed). */
    public static String normaliseChars(String raw) {
        if (raw == null) return "";
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = ZERO_WIDTH.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return out.toString().strip();
    }

    /** Step 2: splits raw text (any line structure) into paragraphs, one per element, none blank. */
    public static List<String> paragraphs(String raw) {
        String[] lines = normaliseChars(raw).split("\n");
        boolean hardWrapped = isHardWrapped(lines);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(cur, out);
            } else if (hardWrapped && !startsBlock(line)) {
                if (cur.length() > 0) cur.append(' ');
                cur.append(line);
            } else {
                flush(cur, out);
                cur.append(line);
                if (!hardWrapped) flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    /** Steps 1–5 on paragraphs already split (by a reader or by {@link #paragraphs}). */
    public static List<String> clean(List<String> paragraphs, String title) {
        List<String> ps = new ArrayList<>();
        for (String p : paragraphs) {
            String n = BULLET.matcher(normaliseChars(p).replace('\n', ' ')).replaceFirst("");
            n = GLUED_SENTENCE.matcher(n).replaceAll(". ");
            if (!n.isBlank()) ps.add(n);
        }
        ps = dropRepeats(ps, title);
        ps = stripTrailers(ps);
        return ps;
    }

    /** Cleans and joins: the body text of a report. */
    public static String body(List<String> paragraphs, String title) {
        return String.join("\n", clean(paragraphs, title));
    }

    /** Step 3 and 4: drops the headline repeated in the body, a paragraph printed twice, and date-only lines. */
    public static List<String> dropRepeats(List<String> ps, String title) {
        String t = key(title);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            String p = ps.get(i);
            String k = key(p);
            boolean header = i < HEADER_PARAGRAPHS;
            if (header && !t.isEmpty() && k.equals(t)) continue;
            if (header && Datelines.dateline(p).isPresent() && p.length() < 60) continue;
            if (k.length() >= MIN_REPEAT_CHARS && !seen.add(k)) continue;
            out.add(p);
        }
        return out;
    }

    /** Step 5: cuts a closing "Sources"/"Related" section and reader appeals at the end. */
    public static List<String> stripTrailers(List<String> ps) {
        List<String> out = new ArrayList<>(ps);
        for (int i = 1; i < out.size(); i++) {
            if (END_HEADING.matcher(out.get(i).replaceAll("^[#*_\\s]+|[*_\\s]+$", "")).matches()) {
                out.subList(i, out.size()).clear();
                break;
            }
        }
        while (out.size() > 1) {
            String last = out.get(out.size() - 1);
            if (last.length() <= TRAILER_MAX_CHARS && TRAILER.matcher(last).find()) out.remove(out.size() - 1);
            else break;
        }
        return out;
    }

    /** A comparison key: lower case letters and digits only. */
    static String key(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static boolean isHardWrapped(String[] lines) {
        int nonBlank = 0;
        int wrappedLength = 0;
        boolean blankSeen = false;
        for (String l : lines) {
            if (l.isEmpty()) {
                blankSeen = true;
                continue;
            }
            nonBlank++;
            if (l.length() > 100) return false;
            if (l.length() >= 40) wrappedLength++;
        }
        return blankSeen && nonBlank >= 4 && wrappedLength * 2 >= nonBlank;
    }

    private static boolean startsBlock(String line) {
        return line.matches("^([-*•–]|\\d+[.)]|#+)\\s.*");
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
    }
}
