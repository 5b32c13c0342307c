package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.data.Json;
import org.sitrep.model.Claim;
import org.sitrep.model.EventCoding;
import org.sitrep.report.EventFormats;
import org.sitrep.report.EventView;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", description = "List stored events, filtered, as a table, JSON (PLOVER field names), CSV (ACLED-style) or GeoJSON (each event at its place, with its precision).")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;
    @Mixin
    EventFilters filters;

    @Option(names = "--format", description = "table, json, csv or geojson (default: ${DEFAULT-VALUE})", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        try (Store st = Store.open(store.db)) {
            List<EventView> views = EventView.load(st, st.events(filters.query()));
            PrintStream out = System.out;
            switch (format) {
                case "json" -> {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (EventView v : views) list.add(EventFormats.plover(v));
                    out.println(Json.pretty(list));
                }
                case "csv" -> {
                    out.println(String.join(",", EventFormats.CSV_COLUMNS));
                    for (EventView v : views) out.println(EventFormats.csvLine(EventFormats.csvRow(v)));
                }
                case "geojson" -> out.println(Json.pretty(EventFormats.featureCollection(views)));
                case "table" -> printTable(out, views);
                default -> throw new IllegalArgumentException("unknown format '" + format + "' (table, json, csv, geojson)");
            }
        }
        return 0;
    }

    static void printTable(PrintStream out, List<EventView> views) {
        out.printf("%-15s %-21s %-9s %-10s %-28s %-18s %-22s %s%n", "ID", "DATE", "TYPE", "MODE", "WHO -> WHOM", "WHERE",
                "STATUS/CERTAINTY", "EVIDENCE");
        for (EventView v : views) {
            EventCoding c = v.event().coding();
            Claim pc = v.primaryClaim();
            String who = (c.initiator() == null ? "?" : c.initiator().code()) + " -> "
                    + (c.recipient() == null ? "-" : c.recipient().code());
            String where = c.place() == null ? "" : c.place().name();
            String evidence = pc == null ? "" : pc.evidence().text();
            out.printf("%-15s %-21s %-9s %-10s %-28s %-18s %-22s %s%n", v.event().id(),
                    c.time() == null ? "" : c.time().iso(), c.type(), c.mode() == null ? "" : cut(c.mode(), 10),
                    cut(who, 28), cut(where == null ? "" : where, 18),
                    v.event().status().code() + "/" + v.event().certainty().code()
                            + (v.event().context().code().equals("none") ? "" : "/" + v.event().context().code()),
                    cut(evidence, 90));
        }
        out.println(views.size() + " event(s)");
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
