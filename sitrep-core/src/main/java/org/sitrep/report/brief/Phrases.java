package org.sitrep.report.brief;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.data.DataFiles;
import org.sitrep.fuse.MergeRules;
import org.sitrep.fuse.control.ActorNames;
import org.sitrep.fuse.control.ControlTimeline;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Quantity;

/**
 * Turns an event's coding into an English sentence with the templates of {@code sitrep/brief/phrases.tsv}. Every
 * word that carries information comes from the coding (actors, place, date, counts); the template supplies the verb.
 */
public final class Phrases {
    private record Template(String type, String kind, String text, String passive, String where) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)(?:\\|([^}]*))?}");
    private final List<Template> templates = new ArrayList<>();
    private final MergeRules rules;

    public Phrases(MergeRules rules) {
        this.rules = rules;
        for (DataFiles.Line l : DataFiles.lines("brief/phrases.tsv")) {
            if (l.isComment()) continue;
            String[] f = l.text().split("\t");
            String passive = f.length >= 4 && !f[3].isBlank() && !f[3].trim().equals("-") ? f[3].trim() : null;
            if (f.length >= 3) templates.add(new Template(f[0].trim(), f[1].trim(), f[2].trim(), passive, l.where()));
        }
    }

    /**
     * The sentence (without final period) describing a coding. When the acting side is unknown the template's
     * "without initiator" form is used if it can be filled, else the actor reads "Unidentified actors" (fit for a table
     * row, not for a takeaway: see {@link #takeaway}).
     */
    public String sentence(EventCoding c) {
        String s = takeaway(c);
        return s != null ? s : fill(c, template(c) == null ? DEFAULT : template(c).text());
    }

    /**
     * The sentence of a takeaway, or null when it cannot name who acted and no "without initiator" form can be filled
     * (such an event is left out of the takeaways rather than told with an invented or empty actor), or when its
     * template names a place the coding lacks.
     */
    public String takeaway(EventCoding c) {
        Template t = template(c);
        if (t != null && t.text().contains("{place}") && placeName(c) == null) return null;
        if (c.initiator() != null) return fill(c, t == null ? DEFAULT : t.text());
        if (t == null || t.passive() == null) return null;
        // "Syria came under attack in Syria": with nobody acting, a whole country is no place to report
        if (c.place() != null && c.place().precision() >= 4) return null;
        if (t.passive().contains("{b}") && (actor(c.recipient()) == null || recipientIsThePlacesCountry(c))) return null;
        if (t.passive().contains("{place}") && placeName(c) == null) return null;
        return fill(c, t.passive());
    }

    /** True when the sentence has to fall back on "another party" or the like: the coding names no counterpart. */
    public boolean lacksCounterpart(EventCoding c) {
        Template t = template(c);
        return c.recipient() == null && t != null && t.text().contains("{b|");
    }

    /**
     * True when the sentence says little more than its type: no counterpart and no place that the sentence shows (or
     * only a country), as in "Russia accused another party" or "Ukraine attacked targets".
     */
    public boolean saysLittle(EventCoding c) {
        if (!lacksCounterpart(c)) return false;
        Template t = template(c);
        boolean showsPlace = t.text().contains("{at}") || t.text().contains("{place}");
        return !showsPlace || placeName(c) == null || c.place().precision() >= 4;
    }

    private static final String DEFAULT = "{a}: {type} event{at}{on}";

    private Template template(EventCoding c) {
        String kind = rules.kind(c);
        for (Template x : templates) {
            boolean kindFits = x.kind().equals("*") || x.kind().equals(kind) || c.mode() != null && x.kind().equals("mode:" + c.mode());
            if ((x.type().equals("*") || x.type().equals(c.type().name())) && kindFits) {
                return x;
            }
        }
        return null;
    }

    /**
     * The place as the sentence names it: a relative place keeps its relation ("an area north of Hama", "Idlib
     * countryside"), so that a village north of a city is never told as the city.
     */
    private static String placeName(EventCoding c) {
        if (c.place() == null) return null;
        String name = c.place().name() != null ? c.place().name() : c.place().text();
        String label = ControlTimeline.label(name, c.place().relation());
        return label != null && ControlTimeline.relationFirst(c.place().relation()) ? "an area " + label : label;
    }

    private static String fill(EventCoding c, String text) {
        Matcher m = SLOT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(slot(c, m.group(1), m.group(2))));
        m.appendTail(b);
        String s = b.toString().strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * "Sergei Lavrov (Russia)", "Hayat Tahrir al-Sham", "Syrian rebels/opposition", or null. An actor named only by its
     * country reads with its sector ({@link ActorNames}: "Syrian army", "Russian forces"), so that a country's army and
     * its rebels read differently.
     */
    public static String actor(ActorRef a) {
        if (a == null) return null;
        String name = a.name() != null ? a.name() : a.text();
        if (a.person() != null && !a.person().equals(name)) return a.person() + " (" + name + ")";
        return ActorNames.shared().name(a);
    }

    /**
     * True when the recipient is only the country the place lies in ("attacked Syria in Sarmin"): the coder's guess from
     * the place, which the sentence already says.
     */
    private static boolean recipientIsThePlacesCountry(EventCoding c) {
        ActorRef r = c.recipient();
        if (r == null || r.sector() != null || r.person() != null || c.place() == null || c.place().precision() >= 4) return false;
        return r.country() != null && r.country().equals(org.sitrep.extract.places.Gazetteer.iso3(c.place().country()));
    }

    private static String slot(EventCoding c, String name, String fallback) {
        String place = placeName(c);
        if (name.equals("b") && recipientIsThePlacesCountry(c)) return fallback == null ? "" : fallback;
        return switch (name) {
            case "a" -> actor(c.initiator()) != null ? actor(c.initiator()) : "Unidentified actors";
            case "b" -> actor(c.recipient()) != null ? actor(c.recipient()) : fallback == null ? "" : fallback;
            case "place" -> place != null ? place : "an unnamed place";
            case "at" -> place != null ? " in " + place : "";
            case "on" -> c.time() == null || c.time().start() == null ? ""
                    : c.time().end() != null && !c.time().end().equals(c.time().start())
                    ? " between " + c.time().start().format(DAY) + " and " + c.time().end().format(DAY)
                    : " on " + c.time().start().format(DAY);
            case "from" -> actor(c.recipient()) != null && !recipientIsThePlacesCountry(c) ? " from " + actor(c.recipient()) : "";
            case "area" -> area(c);
            case "killed" -> killed(c);
            case "type" -> c.type().name().toLowerCase(Locale.ROOT);
            default -> "";
        };
    }

    private static String area(EventCoding c) {
        for (Quantity q : c.quantities()) {
            if (List.of("villages", "places", "towns", "area").contains(q.kind())) {
                return " (" + (q.text() != null && !q.text().isBlank() ? q.text() : num(q.value()) + " " + q.kind()) + ")";
            }
        }
        return "";
    }

    private static String killed(EventCoding c) {
        for (Quantity q : c.quantities()) {
            if (q.kind().equals("killed")) {
                String bound = switch (q.bound()) {
                    case AT_LEAST -> "at least ";
                    case MORE_THAN -> "more than ";
                    case ABOUT -> "about ";
                    case AT_MOST -> "at most ";
                    case LESS_THAN -> "fewer than ";
                    default -> "";
                };
                return ", with " + bound + num(q.value()) + " killed reported";
            }
        }
        return "";
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
