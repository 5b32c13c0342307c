package org.sitrep.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A linguistically annotated text: what the nlp stage gives the rest of the pipeline.
 * Token, sentence and head indices are document-level; spans are character offsets into {@link #text()}.
 *
 * @param text      the text that was annotated (the report's body)
 * @param docDate   the document date used to anchor relative times, or null
 * @param sentences sentences in order
 * @param tokens    all tokens in order
 * @param entities  named-entity and time mentions (coarse NER, merged over tokens)
 */
public record Doc(String text, LocalDate docDate, List<Sentence> sentences, List<Token> tokens, List<Mention> entities) {
    public Doc {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    public Token token(int i) { return tokens.get(i); }

    public Sentence sentenceOf(Token t) { return sentences.get(t.sentence()); }

    public List<Token> tokensOf(Sentence s) { return tokens.subList(s.firstToken(), s.endToken()); }

    public String textOf(Sentence s) { return s.span().of(text); }

    public String textOf(Span s) { return s.of(text); }

    /** Dependents of a token, in order. */
    public List<Token> children(Token head) {
        Sentence s = sentenceOf(head);
        List<Token> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (tokens.get(i).head() == head.index()) out.add(tokens.get(i));
        }
        return out;
    }

    /** Dependents of a token whose relation equals {@code rel} or starts with {@code rel + ":"}. */
    public List<Token> children(Token head, String rel) {
        List<Token> out = new ArrayList<>();
        for (Token c : children(head)) {
            if (c.deprel().equals(rel) || c.deprel().startsWith(rel + ":")) out.add(c);
        }
        return out;
    }

    /** The head token, or null for a root. */
    public Token parent(Token t) { return t.head() < 0 ? null : tokens.get(t.head()); }

    /** Entity mentions inside a sentence. */
    public List<Mention> entitiesIn(Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : entities) if (m.firstToken() >= s.firstToken() && m.endToken() <= s.endToken()) out.add(m);
        return out;
    }

    /** All tokens in the subtree of {@code t} (including t), in document order. */
    public List<Token> subtree(Token t) {
        Sentence s = sentenceOf(t);
        List<Token> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (dominates(t, tokens.get(i))) out.add(tokens.get(i));
        }
        return out;
    }

    /** True if {@code a} is {@code b} or an ancestor of it. */
    public boolean dominates(Token a, Token b) {
        Token cur = b;
        int guard = 0;
        while (cur != null && guard++ < 512) {
            if (cur.index() == a.index()) return true;
            cur = parent(cur);
        }
        return false;
    }
}
