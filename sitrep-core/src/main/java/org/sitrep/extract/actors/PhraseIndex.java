package org.sitrep.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * A token trie over every phrase of an {@link ActorDictionary}, for longest-match lookup at a text position without
 * scanning the dictionary. A text token can match by its word or by its lemma ("factions" -> "faction"); a
 * standalone Arabic article inside a phrase is skipped ("Bashar Al Assad" matches "Bashar al-Assad").
 *
 * <p>Capitalisation is checked per phrase: an all-capital abbreviation in the data ("UN", "HTS") matches only
 * all-capital text, and a capitalised name of a person, group, country, capital or nationality matches only
 * capitalised text ("Turkey" the country, not "turkey").
 */
final class PhraseIndex {
    private static final int MAX_TOKENS = 12;

    private final Node root = new Node();

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Terminal> terminals;
    }

    private record Terminal(ActorEntry entry, List<String> original) {}

    /** A longest match: tokens [start, end) of the document and the entries it names. */
    record Hit(int start, int end, List<ActorEntry> entries) {}

    void add(ActorEntry e) {
        for (String phrase : e.phrases()) {
            List<String> toks = PhraseKeys.tokens(phrase);
            if (toks.isEmpty() || toks.size() > MAX_TOKENS) continue;
            Node n = root;
            for (String t : toks) n = n.next.computeIfAbsent(PhraseKeys.key(t), k -> new Node());
            if (n.terminals == null) n.terminals = new ArrayList<>(1);
            n.terminals.add(new Terminal(e, toks));
        }
    }

    /** Entries whose phrase has exactly these keys. */
    List<ActorEntry> exact(List<String> keys) {
        Node n = root;
        for (String k : keys) {
            n = n.next.get(k);
            if (n == null) return List.of();
        }
        if (n.terminals == null) return List.of();
        Set<ActorEntry> out = new LinkedHashSet<>();
        for (Terminal t : n.terminals) out.add(t.entry());
        return new ArrayList<>(out);
    }

    /** The longest phrase starting at token {@code start} and ending before {@code limit}, or null. */
    Hit longest(List<Token> tokens, int start, int limit) {
        Search s = new Search(tokens, limit);
        s.walk(root, start, new int[MAX_TOKENS], 0);
        return s.bestEnd < 0 ? null : new Hit(start, s.bestEnd, new ArrayList<>(s.best));
    }

    private static final class Search {
        final List<Token> tokens;
        final int limit;
        int bestEnd = -1;
        Set<ActorEntry> best = new LinkedHashSet<>();

        Search(List<Token> tokens, int limit) {
            this.tokens = tokens;
            this.limit = limit;
        }

        void walk(Node node, int j, int[] path, int depth) {
            if (j >= limit || depth >= MAX_TOKENS) return;
            Token t = tokens.get(j);
            String w = PhraseKeys.key(t.word());
            String l = t.lemma() == null ? w : PhraseKeys.key(t.lemma());
            step(node.next.get(w), j, path, depth);
            if (!l.equals(w)) step(node.next.get(l), j, path, depth);
            if (depth > 0 && PhraseKeys.isArticle(w)) walk(node, j + 1, path, depth);
        }

        private void step(Node child, int j, int[] path, int depth) {
            if (child == null) return;
            path[depth] = j;
            if (child.terminals != null) consider(child, j + 1, path, depth + 1);
            walk(child, j + 1, path, depth + 1);
        }

        private void consider(Node n, int end, int[] path, int depth) {
            for (Terminal term : n.terminals) {
                if (!caseFits(term, path, depth)) continue;
                if (end > bestEnd) {
                    bestEnd = end;
                    best = new LinkedHashSet<>();
                }
                if (end == bestEnd) best.add(term.entry());
            }
        }

        private boolean caseFits(Terminal term, int[] path, int depth) {
            boolean proper = switch (term.entry().kind()) {
                case AGENT, ALIAS -> false;
                default -> true;
            };
            for (int i = 0; i < depth && i < term.original().size(); i++) {
                String o = stripArticle(term.original().get(i));
                String w = stripArticle(PhraseKeys.fold(tokens.get(path[i]).word()));
                if (isAbbreviation(o)) {
                    if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
                } else if (proper && !o.isEmpty() && Character.isUpperCase(o.codePointAt(0))) {
                    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
                }
            }
            return true;
        }
    }

    private static String stripArticle(String s) {
        int dash = s.indexOf('-');
        if (dash > 0 && dash <= 3 && PhraseKeys.key(s).length() < s.length() - 1 && Character.isLowerCase(s.charAt(0))) {
            return s.substring(dash + 1);
        }
        return s;
    }

    /** "UN", "HTS", "U.N.", "ISIS": two or more letters, all capitals. */
    static boolean isAbbreviation(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }
}
