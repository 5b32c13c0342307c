package org.sitrep.ingest;

import java.util.List;

/**
 * Common frame of the readers: checks and decodes the bytes with {@link InputGuard}, lets the format-specific
 * part find the articles, and finishes them with {@link ReportAssembler}. Guarantees the {@link ArticleReader}
 * contract: no exception escapes; bad input becomes {@link IngestOutcome.Skipped} with a one-line reason.
 */
public abstract class TextArticleReader implements ArticleReader {
    protected final InputGuard guard;
    protected final ReportAssembler assembler;

    protected TextArticleReader(InputGuard guard, ReportAssembler assembler) {
        this.guard = guard;
        this.assembler = assembler;
    }

    @Override
    public final List<IngestOutcome> read(byte[] bytes, String origin) {
        return read(bytes, SourceInfo.named(origin), null);
    }

    /**
     * Reads every article in {@code bytes}.
     *
     * @param source      where the bytes came from (origin, URL, file time)
     * @param charsetHint charset named outside the bytes (HTTP Content-Type), or null
     */
    public final List<IngestOutcome> read(byte[] bytes, SourceInfo source, String charsetHint) {
        try {
            InputGuard.Result r = guard.check(bytes, charsetHint);
            if (r instanceof InputGuard.Rejected rej) return List.of(new IngestOutcome.Skipped(source.origin(), rej.reason()));
            InputGuard.Text t = (InputGuard.Text) r;
            return readText(t.text(), source, t.warnings());
        } catch (RuntimeException e) {
            return List.of(new IngestOutcome.Skipped(source.origin(), "could not read: " + oneLine(e)));
        }
    }

    /** The format-specific part: articles in decoded {@code text}; {@code warnings} come from decoding. */
    protected abstract List<IngestOutcome> readText(String text, SourceInfo source, List<String> warnings);

    /** An exception as one line for a skip reason. */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
