package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Report;
import org.sitrep.model.Report.DateConfidence;

/**
 * The publication-date fallback chain. The first that gives a date wins:
 * <ol>
 *   <li>explicit metadata (meta tag, JSON-LD, feed date, JSON field): {@link DateConfidence#HIGH};</li>
 *   <li>a dateline in the text (found by the reader, or a date opening one of the first three paragraphs after at most a
 *       place name, as in "Kyiv, 2 December 2024. ..."): {@link DateConfidence#MEDIUM};</li>
 *   <li>a date in the path of the article URL or of its image URLs ({@code /2024/12/4/}, {@code /2024-12-04/},
 *       {@code /20241204/}), the latest one: {@link DateConfidence#LOW}, with a warning;</li>
 *   <li>the file's modification time: {@link DateConfidence#LOW}, with a warning;</li>
 *   <li>none: {@link DateConfidence#NONE}, with a warning.</li>
 * </ol>
 */
public final class PublicationDate {
    private PublicationDate() {}

    private static final Pattern PATH_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:/(\\d{1,2})/(\\d{1,2})|-(\\d{2})-(\\d{2})|(\\d{2})(\\d{2}))(?=[/_.-]|$)");
    private static final int OPENING_PARAGRAPHS = 3;
    private static final int OPENING_CHARS = 60;

    /** The chosen date, how sure it is, and a warning naming the fallback used (null for metadata/dateline). */
    public record Resolved(Instant instant, DateConfidence confidence, String warning) {}

    /**
     * Resolves the date of {@code draft} whose cleaned body paragraphs are {@code body}.
     *
     * @param fileModified modification time of the input file, or null
     */
    public static Resolved resolve(ArticleDraft draft, List<String> body, Instant fileModified) {
        if (draft.metaDate() != null) return new Resolved(draft.metaDate(), DateConfidence.HIGH, null);
        if (draft.datelineDate() != null) return new Resolved(draft.datelineDate(), DateConfidence.MEDIUM, null);
        for (int i = 0; i < Math.min(OPENING_PARAGRAPHS, body.size()); i++) {
            Optional<Instant> opening = openingDateline(body.get(i));
            if (opening.isPresent()) return new Resolved(opening.get(), DateConfidence.MEDIUM, null);
        }
        List<String> urls = new ArrayList<>();
        if (draft.url() != null) urls.add(draft.url());
        for (Report.Media m : draft.media()) urls.add(m.url());
        Optional<LocalDate> fromUrl = latestPathDate(urls);
        if (fromUrl.isPresent()) {
            return new Resolved(fromUrl.get().atStartOfDay().toInstant(ZoneOffset.UTC), DateConfidence.LOW,
                    "no date in metadata or text; date " + fromUrl.get() + " taken from a URL path (low confidence)");
        }
        if (fileModified != null) {
            return new Resolved(fileModified, DateConfidence.LOW,
                    "no date in metadata, text or URLs; file modification time used (low confidence)");
        }
        return new Resolved(null, DateConfidence.NONE, "no publication date found");
    }

    /**
     * A dateline opening a paragraph: the date comes first, or after a short place name and a comma
     * ("Kyiv, 2 December 2024. ..."), and is followed by punctuation. "On 30 November 2024, troops ..." is not one.
     */
    static Optional<Instant> openingDateline(String paragraph) {
        Optional<Datelines.Found> f = Datelines.find(paragraph);
        if (f.isEmpty() || f.get().start() > OPENING_CHARS) return Optional.empty();
        String before = paragraph.substring(0, f.get().start()).strip();
        String after = paragraph.substring(f.get().end());
        boolean placeBefore = before.isEmpty() || (before.endsWith(",") && before.split("\\s+").length <= 4
                && Character.isUpperCase(before.codePointAt(0)));
        boolean punctuationAfter = after.isEmpty() || after.matches("(?s)^\\s*[.:—–-].*") || after.matches("(?s)^\\s*\\(.*");
        return placeBefore && punctuationAfter ? Optional.of(f.get().instant()) : Optional.empty();
    }

    /** The latest calendar date found in the paths of {@code urls}. */
    public static Optional<LocalDate> latestPathDate(List<String> urls) {
        LocalDate best = null;
        for (String u : urls) {
            if (u == null) continue;
            Matcher m = PATH_DATE.matcher(u);
            while (m.find()) {
                try {
                    int y = Integer.parseInt(m.group(1));
                    int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6));
                    int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(7));
                    LocalDate date = LocalDate.of(y, mo, d);
                    if (best == null || date.isAfter(best)) best = date;
                } catch (DateTimeException | NumberFormatException ignored) {
                    // not a date after all (e.g. /2024/99/1/)
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
