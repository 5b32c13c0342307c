package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.fuse.control.ControlFormats;
import org.sitrep.fuse.control.ControlService;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "control", description = {
        "Who holds which place on a date, derived from the stored events (captured, regained, withdrew from, entered, ...),",
        "claimed and assessed kept apart, contested places marked, and what changed since the day before."})
final class ControlCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;

    @Option(names = "--date", required = true, description = "the day (YYYY-MM-DD)")
    LocalDate date;

    @Option(names = "--country", description = "only places in this country (ISO alpha-2 or alpha-3, e.g. SY)")
    String country;

    @Option(names = "--format", description = "table, json or geojson (default: ${DEFAULT-VALUE})", defaultValue = "table")
    String format;

    @Option(names = "--out", description = "write to this file instead of standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Store st = Store.open(store.db)) {
            ControlService control = new ControlService(st);
            List<ControlService.PlaceState> state = control.stateOn(date, country);
            String text = switch (format) {
                case "table" -> ControlFormats.table(date, state, control.changesOn(date, country));
                case "json" -> ControlFormats.json(date, state, control.changesOn(date, country));
                case "geojson" -> ControlFormats.geojson(date, state);
                default -> throw new IllegalArgumentException("unknown format '" + format + "' (table, json, geojson)");
            };
            if (out == null) System.out.println(text);
            else {
                Files.writeString(out, text);
                System.out.println("wrote control on " + date + " (" + state.size() + " places) to " + out);
            }
        }
        return 0;
    }
}
