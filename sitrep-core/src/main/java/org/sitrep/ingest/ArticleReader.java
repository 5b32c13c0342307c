package org.sitrep.ingest;

import java.util.List;

/**
 * Turns the raw bytes of one input (a file, a feed document, standard input) into articles.
 * One implementation per format (plain text, Markdown, HTML, JSON/JSONL, RSS/Atom).
 * Implementations never throw on bad input: they return {@link IngestOutcome.Skipped} with a reason.
 */
public interface ArticleReader {
    /** True if this reader handles inputs with this name (file name or URL) and leading bytes. */
    boolean accepts(String name, byte[] head);

    /** Reads every article in {@code bytes}; {@code origin} names the input in outcomes. */
    List<IngestOutcome> read(byte[] bytes, String origin);
}
