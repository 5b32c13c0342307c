package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sitrep} command line. Each subcommand is its own class; {@link Wiring} builds the pipeline by hand.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news reports about armed conflict into coded, attributed, verifiable events.",
        subcommands = {IngestCommand.class, EventsCommand.class, ShowCommand.class, ExportCommand.class,
                StatusCommand.class, BenchCommand.class, ActorsCommand.class, ServeCommand.class, EvalCommand.class, GazetteerCommand.class, ControlCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Options every command that touches the store shares. */
    static final class StoreOptions {
        @Option(names = "--db", description = "SQLite store file (default: ${DEFAULT-VALUE})", defaultValue = "sitrep.db")
        Path db;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("SITREP_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl;
    }
}
