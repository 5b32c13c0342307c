package org.sitrep.report.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.fuse.CopyDetector;
import org.sitrep.fuse.Corroboration;
import org.sitrep.fuse.IndependentSources;
import org.sitrep.fuse.KnownAt;
import org.sitrep.fuse.ActorMatch;
import org.sitrep.fuse.Consensus;
import org.sitrep.fuse.MergeRules;
import org.sitrep.fuse.SameHappening;
import org.sitrep.fuse.control.ControlPeriod;
import org.sitrep.fuse.control.ControlService;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.fuse.control.PlaceTimeline;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Certainty;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.EventStatus;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.PloverType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.report.EventView;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/**
 * Builds the daily {@link Sitrep} for a day and a window from the stored events.
 *
 * <p>Information cutoff: the end of the day (23:59:59 UTC); claims from reports published later are left out and each
 * event's outlets and status are recomputed from the claims that remain ({@link Corroboration}), so the text never
 * counts a source the reader could not have had ({@link KnownAt}; control timelines are read the same way, so a
 * takeaway and its control change agree on the day). The window's news is what happened in it, plus what happened
 * up to {@value #LATE_NEWS_DAYS} days before it but was first reported in it (told with its own date, and its control
 * change with it), so that a report of yesterday's capture published today is never in nobody's brief. Takeaways are
 * the events of the window ranked by significance:
 * control changes first, then high-level diplomatic contact, corroboration (more outlets, more weight), disputes,
 * reported deaths, and first appearances of an actor or place; unverified claims and events that are only planned or
 * hypothetical rank lower, and so do events whose acting side or counterpart is unknown; an event with neither a
 * counterpart nor a place ("X accused another party", {@link Phrases#saysLittle}) is not a takeaway. An event whose acting side is
 * unknown is told without one when that still says something ("Syrian army lost control of Aleppo"), else left out of
 * the takeaways (never "unidentified actors"). A capture and the withdrawal it mirrors (same place, close in time,
 * different sides) are one takeaway citing both; so are a capture and the same side's entry into the place that day.
 * Only events significant on their own (control change, corroborated or disputed, high-level diplomatic contact,
 * deaths) are takeaways, except that a quiet day is filled up to {@value #MIN_TAKEAWAYS} with the best of the rest;
 * negated, hypothetical, planned and historical events and spans much longer than the window are never takeaways. A
 * bare sector ("monitoring group", "artillery") names no side: such an event is told without one. Each takeaway is a
 * sentence from {@link Phrases} plus a status clause, with citations.
 */
public final class SitrepBuilder {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final int MAX_TAKEAWAYS = 10, MIN_TAKEAWAYS = 5, CHART_DAYS = 14;
    /**
     * How many days before the window an event may be dated and still be news of the window, when nothing was known of
     * it before the window ("a day earlier, fighters freed detainees", first reported today).
     */
    static final int LATE_NEWS_DAYS = 2;
    /** Reasons that make an event a takeaway on their own (see {@link #significant}). */
    private static final List<String> SIGNIFICANT = List.of("control change", "withdrawal of the other side reported",
            "high-level diplomatic contact", "corroborated by", "disputed", "killed");

    private final Store store;
    private final ControlService control;
    private final Phrases phrases;
    private final MergeRules rules;
    private final SameHappening same;
    private final Consensus consensus;
    private final MapRenderer map;
    private final ChartRenderer chart = new ChartRenderer();

    public SitrepBuilder(Store store) {
        this(store, Basemap.shared());
    }

    public SitrepBuilder(Store store, Basemap basemap) {
        this.store = store;
        this.control = new ControlService(store);
        this.rules = MergeRules.load();
        this.phrases = new Phrases(rules);
        this.same = new SameHappening(rules);
        this.consensus = new Consensus(rules);
        this.map = new MapRenderer(basemap);
    }

    /** An event as visible at the cutoff. */
    private record Visible(Event event, List<Claim> supporting, List<Claim> contradicting, Corroboration.Assessment a,
                           Map<String, Report> reports) {}

    /** Builds the sitrep of {@code date} over the last {@code windowDays} days (1 = 24 h). */
    public Sitrep build(LocalDate date, int windowDays) {
        return build(date, windowDays, null);
    }

    /**
     * Builds the sitrep of {@code date} over the last {@code windowDays} days, only with events in one country (ISO
     * alpha-2 or alpha-3) when {@code country} is not null.
     */
    public Sitrep build(LocalDate date, int windowDays, String country0) {
        String country = ControlService.iso2(country0);
        int window = Math.max(1, windowDays);
        LocalDate from = date.minusDays(window - 1);
        Instant cutoff = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        IndependentSources sources = new IndependentSources(store, new CopyDetector(store));
        KnownAt known = new KnownAt(consensus, sources::sourceOf, cutoff);
        List<Visible> visible = new ArrayList<>();
        // an event dated just outside the window may fall inside it once later claims are left out, and vice versa
        int slack = rules.slackDays("denial");
        Instant windowStart = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<String> lateNews = new HashSet<>();
        for (EventView v : EventView.load(store, store.events(new EventQuery(from.minusDays(Math.max(slack, LATE_NEWS_DAYS)),
                date.plusDays(slack), null, null, null, null, null, null, null, 0, 0)))) {
            Visible x = visible(v, known);
            if (x == null) continue;
            if (!within(x.event().coding().time(), from, date)) {
                // dated before the window but first reported in it: news of the window, told with its own date
                if (!within(x.event().coding().time(), from.minusDays(LATE_NEWS_DAYS), date) || !firstReportedSince(x, windowStart)) continue;
                lateNews.add(x.event().id());
            }
            PlaceRef vp = x.event().coding().place();
            if (country != null && (vp == null || !country.equalsIgnoreCase(vp.country()))) continue;
            visible.add(x);
        }
        Citations cites = new Citations();
        Map<String, Visible> byId = new LinkedHashMap<>();
        for (Visible v : visible) byId.put(v.event().id(), v);

        // control
        Map<String, PlaceTimeline> timelines = control.timelines(date, known);
        List<ControlService.Change> changes = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(date); d = d.plusDays(1)) changes.addAll(ControlService.changes(timelines, d, country));
        // a change dated before the window that nobody had reported before it is news of the window too
        for (LocalDate d = from.minusDays(LATE_NEWS_DAYS); d.isBefore(from); d = d.plusDays(1)) {
            for (ControlService.Change c : ControlService.changes(timelines, d, country)) {
                if (!c.after().eventIds().isEmpty() && lateNews.containsAll(c.after().eventIds())) changes.add(c);
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (Visible v : visible) if (v.event().coding().place() != null && v.event().coding().place().country() != null) countries.add(v.event().coding().place().country());
        List<ControlService.PlaceState> state = ControlService.stateOn(timelines, date, null).stream()
                .filter(s -> countries.isEmpty() || countries.contains(s.country())).toList();
        Map<String, ControlService.Change> changeByEvent = new HashMap<>();
        for (ControlService.Change c : changes) for (String id : c.after().eventIds()) changeByEvent.putIfAbsent(id, c);
        // evidence of a change in the window whose event is dated outside it (a span that began earlier): cited and
        // ranked like the window's events, not listed among them
        List<Visible> ranked = new ArrayList<>(visible);
        for (String id : new java.util.TreeSet<>(changeByEvent.keySet())) {
            if (byId.containsKey(id)) continue;
            store.event(id).map(e -> EventView.load(store, List.of(e))).filter(l -> !l.isEmpty())
                    .map(l -> visible(l.get(0), known)).ifPresent(x -> {
                        ranked.add(x);
                        byId.put(id, x);
                    });
        }

        // a withdrawal told as part of the capture it mirrors (the fuser merges most; this catches the rest)
        Map<String, Visible> withdrawalOf = pairs(ranked);
        Set<String> folded = new HashSet<>();
        for (Visible r : withdrawalOf.values()) folded.add(r.event().id());
        Map<String, List<Visible>> entriesOf = entries(ranked);
        for (List<Visible> l : entriesOf.values()) for (Visible x : l) folded.add(x.event().id());

        // significance
        Set<String> newActors = new HashSet<>(), newPlaces = new HashSet<>();
        Map<String, Scored> scoreById = new HashMap<>();
        List<Scored> scored = new ArrayList<>();
        for (Visible v : ranked) {
            Scored x = score(v, changeByEvent, from, newActors, newPlaces);
            scored.add(x);
            scoreById.put(v.event().id(), x);
        }
        for (int i = 0; i < scored.size(); i++) {
            Visible r = withdrawalOf.get(scored.get(i).v().event().id());
            if (r == null) continue;
            Scored c = scored.get(i), w = scoreById.get(r.event().id());
            List<String> why = new ArrayList<>(c.why());
            if (w.why().contains("control change") && !why.contains("control change")) why.add(0, "control change");
            why.add("withdrawal of the other side reported");
            scored.set(i, new Scored(c.v(), Math.max(c.score(), w.score()) + 5, why, c.newActors(), c.newPlaces()));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.v().event().coding().time() == null ? "" : s.v().event().coding().time().iso(), Comparator.reverseOrder())
                .thenComparing(s -> s.v().event().id()));
        List<Sitrep.Takeaway> takeaways = new ArrayList<>();
        Set<String> said = new HashSet<>();
        // significant events first; the rest only fill a quiet day up to MIN_TAKEAWAYS
        for (boolean significantPass : new boolean[] {true, false}) {
            for (Scored s : scored) {
                if (takeaways.size() >= (significantPass ? MAX_TAKEAWAYS : MIN_TAKEAWAYS)) break;
                if (significant(s) != significantPass || !newsworthy(s.v(), window)) continue;
                if (s.v().event().status() == EventStatus.RETRACTED || s.score() <= 0) continue;
                if (folded.contains(s.v().event().id())) continue;
                Visible w = withdrawalOf.get(s.v().event().id());
                EventCoding sc = s.v().event().coding();
                if (phrases.saysLittle(sc) && w == null) continue;   // "X accused another party"
                String text = takeawaySentence(s.v(), w);
                if (text == null || !said.add(text)) continue;
                List<Integer> n = new ArrayList<>(cite(s.v(), cites));
                if (w != null) for (int x : cite(w, cites)) if (!n.contains(x)) n.add(x);
                for (Visible x : entriesOf.getOrDefault(s.v().event().id(), List.of())) {
                    for (int k : cite(x, cites)) if (!n.contains(k)) n.add(k);
                }
                takeaways.add(new Sitrep.Takeaway(takeaways.size() + 1, text, n, String.join("; ", s.why()),
                        s.v().event().id(), s.score()));
            }
        }

        // what changed
        List<Sitrep.Statement> changed = new ArrayList<>();
        for (ControlService.Change c : changes) {
            List<Integer> n = new ArrayList<>();
            for (String id : c.after().eventIds()) {
                if (byId.containsKey(id)) for (int x : cite(byId.get(id), cites)) if (!n.contains(x)) n.add(x);
            }
            // only the basis moved (more sources, not a new holder): "confirmed", with the basis it had
            boolean sameHolder = c.before() != null && c.before().label().equals(c.after().label())
                    && c.before().status().equals(c.after().status());
            String basisNow = sameHolder ? "now " + basis(c.after().basis()) + ", was " + basis(c.before().basis()) : basis(c.after().basis());
            String after = holder(c.after().label()) + " (" + basisNow + ", " + c.after().status() + ")"
                    + (c.after().area() == null ? "" : ", covering " + c.after().area()) + ".";
            changed.add(new Sitrep.Statement(c.before() == null
                    ? "Control of " + area(c.after()) + " first recorded on " + c.after().since().format(DAY) + ": " + after
                    : sameHolder
                    ? "Control of " + area(c.after()) + " confirmed on " + c.after().since().format(DAY) + ": " + after
                    : "Control of " + area(c.after()) + " changed on " + c.after().since().format(DAY) + ": " + holder(c.before().label())
                    + " (" + basis(c.before().basis()) + ", since " + c.before().since().format(DAY) + ") to " + after, n));
        }
        int previous = store.countEvents(new EventQuery(from.minusDays(window), from.minusDays(1), null, null, null, null, null, null, null, 0, 0));
        changed.add(new Sitrep.Statement(visible.size() + " event(s) in the window (" + from.format(DAY)
                + (window > 1 ? " to " + date.format(DAY) : "") + ")" + (lateNews.isEmpty() ? ""
                : ", " + lateNews.size() + " of them dated earlier but first reported in it") + "; " + previous
                + " stored for the " + window + " day(s) before.", List.of()));
        List<String> actorsNew = new ArrayList<>(), placesNew = new ArrayList<>();
        List<Integer> actorCites = new ArrayList<>(), placeCites = new ArrayList<>();
        for (Scored s : scored) {
            actorsNew.addAll(s.newActors());
            placesNew.addAll(s.newPlaces());
            if (!s.newActors().isEmpty()) actorCites.addAll(cite(s.v(), cites).subList(0, 1));
            if (!s.newPlaces().isEmpty()) placeCites.addAll(cite(s.v(), cites).subList(0, 1));
        }
        if (!actorsNew.isEmpty()) {
            changed.add(new Sitrep.Statement("Actors appearing for the first time in the stored reporting: " + String.join(", ", actorsNew) + ".",
                    actorCites.stream().distinct().sorted().toList()));
        }
        if (!placesNew.isEmpty()) {
            changed.add(new Sitrep.Statement("Places with their first recorded event: " + String.join(", ", placesNew) + ".",
                    placeCites.stream().distinct().sorted().toList()));
        }
        for (Visible v : visible) {
            if (v.a().status() == EventStatus.DISPUTED && !v.contradicting().isEmpty() && !phrases.saysLittle(v.event().coding())) {
                changed.add(new Sitrep.Statement("New dispute: " + sentence(v), cite(v, cites)));
            }
        }

        // events table
        List<Sitrep.EventRow> rows = new ArrayList<>();
        for (Visible v : visible) {
            PlaceRef p = v.event().coding().place();
            rows.add(new Sitrep.EventRow(v.event().id(), v.event().coding().time() == null ? "" : v.event().coding().time().iso(),
                    v.event().coding().type().name(), phrases.sentence(v.event().coding()), p == null ? "" : p.name(),
                    v.a().status().code(), v.a().certainty().code(), v.a().outlets(), cite(v, cites)));
        }

        // map and chart
        List<MapRenderer.Marker> markers = new ArrayList<>();
        for (ControlService.PlaceState s : state) {
            markers.add(new MapRenderer.Marker(s.lat(), s.lon(), MapRenderer.Kind.CONTROL,
                    s.status().equals("held") ? s.holderName() : null, !s.status().equals("held"), s.name()));
        }
        Set<String> takeawayIds = new HashSet<>();
        for (Sitrep.Takeaway t : takeaways) takeawayIds.add(t.eventId());
        for (Visible v : visible) {
            PlaceRef p = v.event().coding().place();
            // a country-level place is no location: its centroid would only stretch the map
            if (p == null || !p.resolved() || p.precision() >= 4) continue;
            markers.add(new MapRenderer.Marker(p.lat(), p.lon(), kind(v.event().coding().type()), null, false,
                    takeawayIds.contains(v.event().id()) ? p.name() : null));
        }
        String mapSvg = map.render(markers, "Events and control, " + date);
        LocalDate chartFrom = date.minusDays(Math.max(CHART_DAYS, window) - 1);
        Map<LocalDate, Map<String, Integer>> counts = new TreeMap<>();
        for (Object[] r : store.queryList("SELECT date_start, type, count(*) FROM event WHERE date_start >= ? AND date_start <= ?"
                + " GROUP BY date_start, type", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}, chartFrom.toString(), date.toString())) {
            counts.computeIfAbsent(LocalDate.parse((String) r[0]), d -> new TreeMap<>()).put((String) r[1], (Integer) r[2]);
        }
        String chartSvg = chart.render(counts, chartFrom, date, "Events per day by type, " + chartFrom + " to " + date);

        Set<String> reports = new LinkedHashSet<>(), outlets = new LinkedHashSet<>();
        for (Visible v : visible) {
            for (Claim c : v.supporting()) {
                reports.add(c.reportId());
                outlets.add(sources.sourceOf(c));
            }
            for (Claim c : v.contradicting()) {
                reports.add(c.reportId());
                outlets.add(sources.sourceOf(c));
            }
        }
        List<String> method = List.of(
                "Information cutoff " + cutoff + ": reports published later are not used, and outlet counts and statuses are recomputed from the claims published by then.",
                "Outlets count independent sources: a report detected as a copy of another (word 5-shingle MinHash, Jaccard >= 0.8) adds no outlet for the sentences it copies.",
                "Status: corroborated = two or more independent outlets and no denial; disputed = at least one claim denies or contradicts it; reported = one outlet.",
                "Certainty is never upgraded by one source: an event stays unverified until two independent outlets assert or report it.",
                "Control: assessed = corroborated or asserted by an outlet in its own voice; claimed = one side's claim or one outlet citing a party; contested = conflicting claims on the same day or a disputed change.",
                "Takeaways are ranked by significance (control change, high-level diplomatic contact, corroboration, disputes, casualties, first appearance of an actor or place); each sentence is generated from the coded event.");
        return new Sitrep(date, from, cutoff, new Sitrep.Summary(visible.size(), reports.size(), outlets.size(), changes.size()),
                takeaways, changed, state, rows, cites.list(), mapSvg, chartSvg, method);
    }

    private static boolean within(org.sitrep.model.TimeSpan t, LocalDate from, LocalDate to) {
        if (t == null || t.start() == null) return true;
        LocalDate end = t.end() == null ? t.start() : t.end();
        return !t.start().isAfter(to) && !end.isBefore(from);
    }

    /**
     * An event as visible at the cutoff ({@link KnownAt}), or null if none of its claims is: claims published later are
     * left out and, when some are, the coding (date, actors, place) is recomputed from the claims that remain.
     */
    private Visible visible(EventView v, KnownAt known) {
        KnownAt.View k = known.of(v.event(), v.claims(), v.reports()::get);
        return k == null ? null : new Visible(k.event(), k.supporting(), k.contradicting(), k.assessment(), v.reports());
    }

    /** A holder label for a sentence: "not Syrian army (withdrew)" reads "holder unknown after Syrian army withdrew". */
    static String holder(String label) {
        if (label.startsWith("not ") && label.endsWith(" (withdrew)")) {
            return "holder unknown after " + label.substring(4, label.length() - " (withdrew)".length()) + " withdrew";
        }
        return label;
    }

    private static String basis(ControlPeriod.Basis b) {
        return b.name().toLowerCase(Locale.ROOT);
    }

    private static MapRenderer.Kind kind(PloverType t) {
        return switch (t) {
            case ASSAULT, COERCE, RETREAT, MOBILIZE, THREATEN -> MapRenderer.Kind.CONFLICT;
            case CONSULT, AGREE, COOPERATE, SUPPORT, AID, CONCEDE, REQUEST -> MapRenderer.Kind.DIPLOMACY;
            default -> MapRenderer.Kind.OTHER;
        };
    }

    /**
     * True for an event significant on its own, as an analyst ranks them: a control change, a corroborated or
     * disputed event, high-level diplomatic contact, or reported deaths. Single-outlet contacts and incidents without
     * any of these only fill a quiet day's takeaways.
     */
    private static boolean significant(Scored s) {
        for (String w : s.why()) for (String k : SIGNIFICANT) if (w.contains(k)) return true;
        return false;
    }

    /**
     * True for an event that can be told as news of the window: it is said to have happened (not negated,
     * hypothetical, planned or historical: such claims are not stated as facts) and it is not a span much longer than
     * the window ("between 1 January and 31 December 2024" is background, not what happened that day). The events
     * table still lists it.
     */
    private static boolean newsworthy(Visible v, int windowDays) {
        Event e = v.event();
        if (e.context() != ClaimContext.NONE || v.a().context() != ClaimContext.NONE) return false;
        org.sitrep.model.TimeSpan t = e.coding().time();
        if (t == null || t.start() == null || t.end() == null) return true;
        return java.time.temporal.ChronoUnit.DAYS.between(t.start(), t.end()) <= windowDays + 2;
    }

    private record Scored(Visible v, double score, List<String> why, List<String> newActors, List<String> newPlaces) {}

    private Scored score(Visible v, Map<String, ControlService.Change> changeByEvent, LocalDate from, Set<String> seenActors, Set<String> seenPlaces) {
        Event e = v.event();
        List<String> why = new ArrayList<>();
        double s = 10 + v.a().outlets();
        if (changeByEvent.containsKey(e.id())) {
            s += 100;
            why.add("control change");
        }
        PloverType t = e.coding().type();
        boolean diplomatic = t == PloverType.CONSULT || t == PloverType.AGREE;
        boolean highLevel = diplomatic && (person(e.coding().initiator()) || person(e.coding().recipient()));
        if (highLevel) {
            s += 40;
            why.add("high-level diplomatic contact");
        } else if (diplomatic) {
            s += 15;
            why.add("diplomatic contact");
        }
        switch (v.a().status()) {
            case CORROBORATED -> {
                s += 30 + 5 * v.a().outlets();
                why.add("corroborated by " + v.a().outlets() + " outlets");
            }
            case DISPUTED -> {
                s += 25;
                why.add("disputed");
            }
            case RETRACTED -> s -= 50;
            default -> { }
        }
        for (Quantity q : e.coding().quantities()) {
            if (q.kind().equals("killed") && q.value() > 0) {
                s += Math.min(30, q.value());
                why.add(Phrases.num(q.value()) + " killed");
            }
        }
        if (v.a().certainty() == Certainty.UNVERIFIED) {
            s -= 10;
            why.add("unverified");
        }
        if (!ActorMatch.identified(e.coding().initiator())) {
            s -= 20;
            why.add(e.coding().initiator() == null ? "acting side unknown" : "acting side not identified");
        } else if (phrases.lacksCounterpart(e.coding())) {
            s -= 15;
            why.add("no counterpart named");
        }
        if (e.coding().place() == null && t == PloverType.ASSAULT && "control-gain".equals(rules.kind(e.coding()))) {
            s -= 20;
            why.add("no place named");
        }
        if (e.context() != ClaimContext.NONE) {
            s -= 30;
            why.add(e.context().code());
        }
        List<String> na = new ArrayList<>(), np = new ArrayList<>();
        for (ActorRef a : new ActorRef[] {e.coding().initiator(), e.coding().recipient()}) {
            // a named side only: "school" or "fighters" first seen is no news
            if (a == null || !ActorMatch.identified(a) || !named(a) || !seenActors.add(a.code())) continue;
            boolean before = store.queryOne("SELECT 1 FROM event WHERE (actor1_code = ?1 OR actor2_code = ?1) AND date_start < ?2 LIMIT 1",
                    rs -> true, a.code(), from.toString()).orElse(false);
            if (!before) na.add(Phrases.actor(a) + " (" + a.code() + ")");
        }
        PlaceRef p = e.coding().place();
        // a country is no news as a place ("first event in Iran" says nothing a reader can use)
        if (p != null && p.gazetteerId() != null && p.precision() < 4 && seenPlaces.add(p.gazetteerId())) {
            boolean before = store.queryOne("SELECT 1 FROM event WHERE place_id = ? AND date_start < ? LIMIT 1", rs -> true,
                    p.gazetteerId(), from.toString()).orElse(false);
            if (!before) np.add(p.name());
        }
        if (!na.isEmpty()) {
            s += 15;
            why.add("new actor");
        }
        if (!np.isEmpty()) {
            s += 10;
            why.add("new place");
        }
        return new Scored(v, s, why, na, np);
    }

    /** True for an actor with a proper name ("Russian media", "Astana", a person), not a common noun ("school"). */
    private static boolean named(ActorRef a) {
        String label = Phrases.actor(a);
        return a.person() != null || label != null && !label.isEmpty() && Character.isUpperCase(label.charAt(0));
    }

    /** True when no claim of the event visible at the cutoff was published before {@code since}. */
    private static boolean firstReportedSince(Visible v, Instant since) {
        boolean any = false;
        for (List<Claim> l : List.of(v.supporting(), v.contradicting())) {
            for (Claim c : l) {
                Report r = v.reports().get(c.reportId());
                if (r == null || r.published() == null || r.published().isBefore(since)) return false;
                any = true;
            }
        }
        return any;
    }

    /** "Control of the area near Kurakhove", not "Control of near Kurakhove". */
    private static String area(ControlService.PlaceState s) {
        return ControlTimeline.relationFirst(ControlTimeline.relationOf(s.placeId())) ? "the area " + s.name() : s.name();
    }

    /** Words that open a common-noun source, lower-cased inside a sentence ("citing two sources familiar with…"). */
    private static final Set<String> LOWER_OPENERS = Set.of("a", "an", "the", "two", "three", "four", "five", "several", "some",
            "many", "other", "unnamed", "anonymous", "senior", "local", "western", "independent", "officials", "sources",
            "residents", "witnesses", "analysts", "activists", "monitors", "diplomats", "satellite", "state", "security",
            "military", "medical", "hospital", "government", "opposition", "pro-opposition", "pro-government", "rescue");

    static String source(String claimant) {
        // a bare common noun ("office", "ministry") reads with its article
        if (!claimant.isEmpty() && claimant.indexOf(' ') < 0 && Character.isLowerCase(claimant.charAt(0))) {
            return claimant.endsWith("s") ? claimant : "the " + claimant;   // "citing residents", "citing the ministry"
        }
        int sp = claimant.indexOf(' ');
        String first = sp < 0 ? claimant : claimant.substring(0, sp);
        return LOWER_OPENERS.contains(first.toLowerCase(Locale.ROOT)) && !first.equals(first.toUpperCase(Locale.ROOT))
                ? first.toLowerCase(Locale.ROOT) + claimant.substring(first.length()) : claimant;
    }

    private static boolean person(ActorRef a) {
        return a != null && a.person() != null && !a.person().isBlank();
    }

    /** The sentence of an event for the events list and disputes: what happened, then how well it is sourced. */
    private String sentence(Visible v) {
        return phrases.sentence(v.event().coding()) + ". " + status(v) + ".";
    }

    /**
     * The takeaway sentence of an event, told together with the withdrawal {@code w} it mirrors (or null); null when the
     * event cannot be told without naming an actor nobody identified.
     */
    private String takeawaySentence(Visible v, Visible w) {
        EventCoding c = v.event().coding();
        if (c.initiator() != null && !ActorMatch.identified(c.initiator())) {
            // "monitoring group", "artillery": a bare sector names no side; told without one ("Strikes hit X")
            c = new EventCoding(c.type(), c.mode(), c.context(), c.cameo(), c.acledType(), c.acledSubType(), null,
                    c.recipient(), c.place(), c.time(), c.quantities(), c.trigger(), c.provenance());
        }
        if (w != null && c.recipient() == null && w.event().coding().initiator() != null) {
            c = new EventCoding(c.type(), c.mode(), c.context(), c.cameo(), c.acledType(), c.acledSubType(), c.initiator(),
                    w.event().coding().initiator(), c.place(), c.time(), c.quantities(), c.trigger(), c.provenance());
        }
        String what = phrases.takeaway(c);
        if (what == null) return null;
        String st = status(v);
        if (w != null) st += "; the withdrawal: " + Character.toLowerCase(status(w).charAt(0)) + status(w).substring(1);
        return what + ". " + st + ".";
    }

    /**
     * Entries into a place ("fighters entered X", kind contest) by the side that captured it on an overlapping day, by
     * capture event id: told within the capture's takeaway (cited with it), not as a takeaway of their own.
     */
    private Map<String, List<Visible>> entries(List<Visible> visible) {
        Map<String, List<Visible>> out = new java.util.TreeMap<>();
        for (Visible e : visible) {
            EventCoding ec = e.event().coding();
            if (ec.type() != PloverType.ASSAULT || !"contest".equals(rules.kind(ec)) || ec.initiator() == null
                    || ec.place() == null || ec.place().gazetteerId() == null || ec.time() == null || ec.time().start() == null) continue;
            for (Visible c : visible) {
                EventCoding cc = c.event().coding();
                if (cc.type() == PloverType.ASSAULT && "control-gain".equals(rules.kind(cc)) && cc.place() != null
                        && ec.place().gazetteerId().equals(cc.place().gazetteerId()) && cc.time() != null && cc.time().start() != null
                        && cc.time().overlaps(ec.time()) && ActorMatch.refines(ec.initiator(), cc.initiator())) {
                    out.computeIfAbsent(c.event().id(), k -> new ArrayList<>()).add(e);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Captures paired with the withdrawal they mirror, by capture event id: both visible, one change seen from both
     * sides by the merge rules ({@link SameHappening}: same place, close in time, different sides). Each withdrawal
     * goes to its best capture (ties: lowest id).
     */
    private Map<String, Visible> pairs(List<Visible> visible) {
        Map<String, Visible> out = new HashMap<>();
        for (Visible r : visible) {
            EventCoding rc = r.event().coding();
            if (rc.type() != PloverType.RETREAT || !"withdrawal".equals(rules.kind(rc))) continue;
            Visible best = null;
            double bestScore = 0;
            for (Visible c : visible) {
                EventCoding cc = c.event().coding();
                if (cc.type() != PloverType.ASSAULT || !"control-gain".equals(rules.kind(cc)) || out.containsKey(c.event().id())) continue;
                SameHappening.Match m = same.compare(rc, cc, false);
                if (m != null && (best == null || m.score() > bestScore
                        || m.score() == bestScore && c.event().id().compareTo(best.event().id()) < 0)) {
                    best = c;
                    bestScore = m.score();
                }
            }
            if (best != null) out.put(best.event().id(), r);
        }
        return out;
    }

    private static String status(Visible v) {
        Corroboration.Assessment a = v.a();
        String outlets = a.outlets() == 1 ? "one outlet" : a.outlets() + " independent outlets";
        return switch (a.status()) {
            case CORROBORATED -> "Corroborated by " + outlets + (a.certainty() == Certainty.UNVERIFIED ? "; not independently verified" : "");
            case DISPUTED -> "Disputed: " + deniers(v) + (a.outlets() == 0 ? "" : "; reported by " + outlets);
            case RETRACTED -> "Retracted by its source";
            case REPORTED -> {
                Claim c = v.supporting().get(0);
                String src = c.claimant() == null ? "" : ", citing " + source(c.claimant());
                yield "Reported by one outlet" + src + (a.certainty() == Certainty.UNVERIFIED ? "; not independently verified"
                        : a.certainty() == Certainty.ALLEGED ? "; an allegation" : "");
            }
        };
    }

    private static String deniers(Visible v) {
        Set<String> who = new LinkedHashSet<>();
        for (Claim c : v.contradicting()) who.add(c.claimant() != null ? source(c.claimant()) : outletOf(v, c));
        if (who.isEmpty()) return "contradicted";
        return "denied by " + String.join(", ", who);
    }

    private static String outletOf(Visible v, Claim c) {
        Report r = v.reports().get(c.reportId());
        return r == null ? "a report" : r.outlet();
    }

    /** Citations of an event: one claim per independent outlet (at most 4), then its denials (at most 2). */
    private static List<Integer> cite(Visible v, Citations cites) {
        List<Integer> out = new ArrayList<>();
        Set<String> outlets = new HashSet<>();
        for (Claim c : v.supporting()) {
            if (out.size() >= 4) break;
            if (outlets.add(outletOf(v, c))) out.add(cites.number(c, v.reports().get(c.reportId()), false));
        }
        int denials = 0;
        for (Claim c : v.contradicting()) {
            if (denials++ >= 2) break;
            out.add(cites.number(c, v.reports().get(c.reportId()), true));
        }
        return out.stream().distinct().toList();
    }

    /** Numbers claims as sources, first cited first. */
    private static final class Citations {
        private final Map<String, Sitrep.Citation> byClaim = new LinkedHashMap<>();

        int number(Claim c, Report r, boolean contradicts) {
            Sitrep.Citation x = byClaim.get(c.id());
            if (x != null) return x.number();
            int n = byClaim.size() + 1;
            byClaim.put(c.id(), new Sitrep.Citation(n, r == null ? "unknown" : r.outlet(), r == null ? "" : r.title(),
                    r == null ? null : r.url(), r == null || r.published() == null ? null : r.published().toString(),
                    c.reportId(), c.id(), c.evidence().text(), contradicts));
            return n;
        }

        List<Sitrep.Citation> list() {
            return List.copyOf(byClaim.values());
        }
    }
}
