package org.sitrep.extract.claims;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.syntax.Deps;
import org.sitrep.model.Analysis;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The speaker of a quotation: for a sentence inside a quoted paragraph, the reporting verb after the closing quote
 * (“...,” he told X / “...?” Shaaban added), looked for in the same paragraph, then the next and the previous
 * quoted paragraphs (a quote running over several paragraphs is attributed once).
 *
 * @param claimant the speaker's name
 * @param verb     the reporting verb
 * @param speaker  the subject token
 */
record QuoteSource(String claimant, String verb, Token speaker) {
    private static final String OPEN = "“\"«";
    private static final String CLOSE = "”\"»";

    static QuoteSource find(Analysis a, Deps d, ReportingLexicon lex, Token anchor) {
        Doc doc = a.doc();
        String text = doc.text();
        List<int[]> paras = paragraphs(text);
        int pos = anchor.span().begin();
        int at = -1;
        for (int i = 0; i < paras.size(); i++) if (paras.get(i)[0] <= pos && pos < paras.get(i)[1]) at = i;
        if (at < 0 || !quoted(text, paras.get(at), pos)) return null;
        int[] order = {at, at + 1, at - 1};
        for (int i : order) {
            if (i < 0 || i >= paras.size()) continue;
            if (i != at && !startsWithQuote(text, paras.get(i))) continue;
            QuoteSource q = afterClosingQuote(a, d, lex, paras.get(i));
            if (q != null) return q;
        }
        return null;
    }

    private static boolean startsWithQuote(String text, int[] p) {
        String s = text.substring(p[0], p[1]).strip();
        return !s.isEmpty() && OPEN.indexOf(s.charAt(0)) >= 0;
    }

    /** True if offset {@code pos} lies between an opening quote and its closing quote in the paragraph. */
    private static boolean quoted(String text, int[] p, int pos) {
        int open = -1;
        for (int i = p[0]; i < p[1]; i++) {
            char c = text.charAt(i);
            boolean isOpen = OPEN.indexOf(c) >= 0 && (c != '"' || open < 0);
            if (open < 0 && isOpen) {
                open = i;
            } else if (open >= 0 && CLOSE.indexOf(c) >= 0) {
                if (open < pos && pos < i) return true;
                open = -1;
            }
        }
        return open >= 0 && open < pos; // quote runs to the paragraph's end
    }

    private static QuoteSource afterClosingQuote(Analysis a, Deps d, ReportingLexicon lex, int[] p) {
        Doc doc = a.doc();
        String text = doc.text();
        int close = -1;
        for (int i = p[1] - 1; i >= p[0]; i--) {
            if (CLOSE.indexOf(text.charAt(i)) >= 0) {
                close = i;
                break;
            }
        }
        if (close < 0) return null;
        for (Sentence s : doc.sentences()) {
            if (s.span().end() <= close || s.span().begin() >= p[1]) continue;
            for (Token t : doc.tokensOf(s)) {
                if (t.span().begin() <= close || !t.isVerb() || lex.get("verb", Deps.lemma(t)) == null) continue;
                List<Token> subj = d.children(t, "nsubj");
                if (subj.isEmpty()) continue;
                String name = ClaimAttributor.name(a, d, subj.get(0));
                if (name != null) return new QuoteSource(name, t.word(), subj.get(0));
            }
        }
        return null;
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }
}
