package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Ingest articles into the store: files and folders (.txt .md .html .htm .json .jsonl, RSS/Atom .xml/.rss/.atom),",
        "feed or article URLs, or - for standard input. Already stored content is skipped unless --force.",
        "Bad inputs are reported with a one-line reason, recorded as skipped, and the run goes on."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "what to ingest")
    List<String> inputs;

    @Option(names = "--force", description = "re-process reports whose content is already stored")
    boolean force;

    @Option(names = "--threads", description = "nlp worker threads (default: cores = ${DEFAULT-VALUE})",
            defaultValue = "${sys:sitrep.threads:-0}")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "print only the summary and problems")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream out = System.out, err = System.err;
        Ingestor ingestor = new Ingestor();
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                outcomes.addAll(ingestor.ingestStream(System.in, "stdin"));
            } else if (in.startsWith("http://") || in.startsWith("https://")) {
                outcomes.addAll(ingestor.ingestUrl(in));
            } else if (!Files.exists(Path.of(in))) {
                outcomes.add(new IngestOutcome.Skipped(in, "no such file or folder"));
            } else {
                outcomes.addAll(ingestor.ingestPath(Path.of(in)));
            }
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (Store st = Store.open(store.db)) {
            ProgressBar bar = new ProgressBar(err, outcomes.size(), ProgressBar.interactive() && !quiet);
            if (!quiet) err.printf("ingesting %d input(s) into %s with %d thread(s)%n", outcomes.size(), store.db, n);
            Pipeline.Summary s = Wiring.pipeline(st, n).run(outcomes, force, p -> {
                bar.step(p.outcome().origin());
                switch (p.status()) {
                    case SKIPPED, FAILED -> {
                        bar.clear();
                        err.println((p.status() == Pipeline.Status.FAILED ? "failed  " : "skipped ")
                                + p.outcome().origin() + ": " + p.detail());
                    }
                    case STORED -> {
                        if (p.outcome() instanceof IngestOutcome.Accepted a) {
                            for (String w : a.warnings()) {
                                bar.clear();
                                err.println("warning " + a.origin() + ": " + w);
                            }
                        }
                        if (!quiet && !ProgressBar.interactive()) {
                            out.println("stored  " + p.outcome().origin() + ": " + p.sentences() + " sentences, "
                                    + p.claims() + " claims");
                        }
                    }
                    case UNCHANGED -> {
                        if (!quiet && !ProgressBar.interactive()) out.println("same    " + p.outcome().origin() + ": " + p.detail());
                    }
                }
            });
            bar.clear();
            out.printf("stored %d report(s), %d unchanged, %d skipped, %d failed; %d sentences, %d claims in %.1f s%n",
                    s.stored(), s.unchanged(), s.skipped(), s.failed(), s.sentences(), s.claims(), s.millis() / 1000.0);
            Store.Stats t = st.stats();
            out.printf("store %s: %d reports, %d events, %d claims, %d skipped inputs%n", store.db, t.reports(), t.events(),
                    t.claims(), t.skipped());
        }
        return 0;
    }
}
