package org.sitrep.extract.events;

import org.sitrep.extract.syntax.Deps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds which rules fire in a sentence: verb rules first, then nominal rules for nouns that are not already part of
 * a verbal event (a light verb's object, or the argument of an event verb such as "condemned the attack").
 * For each token the first rule in file order whose frame matches wins; rules that need a place are re-checked by
 * the coder, which then tries the next candidate.
 */
final class TriggerFinder {
    private final EventRules rules;

    TriggerFinder(EventRules rules) { this.rules = rules; }

    /** Candidate matches per trigger token, in rule order. */
    List<List<TriggerMatch>> find(Deps deps, Sentence s) {
        Doc doc = deps.doc();
        List<List<TriggerMatch>> out = new ArrayList<>();
        Set<Integer> verbTriggers = new HashSet<>();
        Set<Integer> consumed = new HashSet<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = doc.token(i);
            if (!t.isVerb()) continue;
            List<TriggerMatch> c = candidates(deps, t, EventRule.Pos.VERB, null);
            if (!c.isEmpty()) {
                out.add(c);
                verbTriggers.add(i);
                for (TriggerMatch m : c) if (m.frameNoun() != null) consumed.add(m.frameNoun().index());
            }
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = doc.token(i);
            if (!t.isNoun() || t.isProperNoun() || consumed.contains(i)) continue; // "March" is a month, not a march
            Token gov = deps.governor(t);
            if (gov != null && gov != t && !t.deprel().equals("nsubj") && verbTriggers.contains(gov.index())
                    && !rules.isSupportVerb(Deps.lemma(gov))) {
                continue; // "condemned the attack": the attack is what is condemned, not a separate event
            }
            // "youths threw stones during demonstrations", "crowds gathered for a rally": the subject takes part
            boolean partOf = t.deprel().equals("obl:during") || t.deprel().equals("obl:for");
            if (gov != null && gov != t && t.deprel().startsWith("obl") && !partOf && !rules.isSupportVerb(Deps.lemma(gov))) {
                gov = null; // "observers attribute the absence in the battle to ...": the observers did not fight
            }
            List<TriggerMatch> c = candidates(deps, t, EventRule.Pos.NOUN, gov);
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    private List<TriggerMatch> candidates(Deps deps, Token t, EventRule.Pos pos, Token gov) {
        List<TriggerMatch> out = new ArrayList<>();
        for (EventRule r : rules.rules()) {
            if (r.pos() != pos || !(r.lemmas().contains("*") || Deps.lemmaIn(t, r.lemmas()))) continue;
            Token[] frameNoun = new Token[1];
            if (frameMatches(deps, r, t, gov, frameNoun)) out.add(new TriggerMatch(r, t, frameNoun[0], gov));
        }
        return out;
    }

    private boolean frameMatches(Deps deps, EventRule r, Token t, Token gov, Token[] frameNoun) {
        for (EventRule.Frame f : r.frame()) {
            List<Token> found = new ArrayList<>();
            if (f.rel().equals("gov.lemma")) {
                Token g = gov;
                if (g == t) { // copular predicate: test the copula
                    for (Token c : deps.children(t, "cop")) found.add(c);
                } else if (g != null) {
                    found.add(g);
                }
            } else if (f.rel().equals("head")) {
                if (deps.parent(t) != null) found.add(deps.parent(t));
            } else if (f.rel().equals("subtree")) {
                for (Token c : deps.doc().subtree(t)) if (c.index() != t.index()) found.add(c);
            } else if (f.rel().indexOf('.') > 0) { // "obj.dep": a relation on the trigger's dependent
                String[] two = f.rel().split("\\.", 2);
                for (Token d : deps.children(t, two[0])) found.addAll(deps.children(d, two[1]));
            } else if (f.rel().equals("nsubj")) {
                found.addAll(deps.subjects(t));
            } else if (f.rel().equals("obj2")) { // a second object: "called the offensive a violation"
                List<Token> objs = deps.children(t, "obj");
                if (objs.size() > 1) found.add(objs.get(1));
            } else {
                for (Token c : deps.children(t, f.rel())) {
                    // "called on 30 November" is a date, not "called on X": a time never fills an oblique frame slot
                    if (!(f.rel().startsWith("obl") && isTime(c))) found.add(c);
                }
            }
            Token hit = null;
            for (Token c : found) {
                if (f.anyLemma() || Deps.lemmaIn(c, f.lemmas()) || compoundLemmaIn(deps, c, f)) {
                    hit = c;
                    break;
                }
            }
            if (f.negated() == (hit != null)) return false;
            if (hit != null && frameNoun[0] == null && hit.isNoun()
                    && (f.rel().equals("obj") || f.rel().startsWith("obl") || f.rel().equals("nsubj:pass"))) {
                frameNoun[0] = hit;
            }
        }
        return true;
    }

    private static boolean isTime(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || "DURATION".equals(t.ner());
    }

    /** "S-300 systems" matches s-300 through the compound. */
    private static boolean compoundLemmaIn(Deps deps, Token c, EventRule.Frame f) {
        for (Token m : deps.children(c, "compound")) if (Deps.lemmaIn(m, f.lemmas())) return true;
        return false;
    }
}
