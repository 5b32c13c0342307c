package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.events.EventRule;
import org.sitrep.extract.events.EventRules;
import org.sitrep.extract.events.Ontology;
import org.sitrep.model.PloverType;

/**
 * Reads a PETRARCH/TABARI verb dictionary ({@code --- VERB [code] ---} blocks with member verbs and
 * {@code - * WORDS [code]} patterns) into coder rules, so the coder can be scored against the PETRARCH validation
 * suite with the suite's own lexicon. A simplification: a pattern becomes a rule that needs the pattern's last word
 * somewhere under the verb; patterns with words before the verb, and codes that are not numeric, are skipped.
 * The PLOVER type of a rule comes from the CAMEO root of its code (CONSULT, nominally, when the code has none); only
 * the CAMEO code is scored.
 */
public final class PetrarchVerbs {
    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s*---");
    private static final Pattern CODED = Pattern.compile("^-\\s+(.*?)\\s*\\[([^\\]]*)\\]");

    private PetrarchVerbs() {}

    public static EventRules read(Path file, Ontology ontology) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, Set<String>> synsets = synsets(lines);
        List<EventRule> out = new ArrayList<>();
        String code = null;
        Set<String> verbs = new LinkedHashSet<>();
        Set<String> particles = new LinkedHashSet<>();
        List<EventRule> patterns = new ArrayList<>();
        int n = 0, blockLine = 0;
        for (String raw : lines) {
            n++;
            String line = raw.replaceAll("#.*", "").strip();
            Matcher h = HEADER.matcher(line);
            if (h.find()) {
                flush(out, patterns, verbs, code, file, blockLine, ontology);
                code = primary(h.group(2));
                verbs = new LinkedHashSet<>();
                particles = new LinkedHashSet<>();
                patterns = new ArrayList<>();
                blockLine = n;
                continue;
            }
            if (code == null && verbs.isEmpty() && blockLine == 0) continue;
            if (line.isEmpty() || line.startsWith("<!--") || line.startsWith("&")) continue;
            Matcher c = CODED.matcher(line);
            if (c.find()) {
                String pc = primary(c.group(2));
                String pat = c.group(1);
                int star = pat.indexOf('*');
                if (pc == null || star < 0) continue;
                String before = pat.substring(0, star).replaceAll("[+$%^]", "").replace('_', ' ').strip();
                if (!before.isEmpty()) continue;
                List<EventRule.Frame> frame = new ArrayList<>();
                for (String w : pat.substring(star + 1).split("[\\s_]+")) {
                    w = w.replaceAll("[+$%^]", "").strip();
                    if (w.startsWith("&") && synsets.containsKey(w.toUpperCase(Locale.ROOT))) {
                        frame.add(new EventRule.Frame("subtree", synsets.get(w.toUpperCase(Locale.ROOT)), false));
                    } else if (!w.isEmpty() && w.matches("[A-Za-z-]+")) {
                        frame.add(new EventRule.Frame("subtree", Set.of(w.toLowerCase(Locale.ROOT)), false));
                    }
                }
                if (frame.isEmpty()) continue;
                patterns.add(rule("petrarch." + n, Set.of(), frame, pc, file + ":" + n, ontology));
                continue;
            }
            if (line.startsWith("-")) continue;
            String v = line.replaceAll("\\{.*?\\}", "").replace("+", "").strip();
            if (v.isEmpty()) continue;
            String[] parts = v.toLowerCase(Locale.ROOT).split("_");
            verbs.add(parts[0].split("\\s+")[0]);
        }
        flush(out, patterns, verbs, code, file, blockLine, ontology);
        return new EventRules(out);
    }

    private static void flush(List<EventRule> out, List<EventRule> patterns, Set<String> verbs, String code, Path file, int line,
                              Ontology ontology) {
        if (verbs.isEmpty()) return;
        patterns.sort((a, b) -> b.frame().size() - a.frame().size()); // the most specific pattern first
        for (EventRule p : patterns) {
            out.add(new EventRule(p.id(), p.pos(), verbs, p.frame(), false, p.type(), null, p.cameo(), p.initiator(),
                    p.recipient(), p.place(), List.of(), p.where()));
        }
        if (code != null) out.add(rule("petrarch." + line, verbs, List.of(), code, file + ":" + line, ontology));
    }

    private static EventRule rule(String id, Set<String> verbs, List<EventRule.Frame> frame, String code, String where, Ontology ontology) {
        PloverType t = ontology.typeForCameo(code);
        return new EventRule(id, EventRule.Pos.VERB, verbs, frame, false, t == null ? PloverType.CONSULT : t, null, code,
                List.of("nsubj", "obl:by", "^subj"),
                List.of("obj", "iobj", "obl:with", "obl:against", "obl:on", "obl:to", "obl:for", "obl:in", "nsubj:pass",
                        "obl:*", "ccomp", "xcomp", "advcl:*"),
                List.of(), List.of(), where);
    }

    /** Synsets: "&NAME" followed by "+MEMBER" lines; a member's last word stands for it. */
    private static java.util.Map<String, Set<String>> synsets(List<String> lines) {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        Set<String> cur = null;
        for (String raw : lines) {
            String l = raw.replaceAll("#.*", "").strip();
            if (l.startsWith("&")) {
                cur = new LinkedHashSet<>();
                out.put(l.split("\\s+")[0].toUpperCase(Locale.ROOT), cur);
            } else if (cur != null && l.startsWith("+")) {
                String[] ws = l.substring(1).strip().split("[\\s_]+");
                String w = ws[ws.length - 1].toLowerCase(Locale.ROOT);
                if (!w.startsWith("&")) cur.add(w);
            } else if (!l.isEmpty()) {
                cur = null;
            }
        }
        return out;
    }

    /** "032:033" -> "032"; non-numeric codes ("---", "174K") -> null. */
    private static String primary(String code) {
        String c = code.strip();
        int colon = c.indexOf(':');
        if (colon >= 0) c = c.substring(0, colon);
        return c.matches("\\d{2,4}") ? c : null;
    }
}
