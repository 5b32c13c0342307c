package org.sitrep.extract.events;

import org.sitrep.extract.syntax.Deps;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Token;

/**
 * Resolves a rule's role path ("nsubj", "n.nmod:with", "gov.iobj", "^subj", "speaker") to the tokens it points at.
 */
final class RolePaths {
    /** Verbs of naming or judging an event (not denying or confirming it: "Moscow denied the strike" is its own). */
    private static final java.util.Set<String> STANCE = java.util.Set.of("call", "describe", "term", "label", "brand",
            "condemn", "denounce", "criticise", "criticize", "welcome", "praise", "report", "blame", "discuss",
            "mention", "cite", "decry", "deplore", "hail", "applaud");

    private RolePaths() {}

    /**
     * @param speaker subject of the reporting verb the trigger is reported under, or null
     */
    static List<Token> tokens(String path, TriggerMatch m, Deps deps, Token speaker) {
        Token t = m.trigger();
        if (path.equals("speaker")) return speaker == null ? List.of() : List.of(speaker);
        if (path.equals("^subj")) return deps.children(t, "nsubj").isEmpty() ? deps.inheritedSubjects(t) : List.of();
        if (path.equals("^head")) { // the noun a passive participle describes: "government forces, backed by Russia"
            Token head = deps.parent(t);
            boolean participle = t.pos().equals("VBN") && (t.deprel().equals("amod") || t.deprel().equals("acl"));
            return participle && head != null && head.isNoun() ? List.of(head) : List.of();
        }
        if (path.startsWith("x.")) { // a dependent of the clausal complement: "vowed to crush the offensive"
            List<Token> out = new ArrayList<>();
            for (Token x : deps.children(t)) {
                if (x.deprel().equals("xcomp") || x.deprel().equals("ccomp") && deps.infinitive(x)) out.addAll(deps.children(x, path.substring(2)));
            }
            return out;
        }
        if (path.startsWith("c.")) { // a dependent of a finite complement clause: "demanded that Ruritania withdraw"
            List<Token> out = new ArrayList<>();
            for (Token x : deps.children(t, "ccomp")) if (!deps.infinitive(x)) out.addAll(deps.children(x, path.substring(2)));
            return out;
        }
        if (path.equals("frame")) return m.frameNoun() == null ? List.of() : List.of(m.frameNoun()); // "released 50 prisoners"
        if (path.equals("cond")) { // the party a condition names: "threatened to strike unless Israel withdrew"
            List<Token> out = new ArrayList<>();
            List<Token> heads = new ArrayList<>(List.of(t));
            heads.addAll(deps.children(t, "xcomp"));
            for (Token h : heads) {
                for (Token c : deps.children(h)) {
                    if (c.deprel().equals("advcl:if") || c.deprel().equals("advcl:unless")) out.addAll(deps.children(c, "nsubj"));
                }
            }
            return out;
        }
        if (path.startsWith("n.")) return m.frameNoun() == null ? List.of() : deps.children(m.frameNoun(), path.substring(2));
        if (path.startsWith("gov.")) {
            Token g = m.support();
            if (g == null) return List.of();
            String rel = path.substring(4);
            // "Peskov called the offensive a violation", "Ankara condemned the attack": who speaks of an event did not
            // carry it out, so the subject of a verb of saying or judging is never the event's actor
            if (g != t && rel.contains("subj") && STANCE.contains(g.lemma().toLowerCase(java.util.Locale.ROOT))) return List.of();
            if (g == t) { // copular predicate "X is an encroachment": its subject
                return rel.startsWith("nsubj") ? deps.children(t, "nsubj") : List.of();
            }
            if (rel.equals("^subj")) return deps.children(g, "nsubj").isEmpty() ? deps.inheritedSubjects(g) : List.of();
            List<Token> out = new ArrayList<>();
            for (Token c : deps.children(g, rel)) if (c.index() != t.index()) out.add(c);
            return out;
        }
        if (path.equals("nsubj") && m.rule().pos() == EventRule.Pos.VERB && deps.children(t, "nsubj").isEmpty()) {
            // frames such as "equipment will start arriving" name the inherited subject
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        for (Token c : deps.children(t, path)) if (m.frameNoun() == null || c.index() != m.frameNoun().index() || !path.equals("obj")) out.add(c);
        return out;
    }
}
