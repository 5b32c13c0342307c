package org.sitrep.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.data.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.report.EventFormats;
import org.sitrep.report.EventView;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one event: its coding, every claim with its evidence sentence and report, and the rules and dictionary entries that produced it.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    Main.StoreOptions store;

    @Parameters(paramLabel = "EVENT_ID")
    String id;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    String format;

    @Override
    public Integer call() {
        try (Store st = Store.open(store.db)) {
            Event e = st.event(id).orElse(null);
            if (e == null) {
                System.err.println("sitrep: no event " + id + " in " + store.db);
                return 2;
            }
            EventView v = EventView.load(st, List.of(e)).get(0);
            if (format.equals("json")) System.out.println(Json.pretty(EventFormats.plover(v)));
            else print(System.out, v);
        }
        return 0;
    }

    static void print(PrintStream out, EventView v) {
        Event e = v.event();
        EventCoding c = e.coding();
        out.println("Event " + e.id());
        out.println("  type        " + c.type() + (c.mode() == null ? "" : " / " + c.mode())
                + (c.context().isEmpty() ? "" : "  contexts " + c.context()));
        out.println("  mappings    CAMEO " + nz(c.cameo()) + "; ACLED " + nz(c.acledType())
                + (c.acledSubType() == null ? "" : " / " + c.acledSubType()));
        out.println("  initiator   " + actor(c.initiator()));
        out.println("  recipient   " + actor(c.recipient()));
        out.println("  place       " + place(c.place()));
        out.println("  time        " + (c.time() == null ? "-" : c.time().iso() + " (" + c.time().granularity().name().toLowerCase()
                + ", from \"" + c.time().text() + "\" by " + c.time().rule() + ")"));
        for (Quantity q : c.quantities()) {
            out.println("  quantity    " + q.kind() + " " + q.bound().name().toLowerCase() + " " + fmt(q.value()) + " " + q.unit()
                    + "  (\"" + q.text() + "\")" + (q.source() == null ? "" : "  [" + q.source() + "]"));
        }
        out.println("  status      " + e.status().code() + ", certainty " + e.certainty().code() + ", context "
                + e.context().code() + ", " + e.outlets() + " independent outlet(s)");
        out.println("  trigger     \"" + nz(c.trigger()) + "\"");
        if (c.provenance() != null) {
            out.println("  rule        " + c.provenance().rule());
            for (String en : c.provenance().entries()) out.println("  entry       " + en);
            for (String n : c.provenance().notes()) out.println("  note        " + n);
        }
        for (String n : e.mergeNotes()) out.println("  merge       " + n);
        out.println();
        int i = 1;
        for (Claim cl : v.claims()) {
            Report r = v.reports().get(cl.reportId());
            boolean contra = e.contradicting().contains(cl.id());
            out.printf("  [%d] %s claim %s%n", i++, contra ? "CONTRADICTING" : "supporting", cl.id());
            out.println("      source      " + (r == null ? cl.reportId() : r.outlet() + ", " + r.published() + " — " + r.title()));
            if (r != null && r.url() != null) out.println("      url         " + r.url());
            out.println("      claimants   " + (cl.claimants().isEmpty() ? "(the outlet itself)" : String.join(" → ", cl.claimants()))
                    + (cl.claimTime() == null ? "" : ", on " + cl.claimTime().iso()));
            out.println("      certainty   " + cl.certainty().code() + ", context " + cl.context().code());
            out.println("      evidence    " + highlight(cl));
            out.println("      offsets     sentence " + cl.evidence().sentence() + ", chars " + cl.evidence().sentenceSpan().begin()
                    + "-" + cl.evidence().sentenceSpan().end());
        }
    }

    /** The evidence sentence with the trigger in [brackets]. */
    static String highlight(Claim cl) {
        String s = cl.evidence().text();
        int b = cl.evidence().triggerSpan().begin() - cl.evidence().sentenceSpan().begin();
        int en = cl.evidence().triggerSpan().end() - cl.evidence().sentenceSpan().begin();
        if (b < 0 || en > s.length() || b >= en) return s;
        return s.substring(0, b) + "[" + s.substring(b, en) + "]" + s.substring(en);
    }

    static String actor(ActorRef a) {
        if (a == null) return "-";
        return a.code() + "  " + a.name() + (a.person() == null ? "" : " (" + a.person() + ")") + "  from \"" + a.text()
                + "\"  [" + nz(a.entryId()) + "]";
    }

    static String place(PlaceRef p) {
        if (p == null) return "-";
        String where = p.resolved() ? String.format("%.4f, %.4f", p.lat(), p.lon()) : "unresolved";
        return (p.relation() == null ? "" : p.relation() + " ") + p.name() + " (" + nz(p.admin1()) + ", " + nz(p.country()) + ") "
                + where + ", precision " + p.precision() + ", ±" + fmt(p.radiusKm()) + " km  [" + nz(p.gazetteerId()) + "]"
                + (p.basis() == null ? "" : "  (" + p.basis() + ")");
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String nz(String s) { return s == null ? "-" : s; }
}
