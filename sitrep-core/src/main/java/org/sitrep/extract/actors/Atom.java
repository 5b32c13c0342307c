package org.sitrep.extract.actors;

import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Token;

/**
 * A piece of an actor noun phrase: a dictionary match, or a PERSON entity the dictionary does not know.
 * {@link #entry()} is the chosen dictionary entry (null for an unknown person).
 */
record Atom(int start, int end, ActorEntry entry, List<ActorEntry> candidates) {
    /** Preference among entries matching the same span. */
    static final Comparator<ActorEntry> PREFERENCE = Comparator.comparingInt(e -> switch (e.kind()) {
        case PERSON -> 0;
        case GROUP -> 1;
        case ALIAS -> 2;
        case COUNTRY -> 3;
        case METONYM -> 4;
        case ADJECTIVE -> 5;
        case AGENT -> 6;
    });

    boolean unknownPerson() { return entry == null; }

    ActorEntry.Kind kind() { return entry == null ? ActorEntry.Kind.PERSON : entry.kind(); }

    boolean contains(int token) { return token >= start && token < end; }

    /** True for pieces that name a specific actor (not a common noun like "troops" or "the regime"). */
    boolean proper() {
        return entry == null || switch (entry.kind()) {
            case AGENT, ALIAS -> false;
            default -> true;
        };
    }

    /** The syntactic head: the last token whose head lies outside the span. */
    Token head(List<Token> tokens) {
        Token h = tokens.get(end - 1);
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (t.head() < start || t.head() >= end) h = t;
        }
        return h;
    }
}
