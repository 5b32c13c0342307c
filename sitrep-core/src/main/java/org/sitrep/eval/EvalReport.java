package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one evaluation run against a gold set: named metrics (e.g. {@code event_type_macro_f1},
 * {@code actor_f1}, {@code triple_f1}, {@code acc_at_161km}), a per-category breakdown, and every miss for error
 * analysis. Printed as a summary, or as JSON with {@code --json}.
 *
 * @param task        what was evaluated ("plover", "petrarch", "geo", "time")
 * @param dataset     path or name of the gold set
 * @param items       number of gold items scored
 * @param metrics     metric name to value, in a stable order
 * @param perCategory category (event type, corpus, timex type) to its metrics
 * @param errors      one line per miss: "id<TAB>what was expected<TAB>what the system gave"
 */
public record EvalReport(String task, String dataset, int items, Map<String, Double> metrics,
                         Map<String, Map<String, Double>> perCategory, List<String> errors) {
    public EvalReport {
        metrics = new LinkedHashMap<>(metrics);
        perCategory = new LinkedHashMap<>(perCategory);
        errors = List.copyOf(errors);
    }

    /** A human-readable summary: metrics, then the per-category table. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(task).append(" on ").append(dataset).append(" (").append(items).append(" items)\n");
        metrics.forEach((k, v) -> sb.append(String.format("  %-28s %.3f%n", k, v)));
        if (!perCategory.isEmpty()) {
            sb.append("per category:\n");
            perCategory.forEach((cat, m) -> {
                sb.append(String.format("  %-20s", cat));
                m.forEach((k, v) -> sb.append(String.format(" %s=%.3f", k, v)));
                sb.append('\n');
            });
        }
        return sb.toString();
    }

    /** Precision/recall/F1 from counts, safe on zero. */
    public static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

    public static double ratio(double a, double b) { return b == 0 ? 0 : a / b; }
}
