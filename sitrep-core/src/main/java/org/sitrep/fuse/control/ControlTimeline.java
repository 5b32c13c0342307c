package org.sitrep.fuse.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.PlaceRef;

/**
 * Builds per-place control timelines from events that change control ({@link ControlRules}).
 *
 * <p>Each such event is a step on its first day: a gain gives the place to the initiator; a loss takes it from the
 * initiator and gives it to the recipient if one is named (else the holder is unknown). Steps of one day that name
 * different holders, and steps whose event is disputed, open a contested period. A step that confirms the current
 * holder adds its event as evidence to the open period. A contest step (a side entered or reached the place) opens a
 * contested period between that side and the holder until the next change; when the holder then withdraws and one
 * other side was fighting there, that side holds the place (claimed). A bare sector ("MIL", nobody said whose)
 * counts as no side. Retracted events and events that are negated, hypothetical,
 * future or historical are ignored. The basis is ASSESSED when the evidence is corroborated or asserted by an outlet in
 * its own voice, CLAIMED otherwise; claimed and assessed steps are kept apart (a claimed step never merges into an
 * assessed period's basis).
 */
public final class ControlTimeline {
    private final ControlRules rules;

    public ControlTimeline(ControlRules rules) {
        this.rules = rules;
    }

    /** One event as a control step. */
    record Step(ControlEvent event, LocalDate day, String holder, String holderName, String lostBy, ControlPeriod.Basis basis,
                String area, boolean contest) {}

    /** Timelines from full events (see {@link #buildFrom}). */
    public Map<String, PlaceTimeline> build(List<Event> events, Set<String> ownVoice) {
        return buildFrom(events.stream().map(ControlEvent::of).toList(), ownVoice);
    }

    /**
     * Timelines of every place the events touch, by place id.
     *
     * @param ownVoice ids of events with a supporting claim asserted by an outlet in its own voice
     */
    public Map<String, PlaceTimeline> buildFrom(List<ControlEvent> events, Set<String> ownVoice) {
        Map<String, List<Step>> byPlace = new TreeMap<>();
        Map<String, ControlEvent> places = new LinkedHashMap<>();
        for (ControlEvent e : events) {
            Step s = step(e, ownVoice);
            if (s == null) continue;
            places.putIfAbsent(e.placeId(), e);
            byPlace.computeIfAbsent(e.placeId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, PlaceTimeline> out = new LinkedHashMap<>();
        for (var en : byPlace.entrySet()) {
            ControlEvent p = places.get(en.getKey());
            out.put(en.getKey(), new PlaceTimeline(en.getKey(), p.placeName(), p.country(), p.admin1(), p.lat(), p.lon(),
                    periods(en.getValue())));
        }
        return out;
    }

    /**
     * The place key of a control event: gazetteer id, else "name:" + lower-case name; a place given relative to a
     * named one ("north of Kharkiv", "Idlib countryside") is a place of its own ("...|north of"), so that regaining
     * positions north of a city never says who holds the city.
     */
    public static String key(PlaceRef p) {
        String n = p.name() != null ? p.name() : p.text();
        return key(p.gazetteerId() != null ? p.gazetteerId() : "name:" + (n == null ? "?" : n.toLowerCase(Locale.ROOT)), p.relation());
    }

    /** {@code base} (a gazetteer id or "name:...") qualified by a spatial relation, if it has one of its own. */
    static String key(String base, String relation) {
        return base == null || !relative(relation) ? base : base + "|" + relation.toLowerCase(Locale.ROOT);
    }

    /** The readable name of a place with its relation: "north of Kharkiv", "near Pokrovsk", "Idlib countryside". */
    public static String label(String name, String relation) {
        if (name == null || !relative(relation)) return name;
        String r = relation.trim();
        return relationFirst(r) ? r + " " + name : name + " " + r;
    }

    /**
     * True for a relation read before the place's name ("north of", "near", "60 km beyond"), which makes the label an
     * area of its own ("an area north of Hama"); false for one read after it ("Idlib countryside") and for none.
     */
    public static boolean relationFirst(String relation) {
        if (!relative(relation)) return false;
        String r = relation.trim();
        return r.endsWith(" of") || r.equals("near") || r.contains("km") || r.startsWith("outside");
    }

    /** The relation a place key carries ("geonames:1|north of" gives "north of"), or null. */
    public static String relationOf(String placeKey) {
        int bar = placeKey == null ? -1 : placeKey.indexOf('|');
        return bar < 0 ? null : placeKey.substring(bar + 1);
    }

    /** A relation that moves the place away from the named one ("province" names the province itself). */
    private static boolean relative(String relation) {
        return relation != null && !relation.isBlank() && !relation.equalsIgnoreCase("province");
    }

    Step step(ControlEvent e, Set<String> ownVoice) {
        if (e.status() == EventStatus.RETRACTED || e.context() != ClaimContext.NONE || !e.supported()) return null;
        if (e.placeId() == null || e.day() == null) return null;
        ControlRules.Match m = rules.effect(e.type(), e.mode(), e.trigger());
        if (m == null) return null;
        // a bare sector ("MIL": some military, nobody said whose) holds nothing and loses nothing
        ActorNames names = ActorNames.shared();
        if (!names.identified(e.initiator()) || e.recipient() != null && !names.identified(e.recipient())) {
            e = new ControlEvent(e.id(), e.type(), e.mode(), e.trigger(), e.placeId(), e.placeName(), e.country(), e.admin1(), e.lat(),
                    e.lon(), e.day(), e.status(), e.context(), e.supported(), names.identified(e.initiator()) ? e.initiator() : null,
                    names.identified(e.initiator()) ? e.initiatorName() : null, names.identified(e.recipient()) ? e.recipient() : null,
                    names.identified(e.recipient()) ? e.recipientName() : null, e.area());
        }
        // a state's government, army and the state itself hold ground as one side, its forces
        String ini = names.side(e.initiator()), rec = names.side(e.recipient());
        if (!java.util.Objects.equals(ini, e.initiator()) || !java.util.Objects.equals(rec, e.recipient())) {
            e = new ControlEvent(e.id(), e.type(), e.mode(), e.trigger(), e.placeId(), e.placeName(), e.country(), e.admin1(), e.lat(),
                    e.lon(), e.day(), e.status(), e.context(), e.supported(), ini,
                    java.util.Objects.equals(ini, e.initiator()) ? e.initiatorName() : names.name(ini), rec,
                    java.util.Objects.equals(rec, e.recipient()) ? e.recipientName() : names.name(rec), e.area());
        }
        String holder, holderName, lostBy = null;
        if (m.effect() == ControlRules.Effect.CONTEST) {
            if (e.initiator() == null) return null;
            holder = null;
            holderName = null;
            lostBy = null;
        } else if (m.effect() == ControlRules.Effect.GAIN) {
            if (e.initiator() == null) return null;
            holder = e.initiator();
            holderName = e.initiatorName();
        } else {
            holder = e.recipient();
            holderName = e.recipientName();
            lostBy = e.initiator();
            if (holder == null && lostBy == null) return null;
        }
        ControlPeriod.Basis basis = e.status() == EventStatus.CORROBORATED || ownVoice.contains(e.id())
                ? ControlPeriod.Basis.ASSESSED : ControlPeriod.Basis.CLAIMED;
        return new Step(e, e.day(), holder, holderName, lostBy, basis, e.area(), m.effect() == ControlRules.Effect.CONTEST);
    }

    private List<ControlPeriod> periods(List<Step> steps) {
        steps.sort(Comparator.comparing(Step::day).thenComparing(s -> s.event().id()));
        Map<LocalDate, List<Step>> byDay = new TreeMap<>();
        for (Step s : steps) byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s);
        List<ControlPeriod> out = new ArrayList<>();
        for (var en : byDay.entrySet()) {
            List<Step> day = en.getValue();
            if (day.stream().anyMatch(x -> !x.contest())) day = day.stream().filter(x -> !x.contest()).toList();
            Set<String> claimed = new LinkedHashSet<>();
            ControlPeriod prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean fighting = day.get(0).contest();
            for (Step s : day) claimed.add(s.contest() ? s.event().initiator() : s.holder() != null ? s.holder() : "not " + s.lostBy());
            if (fighting && prev != null && prev.holder() != null) claimed.add(prev.holder());
            boolean disputed = fighting || day.stream().anyMatch(s -> s.event().status() == EventStatus.DISPUTED);
            Step lead = day.stream().filter(s -> s.basis() == ControlPeriod.Basis.ASSESSED).findFirst().orElse(day.get(0));
            ControlPeriod.Basis basis = lead.basis();
            List<String> ids = day.stream().map(s -> s.event().id()).toList();
            String area = day.stream().map(Step::area).filter(a -> a != null).findFirst().orElse(null);
            boolean contested = claimed.size() > 1 || disputed
                    || prev != null && prev.holder() == null && prev.lostBy() != null && lead.holder() != null
                    && lead.holder().equals(prev.lostBy()) && prev.from().equals(en.getKey());
            if (!contested && prev != null && !prev.contested() && lead.holder() != null && lead.holder().equals(prev.holder())
                    && prev.basis() == basis) {
                List<String> ev = new ArrayList<>(prev.eventIds());
                ev.addAll(ids);
                out.set(out.size() - 1, new ControlPeriod(prev.from(), null, prev.holder(), prev.holderName(), null, basis, false,
                        List.of(), ev, prev.area() != null ? prev.area() : area));
                continue;
            }
            if (prev != null) out.set(out.size() - 1, close(prev, en.getKey()));
            List<String> contenders = contested ? new ArrayList<>(claimed) : List.of();
            if (contested && disputed && claimed.size() == 1 && prev != null && prev.holder() != null && !claimed.contains(prev.holder())) {
                contenders = new ArrayList<>(contenders);
                contenders.add(prev.holder());
            }
            String holder = lead.holder(), holderName = lead.holderName();
            // "rebels entered the city" then "the army withdrew from it": the one other side fighting there holds it
            // (a claim, never an assessment: nobody said so in as many words)
            if (!contested && holder == null && lead.lostBy() != null && prev != null && prev.contested()) {
                List<String> others = prev.contenders().stream().filter(c -> !c.equals(lead.lostBy()) && !c.startsWith("not ")).toList();
                if (others.size() == 1) {
                    holder = others.get(0);
                    holderName = ActorNames.shared().name(holder);
                    basis = ControlPeriod.Basis.CLAIMED;
                }
            }
            out.add(new ControlPeriod(en.getKey(), null, holder, holderName, holder == null ? lead.lostBy() : null,
                    basis, contested, contenders, ids, area));
        }
        return out;
    }

    private static ControlPeriod close(ControlPeriod p, LocalDate to) {
        return new ControlPeriod(p.from(), to, p.holder(), p.holderName(), p.lostBy(), p.basis(), p.contested(), p.contenders(),
                p.eventIds(), p.area());
    }
}
