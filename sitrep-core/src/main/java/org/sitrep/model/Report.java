package org.sitrep.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One ingested article.
 *
 * @param id          stable id derived from the content hash (first 16 hex chars)
 * @param contentHash SHA-256 of the normalised title + body, hex
 * @param outlet      publishing outlet, or "unknown"
 * @param url         canonical URL, or null
 * @param published   publication time, or null when none could be found
 * @param publishedConfidence how the publication time was obtained
 * @param title       headline
 * @param text        clean body text (no captions, trailers, duplicated lede); offsets in evidence point here
 * @param media       image links and captions found in the article
 * @param origin      where it came from: file path, feed URL, "stdin"
 * @param format      input format: txt, md, html, json, feed
 */
public record Report(String id, String contentHash, String outlet, String url, Instant published,
                     DateConfidence publishedConfidence, String title, String text, List<Media> media,
                     String origin, String format) {
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null || outlet.isBlank() ? "unknown" : outlet;
        title = title == null ? "" : title;
        publishedConfidence = publishedConfidence == null ? DateConfidence.NONE : publishedConfidence;
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** How the publication time of a report was obtained. */
    public enum DateConfidence {
        /** Explicit metadata: HTML meta tag, feed date, JSON field. */
        HIGH,
        /** Parsed from a dateline in the text. */
        MEDIUM,
        /** A fallback such as the file's modification time or the ingest time. */
        LOW,
        /** No date at all. */
        NONE
    }

    /** An image link with its caption, kept out of the body text. */
    public record Media(String url, String caption) {}
}
