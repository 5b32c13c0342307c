package org.sitrep.fuse.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.PloverType;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/**
 * Territorial control from the stored events: the state of every place on a day, what changed since the day before,
 * and a place's whole timeline. Reads only; each call builds the timelines from events up to the day asked for.
 */
public final class ControlService {
    private final Store store;
    private final ControlTimeline timeline;
    private final ControlRules rules;

    public ControlService(Store store) {
        this(store, ControlRules.load());
    }

    public ControlService(Store store, ControlRules rules) {
        this.store = store;
        this.rules = rules;
        this.timeline = new ControlTimeline(rules);
    }

    /**
     * Who holds a place on a day.
     *
     * @param placeId   gazetteer id (or "name:..." for an unresolved place)
     * @param holder    see {@link ControlPeriod#holderLabel()}: an actor code, "contested (...)", "not X (withdrew)"
     * @param since     first day of the current period
     * @param basis     claimed or assessed
     * @param status    held, contested or unknown
     * @param eventIds  evidence events of the current period
     */
    public record PlaceState(String placeId, String name, String country, String admin1, double lat, double lon,
                             String holder, String holderName, LocalDate since, ControlPeriod.Basis basis, String status,
                             List<String> eventIds, String area) {}

    /** A place whose state differs from the day before; {@code before} is null when the place had no history. */
    public record Change(PlaceState before, PlaceState after) {
        public String describe() {
            String was = before == null ? "no earlier record" : before.holder() + " (" + before.basis().name().toLowerCase() + ")";
            return after.name() + ": " + was + " -> " + after.holder() + " (" + after.basis().name().toLowerCase() + ") on " + after.since();
        }
    }

    /** Every place with a known control history on {@code day}, optionally only in one country (ISO alpha-2). */
    public List<PlaceState> stateOn(LocalDate day, String countryIso2OrNull) {
        return stateOn(timelines(day), day, countryIso2OrNull);
    }

    /** Places whose holder, status or basis on {@code day} differs from the day before. */
    public List<Change> changesOn(LocalDate day, String countryIso2OrNull) {
        Map<String, PlaceTimeline> t = timelines(day);
        return changes(t, day, countryIso2OrNull);
    }

    public List<Change> changesOn(LocalDate day) {
        return changesOn(day, null);
    }

    /** Changes on each day of [from, to], oldest first. */
    public List<Change> changesBetween(LocalDate from, LocalDate to, String countryIso2OrNull) {
        Map<String, PlaceTimeline> t = timelines(to);
        List<Change> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) out.addAll(changes(t, d, countryIso2OrNull));
        return out;
    }

    /** The whole control timeline of one place up to {@code day}. */
    public Optional<PlaceTimeline> timeline(String placeId, LocalDate day) {
        return Optional.ofNullable(timelines(day).get(placeId));
    }

    /** Timelines of all places from control events that start on or before {@code day}. */
    public Map<String, PlaceTimeline> timelines(LocalDate day) {
        List<Event> events = new ArrayList<>();
        for (PloverType t : rules.types()) {
            events.addAll(store.events(new EventQuery(null, day, t.name(), null, null, null, null, null, null, 0, 0)));
        }
        Set<String> own = new HashSet<>(store.queryList("SELECT DISTINCT c.event_id FROM claim c JOIN event e ON e.id = c.event_id"
                + " WHERE e.date_start <= ? AND c.stance = 'SUPPORTS' AND c.certainty = 'asserted' AND c.claimants_json = '[]'",
                rs -> rs.getString(1), day.toString()));
        return timeline.build(events, own);
    }

    static List<PlaceState> stateOn(Map<String, PlaceTimeline> timelines, LocalDate day, String country) {
        List<PlaceState> out = new ArrayList<>();
        for (PlaceTimeline t : timelines.values()) {
            if (country != null && !country.equalsIgnoreCase(t.country())) continue;
            t.on(day).ifPresent(p -> out.add(state(t, p)));
        }
        return out;
    }

    static PlaceState state(PlaceTimeline t, ControlPeriod p) {
        return new PlaceState(t.placeId(), t.name(), t.country(), t.admin1(), t.lat(), t.lon(), p.holderLabel(), p.holderName(),
                p.from(), p.basis(), p.status(), p.eventIds(), p.area());
    }

    static List<Change> changes(Map<String, PlaceTimeline> timelines, LocalDate day, String country) {
        List<Change> out = new ArrayList<>();
        for (PlaceTimeline t : timelines.values()) {
            if (country != null && !country.equalsIgnoreCase(t.country())) continue;
            Optional<ControlPeriod> now = t.on(day), before = t.on(day.minusDays(1));
            if (now.isEmpty()) continue;
            if (before.isPresent() && Objects.equals(before.get().from(), now.get().from())) continue;
            out.add(new Change(before.map(p -> state(t, p)).orElse(null), state(t, now.get())));
        }
        return out;
    }
}
