package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Report;

/**
 * Finishes an {@link ArticleDraft}: cleans the body ({@link TextCleaner}), resolves the date
 * ({@link PublicationDate}), checks that there is English article text ({@link LanguageGuesser}), and computes
 * the content hash and id ({@link ContentHash}). Never throws on bad content: it returns a
 * {@link IngestOutcome.Skipped} with a one-line reason instead.
 */
public final class ReportAssembler {
    private static final int MIN_PARAGRAPH_WORDS = 8;
    private static final int TITLE_FROM_TEXT_CHARS = 120;

    private final LanguageGuesser language;

    public ReportAssembler() {
        this(new LanguageGuesser());
    }

    public ReportAssembler(LanguageGuesser language) {
        this.language = language;
    }

    /** The report for {@code draft}, or why it was skipped. */
    public IngestOutcome finish(ArticleDraft draft, SourceInfo source) {
        List<String> warnings = new ArrayList<>(draft.warnings());
        String title = draft.title() == null ? "" : TextCleaner.normaliseChars(draft.title()).replace('\n', ' ');
        List<String> body = TextCleaner.clean(draft.paragraphs(), title);
        if (!hasArticleText(body)) return new IngestOutcome.Skipped(source.origin(), "no article text found");
        LanguageGuesser.Guess lang = language.guess(title + "\n" + String.join("\n", body));
        if (!lang.isEnglish()) {
            return new IngestOutcome.Skipped(source.origin(),
                    "language looks like " + lang.name() + " (" + lang.code() + "); only English is supported");
        }
        if (title.isEmpty()) {
            title = firstSentence(body.get(0));
            warnings.add("no headline found; title taken from the first sentence");
        }
        PublicationDate.Resolved date = PublicationDate.resolve(draft, body, source.modified());
        if (date.warning() != null) warnings.add(date.warning());
        String url = draft.url() != null ? draft.url() : source.url();
        String outlet = draft.outlet() != null ? draft.outlet() : Urls.outletFromDomain(url);
        if (outlet == null) warnings.add("outlet unknown");
        String text = String.join("\n", body);
        String hash = ContentHash.of(title, text);
        Report report = new Report(ContentHash.id(hash), hash, outlet, url, date.instant(), date.confidence(), title,
                text, draft.media(), source.origin(), draft.format());
        return new IngestOutcome.Accepted(report, warnings);
    }

    /** All drafts of one input, finished. */
    public List<IngestOutcome> finishAll(List<ArticleDraft> drafts, SourceInfo source) {
        List<IngestOutcome> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(finish(drafts.get(i), drafts.size() == 1 ? source : source.item("#" + (i + 1))));
        }
        return out;
    }

    private static boolean hasArticleText(List<String> body) {
        for (String p : body) {
            if (p.split("\\s+").length >= MIN_PARAGRAPH_WORDS) return true;
        }
        return false;
    }

    private static String firstSentence(String paragraph) {
        String p = paragraph;
        java.util.Optional<Datelines.Found> dateline = Datelines.find(p);
        if (dateline.isPresent() && dateline.get().start() < 40) {
            String rest = p.substring(dateline.get().end()).replaceFirst("^[\\s.,:;—–-]+", "");
            if (!rest.isBlank()) p = rest;
        }
        int end = p.length();
        for (int i = 20; i < p.length() - 1; i++) {
            char c = p.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && p.charAt(i + 1) == ' ') {
                end = i;
                break;
            }
        }
        String s = p.substring(0, end);
        if (s.length() > TITLE_FROM_TEXT_CHARS) {
            int cut = s.lastIndexOf(' ', TITLE_FROM_TEXT_CHARS);
            s = s.substring(0, cut > 40 ? cut : TITLE_FROM_TEXT_CHARS) + "…";
        }
        return s;
    }
}
