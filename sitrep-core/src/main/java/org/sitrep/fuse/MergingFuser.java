package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/**
 * The fuse stage: merges each claim of a report into the stored or new event that describes the same happening
 * ({@link SameHappening}, rules in {@code sitrep/fuse/merge.tsv}), links denials to the event they deny as
 * contradicting claims (never to one dated after the denial was published: "the army denied on Wednesday that it had
 * withdrawn" does not dispute Thursday's withdrawal), and recomputes each touched event's consensus coding ({@link Consensus}) and corroboration
 * ({@link Corroboration}: outlets, status, certainty). Copies of earlier reports are detected first
 * ({@link CopyDetector}) so that their claims join the original's events without adding an outlet.
 *
 * <p>Neighbourhood re-clustering. A report's claims are not merged one by one into whatever exists: the fuser takes
 * the neighbourhood of the report's claims (the claims of every stored event any of them may join: a compatible type in
 * a time window around the claim and, for a located claim, inside a box around its place (R*Tree); then the same for
 * those claims, {@value #NEIGHBOUR_HOPS} hops, at most {@value #MAX_NEIGHBOURHOOD} claims) and groups all of them again
 * in a canonical order ({@link #canonical}: most specific first, denials last, then claim id). Each claim joins the
 * best-scoring group formed before it (ties: the group with the smallest claim id) or opens one. The returned events
 * may therefore list claims of earlier reports that moved; the store re-points them ({@code Store.moveClaims}, in the
 * same transaction as the report) and drops events left empty. An event's id derives from its smallest claim id.
 *
 * <p>Order of ingest. Within a neighbourhood the grouping and the ids depend only on the claims, not on the order their
 * reports came in: the samples fused forward and backward give the same groups. What can still depend on order: a
 * neighbourhood is bounded (hops and size), so in a dense store a chain of claims longer than that is grouped as far
 * as each report's neighbourhood reaches. An event keeps its id while its smallest claim stays in it.
 *
 * <p>Deterministic and idempotent: when a report is processed again, its old claims are left out of the neighbourhood
 * (the store replaces them), so nothing stale remains.
 *
 * <p>Must be called from the store's writer thread, with the report saved right after (as {@code Pipeline} does).
 */
public final class MergingFuser implements Fuser {
    private final Store store;
    private final MergeRules rules;
    private final SameHappening same;
    private final Consensus consensus;
    private final CopyDetector copies;
    private final MergeCandidates candidates;

    public MergingFuser(Store store) {
        this(store, MergeRules.load());
    }

    public MergingFuser(Store store, MergeRules rules) {
        this.store = store;
        this.rules = rules;
        this.same = new SameHappening(rules);
        this.consensus = new Consensus(rules);
        this.copies = new CopyDetector(store);
        this.candidates = new MergeCandidates(store, rules);
    }

    /** The copy detector this fuser records signatures with. */
    public CopyDetector copies() { return copies; }

    /** An event being assembled: claims from other reports already stored, plus this report's. */
    private static final class Working {
        final String id;
        final List<Claim> supporting = new ArrayList<>(), contradicting = new ArrayList<>();
        final Map<String, String> notes = new HashMap<>();   // claim id -> why it is in this event
        EventCoding coding;
        ClaimContext context;

        Working(String id) { this.id = id; }

        boolean isEmpty() { return supporting.isEmpty() && contradicting.isEmpty(); }
    }

    @Override
    public List<Event> fuse(Report report, List<Claim> claims) {
        Optional<CopyDetector.Copy> copy = copies.register(report);
        IndependentSources reports = new IndependentSources(store, copies);
        reports.put(report);
        // the neighbourhood: this report's claims, the other claims of events that held its claims in an earlier run,
        // and the claims of every stored event any of them may join (NEIGHBOUR_HOPS deep)
        Map<String, Claim> pool = new TreeMap<>();
        for (Claim c : claims) pool.put(c.id(), c);
        Set<String> seen = new HashSet<>();
        List<String> stale = store.queryList("SELECT DISTINCT event_id FROM claim WHERE report_id = ? ORDER BY event_id",
                rs -> rs.getString(1), report.id());
        List<Claim> frontier = new ArrayList<>(claims);
        for (String id : stale) frontier.addAll(absorb(id, report, pool, seen));
        for (int hop = 0; hop < NEIGHBOUR_HOPS && !frontier.isEmpty() && pool.size() < MAX_NEIGHBOURHOOD; hop++) {
            List<Claim> next = new ArrayList<>();
            for (String id : candidates.near(frontier, report, reports)) next.addAll(absorb(id, report, pool, seen));
            frontier = next;
        }
        // re-cluster the neighbourhood in a canonical order: the grouping depends on the claims, not on their arrival
        List<Working> groups = new ArrayList<>();
        Map<Working, String> keys = new HashMap<>();
        Map<String, String> copyNotes = new HashMap<>();
        for (Claim c : canonical(pool.values())) {
            boolean denial = Corroboration.isDenial(c);
            Report r = c.reportId().equals(report.id()) ? report : reports.report(c.reportId());
            // a denial speaks of what had happened when it was made: it cannot deny a happening dated after it
            java.time.LocalDate deniedBy = denial && r != null && r.published() != null
                    ? r.published().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
            Working best = null;
            SameHappening.Match bestMatch = null;
            for (Working w : groups) {
                boolean supported = !w.supporting.isEmpty();
                if (denial ? !supported || w.context != ClaimContext.NONE : w.context != c.context()) continue;
                if (deniedBy != null && w.coding.time() != null && w.coding.time().start() != null
                        && w.coding.time().start().isAfter(deniedBy)) continue;
                // a denial-only event is compared with denial slack too, so the claim it denies finds it when it comes later
                SameHappening.Match m = same.compare(c.event(), w.coding, denial || !supported);
                if (m != null && (bestMatch == null || m.score() > bestMatch.score()
                        || m.score() == bestMatch.score() && keys.get(w).compareTo(keys.get(best)) < 0)) {
                    best = w;
                    bestMatch = m;
                }
            }
            String outlet = r == null ? "unknown outlet" : r.outlet();
            String copied = c.reportId().equals(report.id()) ? copy.map(cp -> "; " + cp.explain()).orElse("")
                    : copyNotes.computeIfAbsent(c.reportId(), id -> {
                        String of = copies.copyOf(id);
                        return of == null ? "" : "; report " + id + " copies " + of;
                    });
            if (best == null) {
                best = new Working(null);
                groups.add(best);
                keys.put(best, c.id());
                best.notes.put(c.id(), "new event from claim " + c.id() + " (" + outlet + ")" + copied);
            } else {
                best.notes.put(c.id(), (denial ? "linked denial " : "merged claim ") + c.id() + " (" + outlet + "): "
                        + bestMatch.why() + copied);
                if (c.id().compareTo(keys.get(best)) < 0) keys.put(best, c.id());
            }
            (denial ? best.contradicting : best.supporting).add(c);
            refresh(best);
        }
        List<Event> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<Working> byKey = new ArrayList<>(groups);
        byKey.sort(java.util.Comparator.comparing(keys::get));
        for (Working w : byKey) out.add(toEvent(w, newId(keys.get(w), seen, used), reports));
        return out;
    }

    /** How many candidate hops the neighbourhood of a report's claims reaches, and its size limit in claims. */
    static final int NEIGHBOUR_HOPS = 2, MAX_NEIGHBOURHOOD = 400;

    /**
     * Adds the claims of a stored event (but not those of the report being fused, which it replaces) to the pool;
     * returns the claims new to it.
     */
    private List<Claim> absorb(String eventId, Report report, Map<String, Claim> pool, Set<String> seen) {
        if (!seen.add(eventId)) return List.of();
        List<Claim> added = new ArrayList<>();
        for (Claim c : store.claimsOf(eventId)) {
            if (c.reportId().equals(report.id())) continue;
            if (pool.putIfAbsent(c.id(), c) == null) added.add(c);
        }
        return added;
    }

    private void refresh(Working w) {
        List<Claim> basis = w.supporting.isEmpty() ? w.contradicting : w.supporting;
        w.coding = consensus.coding(basis);
        w.context = Corroboration.assess(w.supporting, w.contradicting, c -> "").context();
    }

    /**
     * The order this report's claims are fused in: the most specific first (an acting side, a resolved place and a
     * stated time each count), so that a vague claim joins the event a precise one opened instead of opening one that
     * precise claims then join; supporting claims before denials; then claim id. The grouping of a report's claims
     * thus does not depend on the order of its sentences.
     */
    static List<Claim> canonical(java.util.Collection<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        out.sort(java.util.Comparator.<Claim>comparingInt(c -> Corroboration.isDenial(c) ? 1 : 0)
                .thenComparingInt(c -> -specificity(c.event()))
                .thenComparing(Claim::id));
        return out;
    }

    private static int specificity(EventCoding e) {
        int s = 0;
        if (e.initiator() != null) s += 4;
        if (e.recipient() != null) s += 1;
        if (e.place() != null && e.place().resolved()) s += 2;
        if (e.time() != null && e.time().start() != null && !SameHappening.defaulted(e.time())) s += 1;
        return s;
    }

    /**
     * The id of an event: derived from its smallest claim id (so it does not depend on which claim came first),
     * skipping ids held by stored events outside the neighbourhood being re-clustered.
     */
    private String newId(String key, Set<String> neighbourhood, Set<String> used) {
        for (int n = 0; ; n++) {
            String id = ClaimEvents.eventId(n == 0 ? key : key + "#" + n);
            if (used.contains(id)) continue;
            if (!neighbourhood.contains(id) && store.hasEvent(id)) continue;
            used.add(id);
            return id;
        }
    }

    /** The event of a working set, its claims in a canonical order (report publication, claim id). */
    private Event toEvent(Working w, String id, IndependentSources reports) {
        java.util.Comparator<Claim> order = java.util.Comparator.<Claim, String>comparing(c -> {
            Report r = reports.report(c.reportId());
            return r == null || r.published() == null ? "~" : r.published().toString();
        }).thenComparing(Claim::id);
        w.supporting.sort(order);
        w.contradicting.sort(order);
        Corroboration.Assessment a = Corroboration.assess(w.supporting, w.contradicting, reports::sourceOf);
        List<String> notes = new ArrayList<>();
        for (Claim c : w.supporting) if (w.notes.containsKey(c.id())) notes.add(w.notes.get(c.id()));
        for (Claim c : w.contradicting) if (w.notes.containsKey(c.id())) notes.add(w.notes.get(c.id()));
        return new Event(id, w.coding, w.supporting.stream().map(Claim::id).toList(),
                w.contradicting.stream().map(Claim::id).toList(), a.outlets(), a.status(), a.certainty(), a.context(), notes);
    }
}
