package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.data.DataFiles;
import org.sitrep.model.PloverType;

/**
 * The coder's rule set, read from {@code sitrep/events/rules.tsv} (bundled, then the user's override file, whose
 * rules come after the bundled ones; a user rule with the id of a bundled rule replaces it in place).
 */
public final class EventRules {
    static final List<String> VERB_INITIATOR = List.of("nsubj", "obl:by", "^subj");
    static final List<String> VERB_RECIPIENT = List.of("obj", "iobj", "obl:with", "obl:against", "obl:on", "obl:to",
            "nsubj:pass", "n.nmod:with", "n.nmod:against", "n.nmod:on", "n.nmod:to", "x.obj", "x.iobj", "x.obl:to",
            "x.obl:with", "x.obl:for", "x.obl:against", "x.obl:on");
    static final List<String> VERB_PLACE = List.of("obl:in", "obl:at", "obl:near", "obl:around", "obl:on", "obl:into",
            "obl:to", "obl:from", "obl:over", "n.nmod:in", "n.nmod:on", "n.nmod:near", "n.nmod:at", "obl:*");
    static final List<String> NOUN_INITIATOR = List.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:from",
            "nmod:of", "gov.nsubj", "gov.obl:by", "gov.^subj");
    static final List<String> NOUN_RECIPIENT = List.of("nmod:on", "nmod:against", "nmod:with", "nmod:to", "nmod:of",
            "nmod:for", "gov.iobj", "gov.obl:to", "gov.obl:with", "gov.obl:for");
    static final List<String> NOUN_PLACE = List.of("nmod:in", "nmod:on", "nmod:near", "nmod:at", "nmod:of",
            "nmod:over", "nmod:into", "nmod:from", "gov.obl:in", "gov.obl:on", "gov.obl:near", "gov.obl:at");

    private static volatile EventRules bundled;
    private final List<EventRule> rules;
    private final Set<String> supportLemmas;

    public EventRules(List<EventRule> rules) {
        List<EventRule> ordered = new ArrayList<>();
        for (EventRule r : rules) {
            int at = -1;
            for (int i = 0; i < ordered.size(); i++) if (ordered.get(i).id().equals(r.id())) at = i;
            if (at >= 0) ordered.set(at, r);
            else ordered.add(r);
        }
        this.rules = List.copyOf(ordered);
        Set<String> s = new HashSet<>();
        for (EventRule r : this.rules) if (r.pos() == EventRule.Pos.SUPPORT) s.addAll(r.lemmas());
        this.supportLemmas = Set.copyOf(s);
    }

    /** The bundled rules plus the user's override rules. */
    public static EventRules bundled() {
        EventRules r = bundled;
        if (r == null) bundled = r = parse(DataFiles.lines("events/rules.tsv"), Ontology.bundled());
        return r;
    }

    /** Parses rule lines, checking every type/mode against the ontology. */
    public static EventRules parse(List<DataFiles.Line> lines, Ontology ontology) {
        List<EventRule> out = new ArrayList<>();
        for (DataFiles.Line l : lines) {
            if (l.isComment()) continue;
            out.add(parseLine(l, ontology));
        }
        return new EventRules(out);
    }

    static EventRule parseLine(DataFiles.Line l, Ontology ontology) {
        String[] f = l.text().split("\t", -1);
        if (f.length < 11) throw new IllegalArgumentException(l.where() + ": expected 11 columns, got " + f.length);
        String id = f[0].strip();
        EventRule.Pos pos = EventRule.Pos.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
        Set<String> lemmas = new LinkedHashSet<>(Arrays.asList(f[2].strip().toLowerCase(Locale.ROOT).split("\\|")));
        List<EventRule.Frame> frame = new ArrayList<>();
        boolean needPlace = false;
        String fr = Ontology.dash(f[3]);
        if (fr != null) {
            for (String c : fr.split(";")) {
                c = c.strip();
                if (c.equals("need=place")) {
                    needPlace = true;
                    continue;
                }
                boolean neg = c.startsWith("!");
                if (neg) c = c.substring(1);
                int eq = c.indexOf('=');
                if (eq < 0) throw new IllegalArgumentException(l.where() + ": bad frame condition " + c);
                String v = c.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
                Set<String> ls = v.equals("*") ? Set.of() : new HashSet<>(Arrays.asList(v.split("\\|")));
                frame.add(new EventRule.Frame(c.substring(0, eq).strip(), ls, neg));
            }
        }
        PloverType type = null;
        String mode = null;
        if (pos != EventRule.Pos.SUPPORT) {
            type = PloverType.valueOf(f[4].strip());
            mode = Ontology.dash(f[5]);
            if (!ontology.has(type, mode)) {
                throw new IllegalArgumentException(l.where() + ": " + type + "/" + mode + " is not in the ontology");
            }
        }
        boolean noun = pos == EventRule.Pos.NOUN;
        return new EventRule(id, pos, lemmas, frame, needPlace, type, mode, Ontology.dash(f[6]),
                paths(f[7], noun ? NOUN_INITIATOR : VERB_INITIATOR),
                paths(f[8], noun ? NOUN_RECIPIENT : VERB_RECIPIENT),
                paths(f[9], noun ? NOUN_PLACE : VERB_PLACE), Ontology.list(f[10]), l.where());
    }

    private static List<String> paths(String col, List<String> defaults) {
        String t = Ontology.dash(col);
        if (t == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String p : t.split(",")) {
            p = p.strip();
            if (p.equals("*")) out.addAll(defaults);
            else if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    /** All rules in matching order (support verbs included). */
    public List<EventRule> rules() { return rules; }

    /** Lemmas of support (light) verbs. */
    public boolean isSupportVerb(String lemma) { return supportLemmas.contains(lemma); }

    /** Number of distinct trigger lemmas over the event rules. */
    public int triggerLemmaCount() {
        Set<String> s = new HashSet<>();
        for (EventRule r : rules) if (r.pos() != EventRule.Pos.SUPPORT) s.addAll(r.lemmas());
        return s.size();
    }
}
