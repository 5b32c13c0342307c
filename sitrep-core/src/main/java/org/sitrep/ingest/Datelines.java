package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates that news text and metadata carry into UTC instants.
 *
 * <p>Understood forms (month names in full or abbreviated, with or without a dot; an optional weekday before;
 * an optional time after, separated by space, comma, "-", "–", "—", "|", "·" or "at"; the time may be
 * {@code 14:20}, {@code 14:20:05}, {@code 2:20 pm}, followed by a zone such as GMT, UTC, Z, MSK, EET or an offset
 * {@code +03:00}):
 * <ul>
 *   <li>{@code Dec 1, 2024 - 02:00}, {@code December 1, 2024}, {@code Nov. 30, 2024 14:20 GMT}</li>
 *   <li>{@code 1 December 2024}, {@code Sunday, 1 Dec 2024 15:20}</li>
 *   <li>{@code 2024-12-01}, {@code 2024/12/01 14:20}, ISO-8601 {@code 2024-12-01T17:45:00Z} or with an offset</li>
 *   <li>RFC 1123 {@code Sun, 01 Dec 2024 15:20:00 GMT} (feeds, HTTP)</li>
 * </ul>
 * A date without a time is the start of that day; a time without a zone is taken as UTC (datelines rarely name
 * their zone; the local time of the outlet is unknown).
 */
public final class Datelines {
    private Datelines() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Zone abbreviations seen in datelines, as fixed offsets (summer/winter forms named separately). */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("Z", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("AST", ZoneOffset.ofHours(3)), Map.entry("TRT", ZoneOffset.ofHours(3)),
            Map.entry("IRST", ZoneOffset.ofHoursMinutes(3, 30)), Map.entry("GST", ZoneOffset.ofHours(4)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String TIME = "(?:(?:\\s*[,|·\\-–—]\\s*|\\s+at\\s+|\\s+|T)"
            + "(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
            + "(?:\\s*([ap])\\.?m\\.?)?"
            + "(?:\\s*(Z|UTC|GMT|BST|CET|CEST|EET|EEST|MSK|AST|TRT|IRST|GST|IST|EST|EDT|CST|CDT|PST|PDT"
            + "|[+-]\\d{2}:?\\d{2})(?!\\w))?)?";

    /** "Dec 1, 2024", "December 1st 2024". Groups: month, day, year. */
    private static final Pattern MDY = Pattern.compile(
            "(?i)\\b" + WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)" + TIME);
    /** "1 December 2024", "01 Dec 2024". Groups: day, month, year. */
    private static final Pattern DMY = Pattern.compile(
            "(?i)\\b" + WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "(?!\\d)" + TIME);
    /** "2024-12-01", "2024/12/01". Groups: year, month, day. */
    private static final Pattern YMD = Pattern.compile(
            "(?i)(?<![\\d/])" + YEAR + "([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])" + TIME);

    /** A date found inside a longer text: the instant and where it was. */
    public record Found(Instant instant, int start, int end) {}

    /** Parses a whole value such as a meta tag, feed or JSON date; empty if it is not a date. */
    public static Optional<Instant> parse(String value) {
        if (value == null) return Optional.empty();
        String s = value.strip();
        if (s.isEmpty()) return Optional.empty();
        Optional<Instant> iso = parseIso(s);
        if (iso.isPresent()) return iso;
        Optional<Found> f = find(s);
        if (f.isEmpty()) return Optional.empty();
        String rest = (s.substring(0, f.get().start()) + s.substring(f.get().end())).strip();
        return rest.replaceAll("[\\p{Punct}\\s]", "").length() <= 3 ? Optional.of(f.get().instant()) : Optional.empty();
    }

    /** The first date expression anywhere in {@code text}, if any. */
    public static Optional<Found> find(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        String s = text.replace('\u00A0', ' ');
        Found best = null;
        for (int kind = 0; kind < 3; kind++) {
            Matcher m = (kind == 0 ? MDY : kind == 1 ? DMY : YMD).matcher(s);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) break;
                Optional<Instant> t = toInstant(kind, m);
                if (t.isPresent()) {
                    best = new Found(t.get(), m.start(), m.end());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date of a dateline: a short line that is mostly a date, optionally with a place, an outlet or a word such
     * as "Updated" around it ("Dec 1, 2024 - 02:00", "KYIV, 1 December 2024", "Published: 2024-12-01").
     */
    public static Optional<Instant> dateline(String line) {
        if (line == null) return Optional.empty();
        String s = line.replace('\u00A0', ' ').strip();
        if (s.isEmpty() || s.length() > 90) return Optional.empty();
        Optional<Found> f = find(s);
        if (f.isEmpty()) return Optional.empty();
        String rest = s.substring(0, f.get().start()) + " " + s.substring(f.get().end());
        long words = rest.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+").length;
        if (rest.isBlank()) words = 0;
        return words <= 4 ? Optional.of(f.get().instant()) : Optional.empty();
    }

    private static Optional<Instant> parseIso(String s) {
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) { /* next form */ }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) { /* next form */ }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) { /* next form */ }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) { /* next form */ }
        String compactOffset = s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        if (!compactOffset.equals(s)) {
            try {
                return Optional.of(OffsetDateTime.parse(compactOffset).toInstant());
            } catch (DateTimeParseException ignored) { /* not ISO */ }
        }
        return Optional.empty();
    }

    private static Optional<Instant> toInstant(int kind, Matcher m) {
        try {
            int year;
            int month;
            int day;
            if (kind == 0) {
                month = month(m.group(1));
                day = Integer.parseInt(m.group(2));
                year = Integer.parseInt(m.group(3));
            } else if (kind == 1) {
                day = Integer.parseInt(m.group(1));
                month = month(m.group(2));
                year = Integer.parseInt(m.group(3));
            } else {
                year = Integer.parseInt(m.group(1));
                month = Integer.parseInt(m.group(3));
                day = Integer.parseInt(m.group(4));
            }
            int t = kind == 2 ? 5 : 4;
            LocalDate date = LocalDate.of(year, month, day);
            LocalTime time = LocalTime.MIDNIGHT;
            ZoneOffset zone = ZoneOffset.UTC;
            if (m.group(t) != null) {
                int h = Integer.parseInt(m.group(t));
                int min = Integer.parseInt(m.group(t + 1));
                int sec = m.group(t + 2) == null ? 0 : Integer.parseInt(m.group(t + 2));
                String ampm = m.group(t + 3);
                if (ampm != null) {
                    if (h < 1 || h > 12) return Optional.empty();
                    h = h % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
                }
                time = LocalTime.of(h, min, sec);
                zone = zone(m.group(t + 4));
            }
            return Optional.of(date.atTime(time).toInstant(zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = k.length() < 3 ? null : MONTHS.get(k.substring(0, 3));
        if (m == null) throw new DateTimeException("month " + name);
        return m;
    }

    private static ZoneOffset zone(String z) {
        if (z == null) return ZoneOffset.UTC;
        if (z.startsWith("+") || z.startsWith("-")) return ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
        return ZONES.getOrDefault(z.toUpperCase(Locale.ROOT), ZoneOffset.UTC);
    }
}
