package org.sitrep.extract.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actors.ActorDictionary;
import org.sitrep.extract.actors.ActorTagger;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.extract.places.PlaceTagger;
import org.sitrep.extract.quantities.QuantityTagger;
import org.sitrep.extract.time.TimeTagger;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Report;
import org.sitrep.nlp.CoreNlpAnnotator;

/** The whole extract chain as the pipeline runs it (all taggers, then the rule coder), for end-to-end tests. */
final class FullChain {
    private static volatile Extractor extractor;

    private FullChain() {}

    static Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            extractor = e = new Extractor(List.of(new ActorTagger(ActorDictionary.bundled(), Gazetteer.bundled()::townCountry), new PlaceTagger(Gazetteer.bundled()),
                    new TimeTagger(), new QuantityTagger()), RuleCoder.bundled());
        }
        return e;
    }

    static List<Claim> code(String id, String text, LocalDate published) {
        Doc doc = CoreNlpAnnotator.shared().annotate(text, published);
        Report r = new Report(id, id, "test", null, published.atStartOfDay().toInstant(ZoneOffset.UTC),
                Report.DateConfidence.HIGH, "", text, List.of(), "test", "txt");
        Extractor ex = extractor();
        Analysis a = ex.analyse(Analysis.of(r, doc));
        return ex.claims(a);
    }
}
