package org.sitrep.cli;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actors.ActorDictionary;
import org.sitrep.extract.actors.ActorTagger;
import org.sitrep.extract.events.RuleCoder;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.extract.places.OutletLexicon;
import org.sitrep.extract.places.PlaceTagger;
import org.sitrep.extract.quantities.QuantityTagger;
import org.sitrep.extract.time.TimeTagger;
import java.time.LocalDate;
import java.util.Map;
import org.sitrep.fuse.MergingFuser;
import org.sitrep.fuse.control.ControlFormats;
import org.sitrep.fuse.control.ControlService;
import org.sitrep.report.brief.SitrepBuilder;
import org.sitrep.serve.ControlSource;
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
        return extractor(Gazetteer.bundled());
    }

    static Extractor extractor(Gazetteer gazetteer) {
        return extractor(gazetteer, null);
    }

    /** @param lexicon each outlet's usual region, a prior for ambiguous place names; null for none */
    static Extractor extractor(Gazetteer gazetteer, OutletLexicon lexicon) {
        return new Extractor(List.of(
                new ActorTagger(ActorDictionary.bundled(), gazetteer::townCountry),
                new PlaceTagger(gazetteer, lexicon),
                new TimeTagger(),
                new QuantityTagger()),
                RuleCoder.bundled());
    }

    static Fuser fuser(Store store) {
        return new MergingFuser(store);
    }

    /** Adds the analysis services (control, sitrep) the server can offer. */
    static ServerOptions withAnalysis(ServerOptions options, Store store) {
        ControlService control = new ControlService(store);
        SitrepBuilder briefs = new SitrepBuilder(store);
        Object lock = new Object(); // both read through the store's one connection
        return options.control(new ControlSource() {
            @Override
            public Object controlOn(LocalDate date, String country) {
                synchronized (lock) {
                    return ControlFormats.jsonMap(date, control.stateOn(date, country), control.changesOn(date, country));
                }
            }

            @Override
            public Map<String, Object> controlGeoJson(LocalDate date, String country) {
                synchronized (lock) {
                    return ControlFormats.geojsonMap(date, control.stateOn(date, country));
                }
            }
        }).sitrep((date, country) -> {
            synchronized (lock) {
                return briefs.build(date, 1, country);
            }
        });
    }

    static Pipeline pipeline(Store store, int threads) {
        OutletLexicon lexicon = outletLexicon(store);
        return new Pipeline(annotator(), extractor(gazetteer(store), lexicon), fuser(store), store, threads, lexicon);
    }

    /** The outlets' local lexicons learned from the reports already in the store. */
    static OutletLexicon outletLexicon(Store store) {
        OutletLexicon lexicon = new OutletLexicon();
        for (Store.OutletPlaces o : store.outletPlaces()) lexicon.addCounts(o.outlet(), o.admin1(), o.countries(), o.reports());
        return lexicon;
    }

    /** The bundled gazetteer, plus the places imported into this store by {@code sitrep gazetteer import}, if any. */
    static Gazetteer gazetteer(Store store) {
        boolean imported = store.queryOne("SELECT 1 FROM sqlite_master WHERE name = 'gazetteer_place'", rs -> true).isPresent();
        if (!imported) return Gazetteer.bundled();
        try {
            // a connection of its own: nlp worker threads look places up while the writer thread stores reports
            return Gazetteer.bundled().withExtra(DriverManager.getConnection("jdbc:sqlite:" + store.file().toAbsolutePath()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the imported gazetteer in " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
