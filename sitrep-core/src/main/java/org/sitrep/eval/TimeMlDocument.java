package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML ({@code .tml}) document reduced to what a timex evaluation needs: the plain text of its
 * {@code <TEXT>} element (tags removed, entities decoded), the document creation time, and the gold
 * {@code TIMEX3} elements inside the text with character offsets into that plain text.
 *
 * @param id     file name without extension
 * @param text   plain text of the TEXT element
 * @param dct    document creation time (the day of the CREATION_TIME timex), or null
 * @param timexes gold timexes in the text, in order
 */
public record TimeMlDocument(String id, String text, LocalDate dct, List<Timex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** A gold TIMEX3: [begin, end) character offsets into {@link #text()}, its type and value. */
    public record Timex(int begin, int end, String text, String type, String value) {}

    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile(
            "<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");

    /** Reads a .tml file. */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return parse(name, xml);
    }

    /** Parses TimeML markup. */
    public static TimeMlDocument parse(String id, String xml) {
        LocalDate dct = null;
        Matcher d = DCT.matcher(xml);
        if (d.find()) {
            String v = attr(d.group(), "value");
            if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")) dct = LocalDate.parse(v.substring(0, 10));
        }
        Matcher t = TEXT.matcher(xml);
        String body = t.find() ? t.group(1) : "";
        StringBuilder plain = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int openBegin = -1;
        String openAttrs = null;
        while (m.find()) {
            plain.append(decode(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) continue;
            if (m.group(1).isEmpty()) {
                openBegin = plain.length();
                openAttrs = m.group(3);
            } else if (openBegin >= 0) {
                String fn = attr(openAttrs, "functionInDocument");
                if (fn == null || !fn.equals("CREATION_TIME")) {
                    timexes.add(new Timex(openBegin, plain.length(), plain.substring(openBegin),
                            attr(openAttrs, "type"), attr(openAttrs, "value")));
                }
                openBegin = -1;
            }
        }
        plain.append(decode(body.substring(last)));
        return new TimeMlDocument(id, plain.toString(), dct, timexes);
    }

    private static String attr(String attrs, String name) {
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) if (a.group(1).equals(name)) return a.group(2);
        return null;
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
