package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.data.Json;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.TimeEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Score Sitrep against a gold set read from PATH (never bundled): a summary, --json metrics, or --errors.",
        subcommands = {EvalCommand.Time.class})
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
}
