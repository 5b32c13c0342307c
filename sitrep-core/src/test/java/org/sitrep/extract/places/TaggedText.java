package org.sitrep.extract.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/** Test support: a text run through CoreNLP and the bundled place tagger, and look-ups in what it found. */
final class TaggedText {
    private static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.bundled());

    private TaggedText() {}

    /** The places tagged in {@code text}, read as a report published on {@code date} by no known outlet. */
    static List<Anchored<PlaceRef>> places(String text, LocalDate date) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, date);
        Report r = new Report("t", "t", null, null, null, null, "", text, null, "test", "txt");
        return TAGGER.apply(Analysis.of(r, doc)).places();
    }

    /** The first place whose text is exactly {@code text}. */
    static Optional<Anchored<PlaceRef>> anchored(List<Anchored<PlaceRef>> ps, String text) {
        return ps.stream().filter(a -> a.text().equals(text)).findFirst();
    }

    /** The reading of the first place whose text is exactly {@code text}. */
    static Optional<PlaceRef> named(List<Anchored<PlaceRef>> ps, String text) {
        return anchored(ps, text).map(Anchored::value);
    }

    /** Distance in km from the reading to a point. */
    static double km(PlaceRef p, double lat, double lon) {
        return Place.distanceKm(p.lat(), p.lon(), lat, lon);
    }
}
