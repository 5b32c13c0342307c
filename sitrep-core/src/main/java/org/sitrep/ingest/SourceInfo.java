package org.sitrep.ingest;

import java.time.Instant;

/**
 * Where an input came from, beyond its bytes.
 *
 * @param origin   how outcomes name it: a file path, a URL, "stdin"
 * @param url      the URL it was fetched from, or null (used as the article URL and for the outlet's domain
 *                 when the document names neither)
 * @param modified the file's modification time, or null (last fallback for the publication date)
 */
public record SourceInfo(String origin, String url, Instant modified) {
    public SourceInfo {
        origin = origin == null || origin.isBlank() ? "input" : origin;
    }

    /** An input known only by name. */
    public static SourceInfo named(String origin) {
        return new SourceInfo(origin, null, null);
    }

    /** The same input, naming one of several articles in it ("feed.xml#2", "bundle.jsonl:3"). */
    public SourceInfo item(String suffix) {
        return new SourceInfo(origin + suffix, url, modified);
    }
}
