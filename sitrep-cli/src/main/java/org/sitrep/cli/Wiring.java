package org.sitrep.cli;

import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actors.ActorDictionary;
import org.sitrep.extract.actors.ActorTagger;
import org.sitrep.extract.events.RuleCoder;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.extract.places.PlaceTagger;
import org.sitrep.extract.quantities.QuantityTagger;
import org.sitrep.extract.time.TimeTagger;
import org.sitrep.fuse.ClaimEvents;
import org.sitrep.fuse.Fuser;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.serve.ServerOptions;
import org.sitrep.store.Store;

/** Builds Sitrep's standard pipeline by hand: every stage is visible here, in the order data flows. */
final class Wiring {
    private Wiring() {}

    /** CoreNLP, loaded on first use so that runs with nothing new to process start at once. */
    static Annotator annotator() {
        return (text, docDate) -> CoreNlpAnnotator.shared().annotate(text, docDate);
    }

    static Extractor extractor() {
        return new Extractor(List.of(
                new ActorTagger(ActorDictionary.bundled()),
                new PlaceTagger(Gazetteer.bundled()),
                new TimeTagger(),
                new QuantityTagger()),
                RuleCoder.bundled());
    }

    static Fuser fuser(Store store) {
        return new ClaimEvents();
    }

    /** Adds the analysis services (control, sitrep) the server can offer. */
    static ServerOptions withAnalysis(ServerOptions options, Store store) {
        return options;
    }

    static Pipeline pipeline(Store store, int threads) {
        return new Pipeline(annotator(), extractor(), fuser(store), store, threads);
    }
}
