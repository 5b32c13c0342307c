package org.sitrep.extract.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor and agent dictionaries into an {@link ActorDictionary}.
 *
 * <p>Actor files: a headword line {@code NAME_WITH_UNDERSCORES [CODE]} (the code block may also follow on
 * indented lines starting with '['), '+' synonym lines, date-restricted codes {@code [CODE >YYYYMMDD]} (from),
 * {@code [CODE <YYYYMMDD]} (until), {@code [CODE YYYYMMDD-YYYYMMDD]} (6-digit YYMMDD dates are read with years
 * 1930-2029), '{A}{B}' name variants, and '#' or {@code <!-- -->} comments. A CAMEO code is split into a country
 * (the first three letters when they are a known ISO-3 code, else none) and a sector (the next three letters, or
 * the first three for IGO/NGO/IMG/MNC codes). A headword with dated codes becomes one PERSON entry per code line;
 * one with a sector becomes a GROUP; one with a country only becomes an ALIAS of that country.
 *
 * <p>Agent files: {@code NOUN [~GOV]} or {@code NOUN {PLURAL} [~GOV]} ({@code [GOV~]} too), with substitution sets
 * {@code !PERSON! = MAN, MEN, ...} expanded; CAMEO COP becomes our POL. Stems (words without a trailing '_') are
 * imported as whole words.
 *
 * <p>Lenient: a malformed line is counted and reported in the {@link ImportReport}, never fatal.
 */
public final class PetrarchImporter {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]");
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "UNO");
    private static final int MAX_PROBLEMS = 50;

    private final Set<String> countries;
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int headwords;
    private int synonyms;
    private int agentLines;
    private int skipped;

    /** @param countryCodes ISO-3 codes recognised as the country part of a CAMEO code */
    public PetrarchImporter(Set<String> countryCodes) {
        this.countries = Set.copyOf(countryCodes);
    }

    /** A dictionary and the report of the import that made it. */
    public record Imported(ActorDictionary dictionary, ImportReport report) {}

    /** Imports with the bundled country list; either path may be null. */
    public static ActorDictionary read(Path actors, Path agents) {
        return readWithReport(actors, agents).dictionary();
    }

    /** Imports with the bundled country list; either path may be null. */
    public static Imported readWithReport(Path actors, Path agents) {
        PetrarchImporter im = new PetrarchImporter(ActorDictionary.bundled().countryCodes());
        if (actors != null) im.readActors(actors);
        if (agents != null) im.readAgents(agents);
        return im.result();
    }

    public Imported result() {
        return new Imported(ActorDictionary.of(entries),
                new ImportReport(headwords, synonyms, agentLines, entries.size(), skipped, problems));
    }

    // ---- actors ---------------------------------------------------------------------------------------------

    private final class Headword {
        final String name;
        final String where;
        final List<String> names = new ArrayList<>();
        final List<String[]> codes = new ArrayList<>(); // {code, dates, where}
        boolean reported;

        Headword(String name, String where) {
            this.name = name;
            this.where = where;
        }
    }

    public void readActors(Path file) {
        List<String> lines = lines(file);
        Headword cur = null;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1);
            String raw = lines.get(i);
            if (inComment) {
                if (raw.contains("-->")) inComment = false;
                continue;
            }
            String t = raw.strip();
            if (t.startsWith("<!")) {
                if (!t.contains("-->") && !t.endsWith(">")) inComment = true;
                continue;
            }
            t = stripComment(t);
            if (t.isEmpty()) continue;
            if (t.startsWith("+")) {
                String syn = t.substring(1).strip();
                int b = syn.indexOf('[');
                if (b >= 0) syn = syn.substring(0, b).strip();
                if (cur == null || syn.isEmpty()) {
                    problem(where, "synonym without a headword");
                } else {
                    cur.names.addAll(variants(syn));
                    synonyms++;
                }
                continue;
            }
            if (t.startsWith("[")) {
                if (cur == null) problem(where, "code block without a headword");
                else if (!addCodes(cur, t, where)) {
                    problem(where, "unreadable code block");
                    cur.reported = true;
                }
                continue;
            }
            finish(cur);
            int b = t.indexOf('[');
            String name = (b < 0 ? t : t.substring(0, b)).strip();
            if (name.isEmpty()) {
                problem(where, "no name");
                cur = null;
                continue;
            }
            cur = new Headword(name, where);
            cur.names.addAll(variants(name));
            if (b >= 0 && !addCodes(cur, t.substring(b), where)) {
                problem(where, "unreadable code block");
                cur.reported = true;
            }
        }
        finish(cur);
    }

    private boolean addCodes(Headword h, String text, String where) {
        Matcher m = CODE.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            String body = m.group(1).strip();
            String[] parts = body.split("\\s+", 2);
            String dates = parts.length > 1 ? parts[1] : "";
            for (String code : parts[0].split("/")) h.codes.add(new String[] {code.toUpperCase(Locale.ROOT), dates, where});
        }
        if (!any && text.contains("[")) return false;
        return any;
    }

    private void finish(Headword h) {
        if (h == null) return;
        if (h.codes.isEmpty()) {
            if (!h.reported) problem(h.where, "no code for " + h.name);
            return;
        }
        int before = entries.size();
        boolean anyDated = h.codes.stream().anyMatch(c -> !c[1].isBlank());
        String display = display(h.names.get(0));
        String baseId = "petr:" + PhraseKeys.phraseKey(display).replace(' ', '_');
        int n = 0;
        for (String[] c : h.codes) {
            if (!c[0].matches("[A-Z0-9]{3,}")) {
                problem(c[2], "null or unusable code [" + c[0] + "] for " + h.name);
                continue;
            }
            LocalDate[] range;
            try {
                range = dateRange(c[1]);
            } catch (IllegalArgumentException e) {
                problem(c[2], e.getMessage());
                continue;
            }
            String prefix = c[0].substring(0, 3);
            String country = countries.contains(prefix) ? prefix : null;
            String rest = country != null ? c[0].substring(3) : c[0];
            String sector = null;
            if (country != null && rest.length() >= 3) sector = rest.substring(0, 3);
            else if (country == null && INTERNATIONAL.contains(prefix)) sector = prefix;
            ActorEntry.Kind kind = anyDated ? ActorEntry.Kind.PERSON
                    : sector != null ? ActorEntry.Kind.GROUP : ActorEntry.Kind.ALIAS;
            List<String> phrases = new ArrayList<>();
            for (String v : h.names) phrases.add(display(v));
            String id = n++ == 0 ? baseId : baseId + "#" + n;
            entries.add(new ActorEntry(kind, id, display, phrases, country, "COP".equals(sector) ? "POL" : sector,
                    "CAMEO " + c[0], range[0], range[1], c[2]));
        }
        if (entries.size() > before) headwords++;
    }

    /** "", ">20000717", "<950601", "20080120-20121109", "19950601 - 19990815" -> {from, to}. */
    static LocalDate[] dateRange(String s) {
        String t = s.replace(" ", "");
        if (t.isEmpty()) return new LocalDate[2];
        if (t.startsWith(">")) return new LocalDate[] {date(t.substring(1)), null};
        if (t.startsWith("<")) return new LocalDate[] {null, date(t.substring(1))};
        int dash = t.indexOf('-');
        if (dash > 0) return new LocalDate[] {date(t.substring(0, dash)), date(t.substring(dash + 1))};
        throw new IllegalArgumentException("bad date restriction '" + s + "'");
    }

    private static LocalDate date(String d) {
        if (!d.matches("\\d{6}|\\d{8}")) throw new IllegalArgumentException("bad date '" + d + "'");
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            d = (yy < 30 ? "20" : "19") + d;
        }
        int y = Integer.parseInt(d.substring(0, 4));
        int m = Math.max(1, Math.min(12, Integer.parseInt(d.substring(4, 6))));
        int day = Integer.parseInt(d.substring(6, 8));
        LocalDate first = LocalDate.of(y, m, 1);
        return first.withDayOfMonth(Math.max(1, Math.min(day, first.lengthOfMonth())));
    }

    // ---- agents ---------------------------------------------------------------------------------------------

    private static final Pattern SUBST = Pattern.compile("^(![A-Za-z]+!)\\s*=\\s*(.*)$");
    private static final Pattern AGENT = Pattern.compile("^([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");

    public void readAgents(Path file) {
        List<String> lines = lines(file);
        Map<String, List<String>> subst = new LinkedHashMap<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1);
            String t = lines.get(i).strip();
            if (inComment) {
                if (t.contains("-->")) inComment = false;
                continue;
            }
            if (t.startsWith("<!")) {
                if (!t.contains("-->") && !t.endsWith(">")) inComment = true;
                continue;
            }
            t = stripComment(t);
            if (t.isEmpty()) continue;
            Matcher sm = SUBST.matcher(t);
            if (sm.matches()) {
                List<String> alts = new ArrayList<>();
                for (String a : sm.group(2).split(",")) if (!a.isBlank()) alts.add(a.strip());
                subst.put(sm.group(1), alts);
                continue;
            }
            Matcher m = AGENT.matcher(t);
            if (!m.find()) {
                problem(where, "not an agent line");
                continue;
            }
            String code = m.group(3).replace("~", "").strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}[A-Z0-9]*")) {
                problem(where, "unusable agent code [" + m.group(3) + "]");
                continue;
            }
            String sector = code.substring(0, 3);
            if (sector.equals("COP")) sector = "POL";
            List<String> forms = new ArrayList<>(List.of(m.group(1)));
            String plural = m.group(2) == null ? "" : m.group(2).substring(1, m.group(2).length() - 1).strip();
            if (!plural.isEmpty()) forms.add(plural);
            for (Map.Entry<String, List<String>> s : subst.entrySet()) {
                List<String> next = new ArrayList<>();
                for (String f : forms) {
                    if (f.contains(s.getKey())) for (String alt : s.getValue()) next.add(f.replace(s.getKey(), alt));
                    else next.add(f);
                }
                forms = next;
            }
            agentLines++;
            for (String f : forms) {
                String phrase = f.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
                if (phrase.isEmpty() || phrase.contains("!")) continue;
                entries.add(new ActorEntry(ActorEntry.Kind.AGENT, phrase, phrase, List.of(phrase), null, sector,
                        "CAMEO " + code, null, null, where));
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** '{A}{B}' name variants, or the name itself. */
    private static List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]*)\\}").matcher(name);
        while (m.find()) if (!m.group(1).isBlank()) out.add(m.group(1).strip());
        if (out.isEmpty()) out.add(name.strip());
        return out;
    }

    /** "BASHAR_AL-ASSAD_" -> "Bashar al-Assad"; a single short word stays in capitals ("UN", "PLO"). */
    static String display(String tabari) {
        String s = tabari.replace('_', ' ').replaceAll("\\s+", " ").strip();
        String[] words = s.split(" ");
        if (words.length == 1 && words[0].replace(".", "").length() <= 3) return s.toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) b.append(' ');
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.startsWith("al-") && lw.length() > 3) {
                b.append("al-").append(Character.toUpperCase(lw.charAt(3))).append(lw.substring(4));
            } else if (!lw.isEmpty()) {
                b.append(Character.toUpperCase(lw.charAt(0))).append(lw.substring(1));
            }
        }
        return b.toString();
    }

    private static String stripComment(String t) {
        int h = t.indexOf('#');
        return (h >= 0 ? t.substring(0, h) : t).strip();
    }

    private void problem(String where, String why) {
        skipped++;
        if (problems.size() < MAX_PROBLEMS) problems.add(where + ": " + why);
    }

    private static List<String> lines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) text = new String(bytes, StandardCharsets.ISO_8859_1);
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
