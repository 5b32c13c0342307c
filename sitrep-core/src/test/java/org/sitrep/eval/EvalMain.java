package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.data.Json;
import org.sitrep.extract.AnalysisStage;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actors.ActorDictionary;
import org.sitrep.extract.actors.ActorTagger;
import org.sitrep.extract.events.RuleCoder;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.extract.places.PlaceTagger;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchored;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * Developer runner for the coder evaluations (test scope; the CLI's {@code sitrep eval} is the user's way):
 * {@code EvalMain plover PLOVER_GSR_CAMEO.txt [--limit N] [--errors] [--json] [--gold-actors]} or
 * {@code EvalMain petrarch PETR.UnitTest.records.xml [...]} (dictionaries from the same folder).
 * With --gold-actors the PLOVER gold actor texts are tagged as actors: an oracle that measures the coder alone.
 */
public final class EvalMain {
    public static void main(String[] args) {
        String task = args[0];
        Path path = Path.of(args[1]);
        int limit = 0;
        boolean errors = false, oracle = false, json = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--limit")) limit = Integer.parseInt(args[++i]);
            if (args[i].equals("--errors")) errors = true;
            if (args[i].equals("--gold-actors")) oracle = true;
            if (args[i].equals("--json")) json = true;
        }
        EvalReport r;
        if (task.equals("plover")) {
            List<AnalysisStage> stages = new ArrayList<>();
            if (oracle) {
                stages.add(goldActors(path));
            } else {
                stages.add(new ActorTagger(ActorDictionary.bundled(), Gazetteer.bundled()::townCountry));
                stages.add(new PlaceTagger(Gazetteer.bundled()));
            }
            r = PloverEval.run(path, CoreNlpAnnotator.shared(), new Extractor(stages, RuleCoder.bundled()), limit);
        } else if (task.equals("petrarch")) {
            Path dir = path.toAbsolutePath().getParent();
            r = PetrarchEval.run(path, dir.resolve("PETR.Validate.actors.txt"), dir.resolve("PETR.Validate.agents.txt"),
                    dir.resolve("PETR.Validate.verbs.txt"), CoreNlpAnnotator.shared(), limit);
        } else {
            throw new IllegalArgumentException("unknown task " + task);
        }
        System.out.println(json ? Json.pretty(r) : r.summary());
        if (errors) r.errors().forEach(System.out::println);
    }

    /** Tags every gold actor text found in a sentence with its gold code. */
    static AnalysisStage goldActors(Path gold) {
        List<PloverEval.Gold> golds = PloverEval.read(gold);
        return a -> {
            List<Anchored<ActorRef>> out = new ArrayList<>();
            for (PloverEval.Gold g : golds) {
                if (!g.text().equals(a.doc().text())) continue;
                List<String[]> all = new ArrayList<>(g.source());
                all.addAll(g.target());
                for (String[] x : all) {
                    int b = a.doc().text().indexOf(x[0]);
                    if (b < 0 || x[0].isEmpty()) continue;
                    int e = b + x[0].length(), ft = -1, et = -1;
                    for (Token t : a.doc().tokens()) {
                        if (ft < 0 && t.span().end() > b) ft = t.index();
                        if (t.span().begin() < e) et = t.index() + 1;
                    }
                    if (ft < 0 || et <= ft) continue;
                    String code = x[1].length() >= 3 ? x[1].substring(0, 3) : x[1];
                    out.add(new Anchored<>(ft, et, new Span(b, e), x[0], new ActorRef(x[0], x[0], code, null, null, "gold")));
                }
            }
            return a.withActors(out);
        };
    }
}
