package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Report;
import org.sitrep.nlp.Annotator;

/** What the coder evaluations share: running one sentence through the chain, text overlap, counting. */
final class EvalSupport {
    private EvalSupport() {}

    /** Runs a sentence through annotation, the extract stages and the coder; a failure gives no claims. */
    static List<Claim> claims(Annotator annotator, Extractor extractor, String id, String text, LocalDate date) {
        try {
            Doc doc = annotator.annotate(text, date);
            Report r = new Report(id, id, "eval", null, date == null ? null : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    Report.DateConfidence.HIGH, "", text, List.of(), "eval", "txt");
            Analysis a = extractor.analyse(Analysis.of(r, doc));
            return extractor.claims(a);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    static Set<String> tokens(String s) {
        if (s == null) return Set.of();
        Set<String> out = new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        out.remove("");
        out.removeAll(Set.of("the", "a", "an", "of", "'s"));
        return out;
    }

    /** Token overlap of two texts relative to the shorter: at least 0.5 counts as the same mention. */
    static boolean overlaps(String a, String b) {
        Set<String> x = tokens(a), y = tokens(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        int inter = 0;
        for (String t : x) if (y.contains(t)) inter++;
        return inter / (double) Math.min(x.size(), y.size()) >= 0.5;
    }

    /** Per-label true positive, false positive and false negative counts. */
    static final class Counts {
        final java.util.Map<String, int[]> byLabel = new java.util.TreeMap<>();

        void tp(String l) { get(l)[0]++; }

        void fp(String l) { get(l)[1]++; }

        void fn(String l) { get(l)[2]++; }

        int[] get(String l) { return byLabel.computeIfAbsent(l, k -> new int[3]); }

        static double p(int[] c) { return EvalReport.ratio(c[0], c[0] + c[1]); }

        static double r(int[] c) { return EvalReport.ratio(c[0], c[0] + c[2]); }

        static double f(int[] c) { return EvalReport.f1(p(c), r(c)); }

        int[] total() {
            int[] t = new int[3];
            for (int[] c : byLabel.values()) for (int i = 0; i < 3; i++) t[i] += c[i];
            return t;
        }
    }

    static <T> List<T> limit(List<T> l, int limit) { return limit > 0 && limit < l.size() ? new ArrayList<>(l.subList(0, limit)) : l; }
}
