package org.sitrep.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Token;

/**
 * Dependency-tree navigation the coder and the claim attributor share: relation matching with wildcards,
 * subjects inherited through control and coordination, the verb governing a nominal trigger.
 */
public final class Deps {
    /** Relations that start a new clause or list item; phrase searches do not cross them. */
    /**
     * Nouns that only measure or package the event noun they hold ("a mediation effort", "ten days of exercises",
     * "a wave of arrests"): a nominal trigger inside one is governed by the verb that governs the container.
     */
    static final Set<String> CONTAINER_NOUNS = Set.of("effort", "mission", "bid", "campaign", "drive", "series",
            "wave", "round", "spate", "string", "day", "week", "month", "hour", "night", "year", "program", "programme");
    private static final Set<String> CONTAINER_ARG_RELS = Set.of("obj", "iobj", "nsubj", "nsubj:pass", "xcomp", "obl:tmod", "obl:npmod");

    public static final Set<String> CLAUSE_RELS = Set.of("conj", "cc", "punct", "ccomp", "parataxis", "advcl", "acl",
            "acl:relcl", "csubj", "dep", "discourse", "list", "vocative", "reparandum", "mark");

    private final Doc doc;

    public Deps(Doc doc) { this.doc = doc; }

    public Doc doc() { return doc; }

    /** Lower-case lemma of a token. */
    public static String lemma(Token t) { return t.lemma().toLowerCase(Locale.ROOT); }

    /** True if a relation matches a rule's relation name: exact, or "obl:*" for any obl; "prt" is compound:prt. */
    public static boolean relMatches(String spec, String deprel) {
        if (spec.equals("prt")) return deprel.equals("compound:prt") || deprel.equals("advmod"); // "pulled back" parses both ways
        if (spec.equals("obl:by") && deprel.equals("obl:agent")) return true;
        if (spec.endsWith(":*")) {
            String base = spec.substring(0, spec.length() - 2);
            return deprel.equals(base) || deprel.startsWith(base + ":");
        }
        return deprel.equals(spec);
    }

    public List<Token> children(Token t) { return t == null ? List.of() : doc.children(t); }

    /** Dependents of {@code t} whose relation matches {@code spec}. */
    public List<Token> children(Token t, String spec) {
        List<Token> out = new ArrayList<>();
        for (Token c : children(t)) if (relMatches(spec, c.deprel())) out.add(c);
        return out;
    }

    public Token parent(Token t) { return t == null ? null : doc.parent(t); }

    public boolean isPassive(Token verb) {
        for (Token c : children(verb)) if (c.deprel().equals("nsubj:pass") || c.deprel().equals("aux:pass")) return true;
        return false;
    }

    /**
     * The subjects a clause inherits when it has none of its own, nearest first: the controller of an xcomp (the
     * object if any, else the subject of the verb above), the subject of the first conjunct, of the main clause of an
     * adverbial clause, or the noun an acl modifies (and that noun's own governor's subject).
     */
    public List<Token> inheritedSubjects(Token t) {
        List<Token> out = new ArrayList<>();
        Token cur = t;
        for (int guard = 0; guard < 5 && cur != null; guard++) {
            Token head = parent(cur);
            if (head == null) break;
            String rel = cur.deprel();
            if (rel.equals("xcomp") || rel.equals("ccomp") && infinitive(cur)) {
                out.addAll(children(head, "obj"));
                out.addAll(children(head, "nsubj"));
                out.addAll(children(head, "nsubj:pass"));
            } else if (rel.equals("conj") || rel.startsWith("advcl") || rel.equals("dep") && cur.pos().equals("VBG")) {
                out.addAll(children(head, "nsubj"));
                if (rel.equals("conj")) out.addAll(children(head, "nsubj:pass"));
            } else if (rel.startsWith("acl")) {
                out.add(head);
                Token g = governor(head);
                if (g != null && g != head) out.addAll(children(g, "nsubj"));
            } else {
                break;
            }
            if (!out.isEmpty() && !rel.startsWith("acl")) break;
            if (!children(head, "nsubj").isEmpty() && !rel.startsWith("acl")) break;
            cur = head;
        }
        return out;
    }

    /** An infinitival clause ("to strike"), which takes its subject from the clause above. */
    public boolean infinitive(Token verb) {
        if (!children(verb, "nsubj").isEmpty()) return false;
        for (Token c : children(verb, "mark")) if (lemma(c).equals("to")) return true;
        return false;
    }

    /** Own subject(s) of a verb, or the inherited ones. */
    public List<Token> subjects(Token verb) {
        List<Token> own = children(verb, "nsubj");
        return own.isEmpty() ? inheritedSubjects(verb) : own;
    }

    /**
     * The verb a nominal trigger is an argument of ("promised assistance": promised), the noun itself when it is the
     * predicate of a copula ("the offensive is an encroachment"), or null.
     */
    public Token governor(Token noun) {
        Token n = noun;
        if (n.deprel().equals("conj") && parent(n) != null && parent(n).isNoun()) n = parent(n);
        Token container = parent(n);
        if (container != null && container.isNoun() && (n.deprel().equals("compound") || n.deprel().equals("nmod:of"))
                && CONTAINER_NOUNS.contains(lemma(container)) && CONTAINER_ARG_RELS.contains(container.deprel())) {
            n = container; // "launched a mediation effort", "began ten days of exercises": the container is transparent
        }
        for (Token c : children(n)) if (c.deprel().equals("cop")) return n;
        Token h = parent(n);
        if (h == null) return null;
        String r = n.deprel();
        boolean arg = r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass") || r.startsWith("obl")
                || r.equals("xcomp") || r.equals("nsubj");
        if (arg && (h.isVerb() || h.pos().startsWith("JJ"))) return h;
        return null;
    }

    /** The tokens of a phrase headed by {@code t}, not crossing clause or coordination boundaries, breadth first. */
    public List<Token> phrase(Token t) {
        List<Token> out = new ArrayList<>();
        out.add(t);
        for (int i = 0; i < out.size() && out.size() < 64; i++) {
            for (Token c : children(out.get(i))) {
                if (!CLAUSE_RELS.contains(c.deprel()) && !c.deprel().startsWith("advcl") && !c.deprel().startsWith("acl")) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** {@code t} and the tokens coordinated with it ("Russia and Iran"). */
    public List<Token> withConjuncts(Token t) {
        List<Token> out = new ArrayList<>();
        out.add(t);
        for (int i = 0; i < out.size() && i < 16; i++) {
            for (Token c : children(out.get(i), "conj")) if (c.isNoun() || c.pos().startsWith("PRP") || c.pos().equals("JJ")) out.add(c);
        }
        return out;
    }

    /** Lemma or lower-case word is in the set. */
    public static boolean lemmaIn(Token t, Set<String> lemmas) {
        return lemmas.contains(lemma(t)) || lemmas.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
