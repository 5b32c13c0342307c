package org.sitrep.serve;

/**
 * Takes one article posted to {@code POST /api/v1/reports} through the pipeline into the store: filled by the CLI.
 * The server calls it from one thread at a time (the store takes one writer), only for requests that carry the
 * ingest token, with bodies no larger than {@link Limits#maxBodyBytes()}.
 */
public interface ReportIngest {
    /**
     * Ingests {@code body}.
     *
     * @param body        the request body, decoded as UTF-8 (plain text, Markdown, HTML or JSON article)
     * @param contentType the request's Content-Type, or null
     * @param name        the client's name for it ({@code ?name=} query parameter, e.g. a file name), or null
     * @return a JSON-able outcome (report id, events found, warnings, or why it was skipped), answered with 201
     * @throws IllegalArgumentException when the input cannot be read at all (answered with 400 and its message)
     */
    Object ingest(String body, String contentType, String name);
}
