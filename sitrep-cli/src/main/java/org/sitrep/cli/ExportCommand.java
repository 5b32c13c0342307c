package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.data.Json;
import org.sitrep.report.EventFormats;
import org.sitrep.report.EventView;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export events: csv (ACLED-style columns), jsonl (one PLOVER-named event per line) or geojson (opens in QGIS).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;
    @Mixin
    EventFilters filters;

    @Option(names = "--format", required = true, description = "csv, jsonl or geojson")
    String format;

    @Option(names = "--out", required = true, description = "output file")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Store st = Store.open(store.db)) {
            List<EventView> views = EventView.load(st, st.events(filters.query()));
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                switch (format) {
                    case "csv" -> {
                        w.write(String.join(",", EventFormats.CSV_COLUMNS) + "\n");
                        for (EventView v : views) w.write(EventFormats.csvLine(EventFormats.csvRow(v)) + "\n");
                    }
                    case "jsonl" -> {
                        for (EventView v : views) w.write(Json.write(EventFormats.plover(v)) + "\n");
                    }
                    case "geojson" -> w.write(Json.pretty(EventFormats.featureCollection(views)));
                    default -> throw new IllegalArgumentException("unknown format '" + format + "' (csv, jsonl, geojson)");
                }
            }
            System.out.printf("wrote %d event(s) to %s%n", views.size(), out);
        }
        return 0;
    }
}
