package org.sitrep.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Report;

/**
 * What a reader found in one article before cleaning: the raw paragraphs and every clue to title, outlet, URL
 * and date. {@link ReportAssembler} turns it into a {@link Report} or a skip.
 *
 * @param format       txt, md, html, json or feed
 * @param title        headline, or null if none was found
 * @param paragraphs   body paragraphs in reading order, not yet cleaned
 * @param outlet       publishing outlet, or null
 * @param url          article URL, or null
 * @param metaDate     a date from explicit metadata (meta tag, feed, JSON field), or null
 * @param datelineDate a date from a dateline in the text, or null
 * @param media        images with captions, kept out of the body
 * @param warnings     notes for the user (truncated markup, outlet guessed, ...)
 */
public record ArticleDraft(String format, String title, List<String> paragraphs, String outlet, String url,
                           Instant metaDate, Instant datelineDate, List<Report.Media> media, List<String> warnings) {
    public ArticleDraft {
        paragraphs = List.copyOf(paragraphs);
        media = List.copyOf(media);
        warnings = List.copyOf(warnings);
    }

    /** A builder, as readers fill the fields one clue at a time. */
    public static Builder builder(String format) {
        return new Builder(format);
    }

    /** Mutable collector for {@link ArticleDraft}; first non-null value wins for the single-valued fields. */
    public static final class Builder {
        private final String format;
        private String title;
        private final List<String> paragraphs = new ArrayList<>();
        private String outlet;
        private String url;
        private Instant metaDate;
        private Instant datelineDate;
        private final List<Report.Media> media = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder(String format) {
            this.format = format;
        }

        public Builder title(String v) { if (title == null && notBlank(v)) title = v.strip(); return this; }
        public Builder outlet(String v) { if (outlet == null && notBlank(v)) outlet = v.strip(); return this; }
        public Builder url(String v) { if (url == null && notBlank(v)) url = v.strip(); return this; }
        public Builder metaDate(Instant v) { if (metaDate == null) metaDate = v; return this; }
        public Builder datelineDate(Instant v) { if (datelineDate == null) datelineDate = v; return this; }
        public Builder paragraph(String p) { if (notBlank(p)) paragraphs.add(p); return this; }
        public Builder paragraphs(List<String> ps) { ps.forEach(this::paragraph); return this; }
        public Builder media(Report.Media m) { if (m != null && notBlank(m.url()) && !media.contains(m)) media.add(m); return this; }
        public Builder warning(String w) { if (notBlank(w) && !warnings.contains(w)) warnings.add(w); return this; }
        public Builder warnings(List<String> ws) { ws.forEach(this::warning); return this; }
        public boolean hasTitle() { return title != null; }
        public boolean hasOutlet() { return outlet != null; }

        public ArticleDraft build() {
            return new ArticleDraft(format, title, paragraphs, outlet, url, metaDate, datelineDate, media, warnings);
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }
}
