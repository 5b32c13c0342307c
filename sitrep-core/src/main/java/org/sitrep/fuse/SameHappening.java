package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.TimeSpan;

/**
 * Decides whether a claim's coding and an event's coding describe the same happening, and says why: compatible type
 * and mode ({@link MergeRules#relation}), compatible actors ({@link ActorMatch}; for a symmetric type such as talks the
 * two sides may be told the other way round), the same place within a distance that depends on precision, and
 * overlapping time (with the slack of the rules). Two claims without any place are tied by nothing but type and
 * time, so they also need the same acting side (identified on both, {@link ActorMatch#firmly}), recipients that agree where both are known, and
 * times that are known on both and overlap without slack; a capture and a withdrawal without place never merge. Two
 * claims with no side in common need a place finer than a province and a stated day on both. A claim without a place
 * joins an event with one (or the reverse) only when both sides are named and agree and the days overlap without
 * slack. A match has a score (type, shared sides, place
 * distance, and overlapping rather than only close days) so that the best of several
 * candidates wins, and a human-readable note for {@code Event.mergeNotes}.
 */
public final class SameHappening {
    private final MergeRules rules;

    public SameHappening(MergeRules rules) {
        this.rules = rules;
    }

    /** A successful comparison: how good, and why. */
    public record Match(double score, String why) {}

    /**
     * Compares a claim's coding with an event's coding. {@code denial} widens the time slack and lets a denial find the
     * event it denies. Returns null when they are not the same happening.
     */
    public Match compare(EventCoding claim, EventCoding event, boolean denial) {
        MergeRules.Relation rel = rules.relation(claim, event);
        if (rel == null) return null;
        List<String> why = new ArrayList<>();
        double score = 0;
        String kc = rules.kind(claim), ke = rules.kind(event);
        boolean placeless = claim.place() == null && event.place() == null;
        boolean actorTie = false, firmSides = false;
        if (rel == MergeRules.Relation.SAME) {
            why.add("same type " + claim.type() + (kc != null && kc.equals(ke) ? " (" + kc.replace("=", "mode ") + ")" : ""));
            score += 5 + (kc != null && kc.equals(ke) ? 10 : 0);
            ActorRef ei = event.initiator(), er = event.recipient();
            if (!ActorMatch.compatible(claim.initiator(), ei) || !ActorMatch.compatible(claim.recipient(), er)) {
                // a symmetric contact (talks, agreement) told with the two sides the other way round
                if (!rules.symmetric(claim.type()) || claim.initiator() == null || claim.recipient() == null
                        || !ActorMatch.refines(claim.initiator(), er) || !ActorMatch.refines(claim.recipient(), ei)) return null;
                why.add("same two sides in the other roles (" + claim.initiator().code() + ", " + claim.recipient().code()
                        + "; " + rules.symmetricWhere(claim.type()) + ")");
                ActorRef t = ei;
                ei = er;
                er = t;
            }
            firmSides = ActorMatch.firmly(claim.initiator(), ei) && claim.recipient() != null && er != null;
            if (placeless && !ActorMatch.firmly(claim.initiator(), ei)) {
                // nothing but type and time would tie two place-less claims: they must name the same acting side
                return null;
            }
            if (ActorMatch.same(claim.initiator(), ei)) {
                why.add("shared initiator " + claim.initiator().code());
                score += 50;
                actorTie = true;
            } else if (ActorMatch.refines(claim.initiator(), ei)) {
                why.add("initiator " + claim.initiator().code() + " refines " + ei.code());
                score += 30;
                actorTie = true;
            }
            if (ActorMatch.same(claim.recipient(), er)) {
                why.add("shared recipient " + claim.recipient().code());
                score += 20;
                actorTie = true;
            } else if (ActorMatch.refines(claim.recipient(), er)) {
                why.add("recipient " + claim.recipient().code() + " refines " + er.code());
                score += 10;
                actorTie = true;
            }
        } else {
            if (placeless) return null;   // a capture and a withdrawal are tied together by their place
            why.add(claim.type() + "/" + kc + " and " + event.type() + "/" + ke + " are one change seen from both sides");
            EventCoding gain = rules.preferred(claim.type(), event.type()) ? claim : event;
            EventCoding loss = gain == claim ? event : claim;
            if (loss.initiator() != null && gain.initiator() != null && ActorMatch.refines(gain.initiator(), loss.initiator())) return null;
            if (!ActorMatch.compatible(loss.initiator(), gain.recipient())) return null;
            if (loss.initiator() != null) why.add("withdrawing side " + loss.initiator().code()
                    + (gain.initiator() == null ? "" : " differs from capturing side " + gain.initiator().code()));
        }
        boolean oneSided = (claim.place() == null) != (event.place() == null);
        // "Belousov met Kim" without a place joins "Belousov met Kim in Pyongyang" of the same day: both sides named
        String place = oneSided ? (firmSides && rel == MergeRules.Relation.SAME ? "place known on one side only (both sides named)" : null)
                : placeWhy(claim.place(), event.place());
        if (place == null) return null;
        // no side in common, and only a province or country, or an unstated day: nothing but the type would tie them
        if (rel == MergeRules.Relation.SAME && !actorTie && !denial && !placeless && !oneSided
                && (Math.max(claim.place().precision(), event.place().precision()) >= 3 || vagueTime(claim.time(), event.time()))) {
            return null;
        }
        why.add(place);
        score += placeScore(claim.place(), event.place());
        String time = (placeless || oneSided) && !denial ? strictTimeWhy(claim.time(), event.time()) : timeWhy(claim.time(), event.time(), denial);
        if (time == null) return null;
        why.add(time);
        // overlapping days beat days only within slack (a claim of Sunday goes with Sunday's event, not Saturday's)
        if (time.startsWith("overlapping time")) score += 10;
        return new Match(score, String.join(", ", why));
    }

    private String placeWhy(PlaceRef a, PlaceRef b) {
        if (a == null && b == null) return "no place on either";
        if (a == null || b == null) return null;
        if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) {
            int p = Math.max(a.precision(), b.precision());
            return String.format(Locale.ROOT, "same place %s (0 km, limit %.0f km for precision %d)", a.gazetteerId(), rules.radiusKm(p), p);
        }
        if (a.resolved() && b.resolved()) {
            int p = Math.max(a.precision(), b.precision());
            double d = km(a.lat(), a.lon(), b.lat(), b.lon()), limit = rules.radiusKm(p);
            if (d > limit) return null;
            return String.format(Locale.ROOT, "near place %s / %s (%.1f km, limit %.0f km for precision %d)",
                    label(a), label(b), d, limit, p);
        }
        if (a.resolved() || b.resolved()) return null;
        String na = a.name() != null ? a.name() : a.text(), nb = b.name() != null ? b.name() : b.text();
        if (na != null && na.equalsIgnoreCase(nb)) return "same unresolved place name \"" + na + "\"";
        return null;
    }

    private static String label(PlaceRef p) {
        return p.gazetteerId() != null ? p.gazetteerId() : p.name();
    }

    private double placeScore(PlaceRef a, PlaceRef b) {
        if (a == null || b == null) return 0;
        if (a.gazetteerId() != null && a.gazetteerId().equals(b.gazetteerId())) return 100;
        if (a.resolved() && b.resolved()) return 50 - km(a.lat(), a.lon(), b.lat(), b.lon()) / 10;
        return 20;
    }

    private String timeWhy(TimeSpan a, TimeSpan b, boolean denial) {
        if (a == null || a.start() == null || b == null || b.start() == null) return "time unknown on one side";
        String kind = denial ? "denial" : defaulted(a) || defaulted(b) ? "defaulted" : "exact";
        int slack = rules.slackDays(kind);
        LocalDate ae = a.end() == null ? a.start() : a.end(), be = b.end() == null ? b.start() : b.end();
        boolean overlap = !a.start().minusDays(slack).isAfter(be) && !b.start().minusDays(slack).isAfter(ae);
        if (!overlap) return null;
        if (a.overlaps(b)) return "overlapping time " + overlapIso(a, b);
        return "time " + a.iso() + " within " + slack + " day(s) of " + b.iso() + " (" + kind + " slack)";
    }

    /** Place-less claims: both times known and overlapping, without slack. */
    private static String strictTimeWhy(TimeSpan a, TimeSpan b) {
        if (a == null || a.start() == null || b == null || b.start() == null || !a.overlaps(b)) return null;
        return "overlapping time " + overlapIso(a, b) + " (no place: actors and time must match)";
    }

    private static String overlapIso(TimeSpan a, TimeSpan b) {
        LocalDate s = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDate ae = a.end() == null ? a.start() : a.end(), be = b.end() == null ? b.start() : b.end();
        LocalDate e = ae.isBefore(be) ? ae : be;
        return s.equals(e) ? s.toString() : s + "/" + e;
    }

    private static boolean vagueTime(TimeSpan a, TimeSpan b) {
        return a == null || b == null || a.start() == null || b.start() == null || defaulted(a) || defaulted(b);
    }

    /** True for a time taken from the publication date rather than stated. */
    static boolean defaulted(TimeSpan t) {
        return t.text() == null || t.text().isBlank() || (t.rule() != null && t.rule().contains("default"));
    }

    /** Great-circle distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
