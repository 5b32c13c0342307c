package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.data.DataFiles;
import org.sitrep.extract.actors.ActorTsvWriter;
import org.sitrep.extract.actors.PetrarchImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "actors", description = "Actor dictionaries.", subcommands = ActorsCommand.Import.class)
final class ActorsCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "import", description = {
            "Convert TABARI/PETRARCH actor and agent dictionaries into Sitrep's TSV format.",
            "Written to the override folder by default, so the next run uses them without a rebuild."})
    static final class Import implements Callable<Integer> {
        @Option(names = "--actors", required = true, description = "TABARI/PETRARCH actors dictionary")
        Path actors;
        @Option(names = "--agents", description = "TABARI/PETRARCH agents dictionary")
        Path agents;
        @Option(names = "--out", description = "output folder (default: the override folder's actors/, ${DEFAULT-VALUE})",
                defaultValue = "")
        String out;

        @Override
        public Integer call() {
            var imported = PetrarchImporter.readWithReport(actors, agents);
            Path dir = out.isEmpty() ? DataFiles.overrideDir().resolve("actors") : Path.of(out);
            List<Path> written = ActorTsvWriter.write(imported.dictionary(), dir);
            System.out.println(imported.report());
            for (String p : imported.report().problems().stream().limit(20).toList()) System.out.println("  " + p);
            for (Path p : written) System.out.println("wrote " + p);
            return 0;
        }
    }
}
