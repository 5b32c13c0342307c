package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.TimeSpan;

/**
 * The consensus coding of a merged event: the coding of its best claim (the type that names the gain in a
 * capture/withdrawal pair first, then firmest certainty, most precise place, stated day rather than a defaulted one,
 * lowest claim id), with missing actors, place and time filled from the other claims of the same type, and an actor
 * replaced by another claim's reading of it that names the person or the sector ("Turkey" becomes "Hakan Fidan
 * (Turkey)", the first such claim in that order); the place is the most precise one a claim of the same type names.
 * A withdrawal
 * merged into a capture lends its withdrawing side as the capture's recipient when that is unknown. Independent of
 * the order claims arrive in.
 */
public final class Consensus {
    private final MergeRules rules;

    public Consensus(MergeRules rules) {
        this.rules = rules;
    }

    /** The consensus coding of non-empty {@code claims}. */
    public EventCoding coding(List<Claim> claims) {
        List<Claim> ranked = new ArrayList<>(claims);
        ranked.sort(Comparator.<Claim>comparingInt(c -> typeRank(c, claims))
                .thenComparingInt(c -> certaintyRank(c.certainty()))
                .thenComparingInt(c -> placeRank(c.event().place()))
                .thenComparingInt(c -> timeRank(c.event().time()))
                .thenComparing(Claim::id));
        EventCoding base = ranked.get(0).event();
        ActorRef init = base.initiator(), rec = base.recipient();
        PlaceRef place = base.place();
        TimeSpan time = base.time();
        String mode = base.mode();
        for (Claim c : ranked) {
            EventCoding o = c.event();
            if (o.type() == base.type()) {
                boolean swapped = rules.symmetric(o.type()) && (ActorMatch.refines(o.initiator(), rec) || ActorMatch.refines(o.recipient(), init));
                ActorRef oi = swapped ? o.recipient() : o.initiator(), or = swapped ? o.initiator() : o.recipient();
                if (init == null && !ActorMatch.refines(oi, rec)) init = oi;
                else if (moreSpecific(oi, init)) init = oi;
                if (rec == null && !ActorMatch.refines(or, init)) rec = or;
                else if (moreSpecific(or, rec) && !ActorMatch.refines(or, init)) rec = or;
                if (mode == null) mode = o.mode();
            } else if (rec == null && o.initiator() != null && !ActorMatch.refines(o.initiator(), init)) {
                rec = o.initiator();
            }
            // the most precise place any claim of the same type names ("the village of Souran" over "north of Hama")
            if (place == null || o.type() == base.type() && placeRank(o.place()) < placeRank(place)) place = o.place();
            if (time == null || time.start() == null) time = o.time();
        }
        return new EventCoding(base.type(), mode, base.context(), base.cameo(), base.acledType(), base.acledSubType(),
                init, rec, place, time, base.quantities(), base.trigger(), base.provenance());
    }

    /**
     * True when {@code a} is a reading of {@code b} that says more: it names the person ("Turkey" against "Hakan Fidan
     * (Turkey)") or the sector ("Russia" against "Russian forces").
     */
    static boolean moreSpecific(ActorRef a, ActorRef b) {
        if (a == null || b == null || !ActorMatch.refines(a, b)) return false;
        return b.person() == null && a.person() != null || b.sector() == null && a.sector() != null && b.person() == null;
    }

    private int typeRank(Claim c, List<Claim> all) {
        for (Claim o : all) if (rules.preferred(o.event().type(), c.event().type())) return 1;
        return 0;
    }

    private static int certaintyRank(Certainty c) {
        return c.weakness();
    }

    private static int placeRank(PlaceRef p) {
        if (p == null) return 9;
        return p.resolved() ? p.precision() : 8;
    }

    private static int timeRank(TimeSpan t) {
        if (t == null || t.start() == null) return 3;
        if (SameHappening.defaulted(t)) return 2;
        return t.granularity() == TimeSpan.Granularity.DAY ? 0 : 1;
    }
}
