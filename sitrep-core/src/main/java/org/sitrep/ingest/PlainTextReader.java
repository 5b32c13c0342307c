package org.sitrep.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Report;

/**
 * Reads one article from plain text or Markdown (.txt, .text, .md, .markdown; also standard input).
 *
 * <p>Layout understood (the samples use: title line, blank, outlet line, dateline line, blank, body), but each
 * piece is found where it is rather than by position:
 * <ul>
 *   <li>images: a line {@code ![caption](url)} (also inline) or a bare image URL becomes a media entry; a line
 *       right after it that repeats the caption is the printed caption and leaves the body too; an alt text that
 *       is just a file name ("123.png (1292×626)") is not a caption;</li>
 *   <li>Markdown: {@code # } heading marks, {@code **bold**}/{@code __bold__} marks and link targets are dropped
 *       ({@code [text](url)} keeps the text);</li>
 *   <li>title: a first-level {@code # } heading, else the first line if it is short enough to be a headline;</li>
 *   <li>dateline: the first line among the first {@value #HEADER_LINES} that is mostly a date ("Dec 1, 2024 - 02:00",
 *       "**Outlet** · Dec 3, 2024 - 22:10") gives the date (MEDIUM confidence) and leaves the body;</li>
 *   <li>outlet: a short name-like line right before the dateline, or a name beside the date on its line; else a
 *       "Source: X" line in the header (with a warning);</li>
 *   <li>the rest is the body, cleaned by {@link TextCleaner}.</li>
 * </ul>
 */
public final class PlainTextReader extends TextArticleReader {
    static final int HEADER_LINES = 12;
    private static final int MAX_TITLE_CHARS = 200;
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\((\\S+?)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern BARE_IMAGE = Pattern.compile("(?i)^https?://\\S+\\.(png|jpe?g|gif|webp|avif)(\\?\\S*)?$");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)^[\\w.-]+\\.(png|jpe?g|gif|webp|avif|svg)\\b.*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(?:source|via)\\s*:\\s*(.{2,60})$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[·|•]\\s+|\\s+[–—]\\s+(?=\\p{Lu})");

    public PlainTextReader() {
        this(new InputGuard(), new ReportAssembler());
    }

    public PlainTextReader(InputGuard guard, ReportAssembler assembler) {
        super(guard, assembler);
    }

    @Override
    public boolean accepts(String name, byte[] head) {
        return Formats.hasExtension(name, Formats.TEXT);
    }

    /** One line after markup handling; {@code level} is the Markdown heading level (0 if none). */
    private record Line(String text, int level) {
        boolean blank() { return text.isEmpty(); }
    }

    @Override
    protected List<IngestOutcome> readText(String text, SourceInfo source, List<String> warnings) {
        String ext = Urls.extension(source.origin());
        ArticleDraft.Builder d = ArticleDraft.builder(ext.startsWith("md") || ext.equals("markdown") ? "md" : "txt")
                .warnings(warnings);
        List<Line> lines = markup(TextCleaner.normaliseChars(text).split("\n"), d);

        int first = nextNonBlank(lines, 0);
        if (first < 0) return List.of(assembler.finish(d.build(), source));
        boolean[] drop = new boolean[lines.size()];
        Optional<Instant> leadingDate = Datelines.dateline(lines.get(first).text());
        if (leadingDate.isPresent()) {
            d.datelineDate(leadingDate.get());
            drop[first] = true;
            first = nextNonBlank(lines, first + 1);
        }
        int bodyStart = 0;
        if (first >= 0 && isTitle(lines, first)) {
            d.title(lines.get(first).text());
            drop[first] = true;
            bodyStart = first + 1;
        }
        header(lines, bodyStart, d, drop);

        StringBuilder body = new StringBuilder();
        for (int i = bodyStart; i < lines.size(); i++) {
            if (!drop[i]) body.append(lines.get(i).text()).append('\n');
        }
        d.paragraphs(TextCleaner.paragraphs(body.toString()));
        return List.of(assembler.finish(d.build(), source));
    }

    /** Takes images out into media and strips Markdown marks; returns the remaining lines. */
    private static List<Line> markup(String[] raw, ArticleDraft.Builder d) {
        List<Line> out = new ArrayList<>();
        String pendingCaption = null;
        for (String line : raw) {
            Matcher whole = IMAGE.matcher(line);
            if (whole.matches()) {
                String alt = whole.group(1).strip();
                String caption = alt.isEmpty() || FILE_NAME.matcher(alt).matches() ? null : alt;
                d.media(new Report.Media(whole.group(2), caption));
                pendingCaption = caption;
                continue;
            }
            if (BARE_IMAGE.matcher(line).matches()) {
                d.media(new Report.Media(line, null));
                pendingCaption = null;
                continue;
            }
            if (pendingCaption != null && !line.isEmpty()) {
                boolean repeat = TextCleaner.key(line).equals(TextCleaner.key(pendingCaption));
                pendingCaption = null;
                if (repeat) continue;
            }
            Matcher inline = IMAGE.matcher(line);
            StringBuilder sb = new StringBuilder();
            while (inline.find()) {
                String alt = inline.group(1).strip();
                d.media(new Report.Media(inline.group(2), alt.isEmpty() || FILE_NAME.matcher(alt).matches() ? null : alt));
                inline.appendReplacement(sb, "");
            }
            inline.appendTail(sb);
            String s = LINK.matcher(sb.toString()).replaceAll("$1");
            s = s.replaceAll("\\*\\*|__", "").replaceAll("\\s+", " ").strip();
            int level = 0;
            Matcher h = HEADING.matcher(s);
            if (h.matches()) {
                level = h.group(1).length();
                s = h.group(2);
            }
            if (s.matches("[-*_=]{3,}")) s = "";
            out.add(new Line(s, level));
        }
        return out;
    }

    private static boolean isTitle(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.level() == 1) return true;
        if (l.text().length() > MAX_TITLE_CHARS) return false;
        return nextNonBlank(lines, i + 1) >= 0;
    }

    /** Finds dateline, outlet and "Source:" lines among the first header lines from {@code start}. */
    private static void header(List<Line> lines, int start, ArticleDraft.Builder d, boolean[] drop) {
        int seen = 0;
        int sourceLine = -1;
        String source = null;
        boolean dated = false;
        for (int i = start; i < lines.size() && seen < HEADER_LINES; i++) {
            Line l = lines.get(i);
            if (l.blank()) continue;
            seen++;
            Matcher src = SOURCE_LINE.matcher(l.text());
            if (src.matches() && source == null) {
                source = src.group(1).strip();
                sourceLine = i;
                continue;
            }
            if (dated) continue;
            Optional<Instant> date = Datelines.dateline(l.text());
            if (date.isEmpty()) continue;
            d.datelineDate(date.get());
            drop[i] = true;
            for (String part : SEPARATOR.split(l.text())) {
                if (Datelines.find(part).isEmpty() && isOutletLike(part)) d.outlet(part);
            }
            if (!d.hasOutlet() && i > start && !lines.get(i - 1).blank() && isOutletLike(lines.get(i - 1).text())
                    && !drop[i - 1]) {
                d.outlet(lines.get(i - 1).text());
                drop[i - 1] = true;
            }
            dated = true;
        }
        if (!d.hasOutlet() && source != null) {
            d.outlet(source);
            drop[sourceLine] = true;
            d.warning("outlet taken from the 'Source: " + source + "' line");
        }
    }

    /** A short name: at most 6 words and 60 characters, capitalised, not ending like a sentence. */
    static boolean isOutletLike(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60 || t.split("\\s+").length > 6) return false;
        if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))) return false;
        if (t.matches("(?i)^by\\s.*") || t.matches(".*[.!?:;,]$")) return false;
        return Datelines.find(t).isEmpty();
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) if (!lines.get(i).blank()) return i;
        return -1;
    }
}
