package org.sitrep.extract.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.AnalysisStage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The quantity layer: counts and measures with what they count ("108 villages"), their unit ("850 square
 * kilometers" km2) and how they were qualified ("at least" AT_LEAST, "more than" MORE_THAN, "some"/"about"/vague
 * words ABOUT). Casualty counts are recognised from a person noun with a casualty word ("14 civilians were
 * killed"), a casualty word alone ("14 dead", "killing 14") or "the deaths of".
 *
 * <p>Conventions: "half a million" is ABOUT 500000; vague plurals take the smallest value they allow ("dozens" 24, "hundreds" 200) with bound ABOUT;
 * a stated range ("two or three weeks", "12-18 months") takes its lower end with bound ABOUT and keeps the whole
 * range in the text. Numbers that are years or dates, reference numbers ("Resolution 2254"), image sizes and
 * numbers in links are not quantities. Nouns and units come from {@link QuantityKinds}.
 */
public final class QuantityTagger implements AnalysisStage {
    private static final Map<String, Bound> BOUNDS = Map.ofEntries(
            Map.entry("at least", Bound.AT_LEAST), Map.entry("no fewer than", Bound.AT_LEAST),
            Map.entry("no less than", Bound.AT_LEAST), Map.entry("a minimum of", Bound.AT_LEAST),
            Map.entry("more than", Bound.MORE_THAN), Map.entry("over", Bound.MORE_THAN),
            Map.entry("upwards of", Bound.MORE_THAN), Map.entry("in excess of", Bound.MORE_THAN),
            Map.entry("about", Bound.ABOUT), Map.entry("around", Bound.ABOUT), Map.entry("some", Bound.ABOUT),
            Map.entry("roughly", Bound.ABOUT), Map.entry("approximately", Bound.ABOUT),
            Map.entry("nearly", Bound.ABOUT), Map.entry("almost", Bound.ABOUT), Map.entry("an estimated", Bound.ABOUT),
            Map.entry("estimated", Bound.ABOUT), Map.entry("up to", Bound.AT_MOST), Map.entry("at most", Bound.AT_MOST),
            Map.entry("fewer than", Bound.LESS_THAN), Map.entry("less than", Bound.LESS_THAN),
            Map.entry("under", Bound.LESS_THAN));
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?i)\\b(at least|no fewer than|no less than|a minimum of|more than|over|upwards of|in excess of|about"
                    + "|around|some|roughly|approximately|nearly|almost|an estimated|estimated|up to|at most"
                    + "|fewer than|less than|under)\\s+$");
    private static final Pattern HYPHEN_UNIT = Pattern.compile("^(\\d+(?:\\.\\d+)?)-([a-z]+)$");
    private static final Pattern PROTECTED = Pattern.compile(
            "!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|(?i)(?:https?://|www\\.)\\S+|\\d+\\s*[×xX]\\s*\\d+");
    private static final List<String> BLOCKERS = List.of("resolution", "decree", "law", "article", "no.", "no",
            "number", "#", "chapter", "section", "paragraph", "flight", "route", "highway", "brigade", "division");

    private final QuantityKinds kinds;

    public QuantityTagger() {
        this(QuantityKinds.load());
    }

    public QuantityTagger(QuantityKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Anchored<Quantity>> out = new ArrayList<>();
        Doc doc = analysis.doc();
        List<Span> protectedSpans = new ArrayList<>();
        Matcher pm = PROTECTED.matcher(doc.text());
        while (pm.find()) protectedSpans.add(new Span(pm.start(), pm.end()));
        for (Sentence s : doc.sentences()) {
            try {
                tagSentence(doc, s, protectedSpans, out);
            } catch (RuntimeException e) {
                // a sentence that cannot be read is skipped
            }
        }
        return analysis.withQuantities(out);
    }

    private void tagSentence(Doc doc, Sentence s, List<Span> protectedSpans, List<Anchored<Quantity>> out) {
        int i = s.firstToken();
        while (i < s.endToken()) {
            Token t = doc.token(i);
            if (!isNumber(t) || isProtected(t, protectedSpans) || isDateNumber(doc, t) || afterBlocker(doc, i, s)) {
                i++;
                continue;
            }
            int end = numberEnd(doc, i, s);
            Anchored<Quantity> q = quantity(doc, s, i, end);
            if (q != null) {
                out.add(q);
                i = Math.max(end, q.endToken());
            } else {
                i = end;
            }
        }
    }

    private static boolean isNumber(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an") || w.equals("half")) return false;
        if (HYPHEN_UNIT.matcher(w).matches()) return true;
        if (w.matches("[\\d,.]*\\d[\\d,.]*")) return true;
        return !Double.isNaN(NumberWords.parse(w)) && !w.equals("dozen");
    }

    private static boolean isProtected(Token t, List<Span> spans) {
        for (Span p : spans) if (p.overlaps(t.span())) return true;
        return false;
    }

    /** A year or a day of a date ("in 2016", "November 29"), as SUTime marks them. */
    private static boolean isDateNumber(Doc doc, Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("SET");
    }

    private static boolean afterBlocker(Doc doc, int i, Sentence s) {
        return i > s.firstToken() && BLOCKERS.contains(doc.token(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** One past the last token of the number phrase starting at i ("2.5 million", "two or three", "half a million"). */
    private static int numberEnd(Doc doc, int i, Sentence s) {
        int j = i + 1;
        while (j < s.endToken()) {
            String w = doc.token(j).word().toLowerCase(Locale.ROOT);
            if (isNumber(doc.token(j)) && !HYPHEN_UNIT.matcher(w).matches()) {
                j++;
            } else if ((w.equals("or") || w.equals("to") || w.equals("-") || w.equals("–")) && j + 1 < s.endToken()
                    && isNumber(doc.token(j + 1))) {
                j += 2;
            } else if (w.equals("of") && NumberWords.isVague(doc.token(j - 1).word()) && j + 1 < s.endToken()
                    && NumberWords.isVague(doc.token(j - 1).word() + " of " + doc.token(j + 1).word())) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private Anchored<Quantity> quantity(Doc doc, Sentence s, int first, int end) {
        String numText = doc.text().substring(doc.token(first).span().begin(), doc.token(end - 1).span().end());
        String lowerNum = numText.toLowerCase(Locale.ROOT);
        // "half a million" starts before the first number token
        int start = first;
        if (first >= s.firstToken() + 2 && doc.token(first - 2).word().equalsIgnoreCase("half")
                && doc.token(first - 1).word().matches("(?i)an?")) {
            start = first - 2;
        }
        QuantityKinds.Kind inlineUnit = null;
        double value;
        boolean range = false;
        Matcher hu = HYPHEN_UNIT.matcher(lowerNum);
        if (hu.matches()) {
            value = Double.parseDouble(hu.group(1));
            inlineUnit = kinds.find(hu.group(2));
            if (inlineUnit == null) return null;
        } else {
            String[] parts = lowerNum.split("\\s+(?:or|to)\\s+|\\s*[-–]\\s*", 2);
            range = parts.length == 2;
            String head = parts[0];
            if (range && !parts[1].matches(".*\\d.*") && head.matches("[a-z]+") && parts[1].contains(" ")) {
                head = head + parts[1].substring(parts[1].indexOf(' '));   // "two or three million"
            }
            value = NumberWords.parse(head);
            if (start < first) value = NumberWords.parse("half a " + lowerNum);
        }
        if (Double.isNaN(value)) return null;
        Bound bound = range || start < first || NumberWords.isVague(lowerNum) ? Bound.ABOUT : Bound.EXACT;
        int spanStart = start;
        Matcher bm = BOUND_BEFORE.matcher(doc.text().substring(s.span().begin(), doc.token(start).span().begin()));
        if (bm.find()) {
            Bound b = BOUNDS.get(bm.group(1).toLowerCase(Locale.ROOT));
            int boundTok = firstTokenAt(doc, s, s.span().begin() + bm.start(1));
            // "control over 108 villages": a preposition, not a bound (the parser makes a bound an advmod)
            boolean preposition = !bm.group(1).contains(" ") && doc.token(boundTok).deprel().equals("case");
            if (b != null && !preposition) {
                bound = b;
                spanStart = boundTok;
            }
        }
        // the noun or unit after the number
        QuantityKinds.Kind kind = inlineUnit;
        int last = end - 1;
        if (kind == null) {
            int k = end;
            if (k < s.endToken() && doc.token(k).word().equalsIgnoreCase("of")) k++;
            if (k < s.endToken() && doc.token(k).word().equalsIgnoreCase("another")) k++;
            for (int skip = 0; k < s.endToken() && skip < 3; skip++) {
                int[] found = match(doc, k, s);
                if (found != null) {
                    kind = kinds.find(lemmas(doc, k, found[0]));
                    last = found[0] - 1;
                    break;
                }
                Token tk = doc.token(k);
                if (!(tk.pos().startsWith("JJ") || tk.pos().equals("VBN") || tk.pos().equals("HYPH")
                        || tk.pos().startsWith("NNP") || tk.word().equals("-"))) break;
                k++;
            }
        }
        // casualty words: "14 civilians were killed", "14 dead", "killing 14", "the deaths of"
        QuantityKinds.Kind cue = null;
        if (kind == null || kind.isPerson() || kind.isCue()) cue = casualtyCue(doc, s, start, last);
        if (cue != null) kind = cue;
        if (kind == null || kind.isCue() && cue == null) return null;
        String unit = kind.unit();
        int endTok = last + 1;
        Span span = new Span(doc.token(spanStart).span().begin(), doc.token(last).span().end());
        String text = doc.text().substring(span.begin(), span.end());
        return new Anchored<>(spanStart, endTok, span, text, new Quantity(kind.kind(), value, unit, bound, text, kind.where()));
    }

    /** [end] of the longest known noun or unit phrase starting at token k, or null. */
    private int[] match(Doc doc, int k, Sentence s) {
        for (int n = Math.min(kinds.longest(), s.endToken() - k); n >= 1; n--) {
            QuantityKinds.Kind kind = kinds.find(lemmas(doc, k, k + n));
            if (kind == null && n == 1) kind = kinds.find(doc.token(k).word());
            if (kind != null && !kind.isCue() && (n > 1 || doc.token(k).isNoun() || doc.token(k).pos().equals("CD")
                    || doc.token(k).word().matches("(?i)km2?|km²"))) {
                return new int[] {k + n};
            }
        }
        return null;
    }

    private static String lemmas(Doc doc, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(doc.token(i).lemma().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** A casualty cue within a few tokens after the counted noun or just before the number. */
    private QuantityKinds.Kind casualtyCue(Doc doc, Sentence s, int numStart, int last) {
        for (int i = last + 1; i < Math.min(s.endToken(), last + 5); i++) {
            Token t = doc.token(i);
            if (t.word().matches("[,;.:]")) break;
            QuantityKinds.Kind k = cueOf(t);
            if (k != null) return k;
        }
        for (int i = numStart - 1; i >= Math.max(s.firstToken(), numStart - 3); i--) {
            Token t = doc.token(i);
            QuantityKinds.Kind k = cueOf(t);
            if (k != null && (t.isVerb() || t.isNoun())) return k;
        }
        return null;
    }

    private QuantityKinds.Kind cueOf(Token t) {
        QuantityKinds.Kind k = kinds.find(t.lemma());
        if (k == null) k = kinds.find(t.word());
        return k != null && k.isCue() ? k : null;
    }

    private static int firstTokenAt(Doc doc, Sentence s, int offset) {
        for (int i = s.firstToken(); i < s.endToken(); i++) if (doc.token(i).span().end() > offset) return i;
        return s.firstToken();
    }
}
