package org.sitrep.report.brief;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.data.DataFiles;
import org.sitrep.fuse.MergeRules;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventCoding;
import org.sitrep.model.Quantity;

/**
 * Turns an event's coding into an English sentence with the templates of {@code sitrep/brief/phrases.tsv}. Every
 * word that carries information comes from the coding (actors, place, date, counts); the template supplies the verb.
 */
public final class Phrases {
    private record Template(String type, String kind, String text, String where) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)(?:\\|([^}]*))?}");
    private final List<Template> templates = new ArrayList<>();
    private final MergeRules rules;

    public Phrases(MergeRules rules) {
        this.rules = rules;
        for (DataFiles.Line l : DataFiles.lines("brief/phrases.tsv")) {
            if (l.isComment()) continue;
            String[] f = l.text().split("\t");
            if (f.length >= 3) templates.add(new Template(f[0].trim(), f[1].trim(), f[2].trim(), l.where()));
        }
    }

    /** The sentence (without final period) describing a coding. */
    public String sentence(EventCoding c) {
        String kind = rules.kind(c);
        Template t = null;
        for (Template x : templates) {
            if ((x.type().equals("*") || x.type().equals(c.type().name())) && (x.kind().equals("*") || x.kind().equals(kind))) {
                t = x;
                break;
            }
        }
        String text = t == null ? "{a}: {type} event{at}{on}" : t.text();
        Matcher m = SLOT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(slot(c, m.group(1), m.group(2))));
        m.appendTail(b);
        String s = b.toString().strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * "Sergei Lavrov (Russia)", "Syrian opposition", "Syria (rebels)", or null. A sector is added when the name is only
     * a country's, so that a country's army and its rebels read differently.
     */
    public static String actor(ActorRef a) {
        if (a == null) return null;
        String name = a.name() != null ? a.name() : a.text();
        if (a.person() != null && !a.person().equals(name)) return a.person() + " (" + name + ")";
        String sector = a.sector() == null ? null : switch (a.sector()) {
            case "REB" -> "rebels";
            case "MIL" -> "military";
            case "GOV" -> "government";
            case "OPP" -> "opposition";
            case "CVL" -> "civilians";
            case "MED" -> "media";
            case "IGO", "NGO" -> null;
            default -> a.sector().toLowerCase(Locale.ROOT);
        };
        boolean countryOnly = a.country() != null && name != null && !name.contains(" ");
        return sector != null && countryOnly ? name + " (" + sector + ")" : name;
    }

    private static String slot(EventCoding c, String name, String fallback) {
        String place = c.place() == null ? null : c.place().name() != null ? c.place().name() : c.place().text();
        return switch (name) {
            case "a" -> actor(c.initiator()) != null ? actor(c.initiator()) : "Unidentified actors";
            case "b" -> actor(c.recipient()) != null ? actor(c.recipient()) : fallback == null ? "" : fallback;
            case "place" -> place != null ? place : "an unnamed place";
            case "at" -> place != null ? " in " + place : "";
            case "on" -> c.time() == null || c.time().start() == null ? ""
                    : c.time().end() != null && !c.time().end().equals(c.time().start())
                    ? " between " + c.time().start().format(DAY) + " and " + c.time().end().format(DAY)
                    : " on " + c.time().start().format(DAY);
            case "from" -> actor(c.recipient()) != null ? " from " + actor(c.recipient()) : "";
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
