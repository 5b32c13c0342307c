package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.data.Json;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.GeoEval;
import org.sitrep.eval.PetrarchEval;
import org.sitrep.eval.PloverEval;
import org.sitrep.eval.TimeEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Score Sitrep against a gold set read from PATH (never bundled): a summary, --json metrics, or --errors.",
        subcommands = {EvalCommand.Plover.class, EvalCommand.Petrarch.class, EvalCommand.Geo.class, EvalCommand.Time.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    /** Output options every evaluation shares. */
    static final class Output {
        @Option(names = "--json", description = "print the metrics as one JSON object")
        boolean json;
        @Option(names = "--errors", description = "also list every miss, one per line")
        boolean errors;
        @Option(names = "--limit", description = "score only the first N documents (0 = all)", defaultValue = "0")
        int limit;

        int print(EvalReport r) {
            if (json) System.out.println(Json.pretty(r));
            else System.out.print(r.summary());
            if (errors) for (String e : r.errors()) System.out.println(e);
            return 0;
        }
    }

    @Command(name = "time", description = "TimeML folders (TimeBank/AQUAINT .tml): TIMEX3 extent F1 (strict, relaxed) and value F1, document creation time given.")
    static final class Time implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "folder of .tml files (searched recursively)")
        Path path;
        @Mixin
        Output out;

        @Override
        public Integer call() {
            return out.print(TimeEval.run(path, out.limit));
        }
    }

    @Command(name = "plover", description = "PLOVER gold-standard records (JSON): event-type macro F1, actor code + role F1.")
    static final class Plover implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "PLOVER_GSR_CAMEO.txt (a JSON array)")
        Path path;
        @Mixin
        Output out;

        @Override
        public Integer call() {
            return out.print(PloverEval.run(path, Wiring.annotator(), Wiring.extractor(), out.limit));
        }
    }

    @Command(name = "petrarch", description = {"PETRARCH-2 validation records (lenient XML): triple P/R/F1, CAMEO-root accuracy,",
            "pass rate per category. The suite's own actor/agent/verb dictionaries are loaded through the importer;",
            "by default they are looked up beside the records file."})
    static final class Petrarch implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "PETR.UnitTest.records.xml")
        Path path;
        @Option(names = "--actors", description = "actors dictionary (default: PETR.Validate.actors.txt beside PATH)")
        Path actors;
        @Option(names = "--agents", description = "agents dictionary (default: PETR.Validate.agents.txt beside PATH)")
        Path agents;
        @Option(names = "--verbs", description = "verbs dictionary (default: PETR.Validate.verbs.txt beside PATH)")
        Path verbs;
        @Mixin
        Output out;

        @Override
        public Integer call() {
            Path dir = path.toAbsolutePath().getParent();
            return out.print(PetrarchEval.run(path, actors != null ? actors : dir.resolve("PETR.Validate.actors.txt"),
                    agents != null ? agents : dir.resolve("PETR.Validate.agents.txt"),
                    verbs != null ? verbs : dir.resolve("PETR.Validate.verbs.txt"), Wiring.annotator(), out.limit));
        }
    }

    @Command(name = "geo", description = "LGL or GeoVirus XML, end to end from raw text: toponym span P/R/F1, accuracy within 161 km, median error km.")
    static final class Geo implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "lgl.xml or GeoVirus.xml")
        Path path;
        @Option(names = "--no-outlet-prior", description = "read every article on its own, without what its outlet's earlier articles taught")
        boolean noOutletPrior;
        @Mixin
        Output out;

        @Override
        public Integer call() {
            return out.print(GeoEval.run(path, out.limit, !noOutletPrior));
        }
    }
}
