package org.sitrep.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Doc;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Builds an {@link Analysis} of a test text published on a given day (CoreNLP annotation, no other layer). */
public final class TestAnalyses {
    private TestAnalyses() {}

    public static Analysis of(String text, LocalDate published) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, published);
        Report r = new Report("test", "test", "test", null, published.atTime(9, 0).toInstant(ZoneOffset.UTC),
                Report.DateConfidence.HIGH, "", text, List.of(), "test", "txt");
        return Analysis.of(r, doc);
    }
}
