package org.sitrep.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.Token;

/**
 * The actor a third-person pronoun refers back to, by the simplest rule a reader applies: the nearest actor named
 * before it, in its sentence or the one before, that can be referred to that way. "Without Iranian artillery cover,
 * the army's brigades and allied militias broke, and their withdrawal began": "their" is plural, and "Iranian" only
 * qualifies a noun, so it is the brigades. "they/their/them" want a plural or coordinated head, "it/its" a singular
 * non-person, "he/his/she/her" a named person. Adjectives and noun modifiers ("Iranian artillery cover") are never
 * antecedents, nor a later
 * conjunct on its own. Null when
 * nothing fits: the coder then keeps looking along its other role paths.
 */
final class Antecedents {
    private static final Set<String> PLURAL = Set.of("they", "their", "them", "theirs");
    private static final Set<String> SINGULAR = Set.of("it", "its");
    private static final Set<String> PERSON = Set.of("he", "his", "him", "she", "her");

    private Antecedents() {}

    static boolean isPronoun(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("PRP") && (PLURAL.contains(w) || SINGULAR.contains(w) || PERSON.contains(w));
    }

    static Anchored<ActorRef> of(Doc doc, List<Anchored<ActorRef>> actors, Token pronoun) {
        if (!isPronoun(pronoun)) return null;
        String w = pronoun.word().toLowerCase(Locale.ROOT);
        int from = doc.sentences().get(Math.max(0, pronoun.sentence() - 1)).firstToken();
        Anchored<ActorRef> best = null;
        for (Anchored<ActorRef> a : actors) {
            if (a.firstToken() < from || a.endToken() > pronoun.index()) continue;
            Token head = head(doc, a);
            String rel = head.deprel();
            // "the brigades and allied militias ... their": the coordination is the antecedent, at its first conjunct
            if (rel.equals("amod") || rel.startsWith("compound") || rel.equals("conj")) continue;
            boolean fits = PERSON.contains(w) ? a.value().person() != null
                    : PLURAL.contains(w) ? plural(doc, head)
                    : a.value().person() == null && !plural(doc, head);
            if (fits && (best == null || a.firstToken() > best.firstToken())) best = a;
        }
        return best;
    }

    /**
     * "Opposition factions seized the village ... and the factions captured it again": a definite mention of a bare
     * sector ("the factions", "the troops") with no country of its own is the nearest earlier mention of the same
     * sector that has one, in its sentence or up to two sentences back. Null when there is none, or when two earlier
     * mentions of that sector name different countries.
     */
    static Anchored<ActorRef> sameSector(Doc doc, List<Anchored<ActorRef>> actors, Anchored<ActorRef> mention) {
        ActorRef m = mention.value();
        if (m.country() != null || m.sector() == null || m.person() != null) return null;
        Token head = head(doc, mention);
        if (doc.children(head, "det").stream().noneMatch(d -> d.word().equalsIgnoreCase("the"))) return null;
        int from = doc.sentences().get(Math.max(0, head.sentence() - 2)).firstToken();
        Anchored<ActorRef> best = null;
        String country = null;
        for (Anchored<ActorRef> a : actors) {
            if (a.firstToken() < from || a.endToken() > mention.firstToken()) continue;
            ActorRef r = a.value();
            if (r.country() == null || !m.sector().equals(r.sector()) || r.person() != null) continue;
            if (country != null && !country.equals(r.country())) return null;
            country = r.country();
            if (best == null || a.firstToken() > best.firstToken()) best = a;
        }
        return best;
    }

    private static boolean plural(Doc doc, Token head) {
        if (head.pos().equals("NNS") || head.pos().equals("NNPS")) return true;
        return !doc.children(head, "conj").isEmpty();
    }

    /** The token of a mention whose parent lies outside it (its syntactic head). */
    static Token head(Doc doc, Anchored<?> a) {
        for (int i = a.firstToken(); i < a.endToken(); i++) {
            Token t = doc.token(i);
            if (t.head() < a.firstToken() || t.head() >= a.endToken()) return t;
        }
        return doc.token(a.endToken() - 1);
    }
}
