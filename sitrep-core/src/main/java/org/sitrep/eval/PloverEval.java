package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.data.Json;
import org.sitrep.extract.Extractor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.PloverType;
import org.sitrep.nlp.Annotator;

/**
 * Scores the coder on the PLOVER gold-standard records (a JSON array of coded sentences; the "DOCUMENT" header
 * record is skipped). Each sentence is coded alone; its predicted type is that of its main claim (the claim whose
 * trigger is closest to the root of the parse, then the first). PLOVER 0.5 names are folded into the 16 types by
 * {@link PloverType#parse}.
 *
 * <p>Metrics: {@code event_type_accuracy}, {@code event_type_macro_f1} (over gold types), {@code actor_precision},
 * {@code actor_recall}, {@code actor_f1}: a predicted (role, code) counts if a gold actor of the same role has the same
 * country (or IGO/sector) code and at least half of the shorter text's tokens in common with it. Actors of all
 * claims sharing the main claim's trigger (coordinated actors) are scored as a set.
 */
public final class PloverEval {
    private PloverEval() {}

    /** One gold sentence. */
    record Gold(String id, PloverType type, String text, List<String[]> source, List<String[]> target) {}

    static List<Gold> read(Path file) {
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readString(file));
            List<Gold> out = new ArrayList<>();
            for (JsonNode n : root) {
                String ev = n.path("event").asText("");
                if (ev.isEmpty() || ev.equals("DOCUMENT") || !n.has("text")) continue;
                PloverType t;
                try {
                    t = PloverType.parse(ev);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                out.add(new Gold(n.path("id").asText(), t, n.path("text").asText(), actors(n.path("source")), actors(n.path("target"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> actors(JsonNode n) {
        List<String[]> out = new ArrayList<>();
        if (n.isArray()) for (JsonNode a : n) out.add(new String[] {a.path("actorText").asText(""), isoCode(a.path("code").asText(""))});
        return out;
    }

    /**
     * Country codes as the tagger writes them (ISO 3166 alpha-3): the gold file spells a few countries with
     * non-ISO codes (JAP for Japan, ITL for Italy, VTN for Viet Nam), which would otherwise count a correctly
     * coded actor as wrong.
     */
    static String isoCode(String goldCode) {
        return GOLD_CODE_ALIASES.getOrDefault(goldCode, goldCode);
    }

    private static final Map<String, String> GOLD_CODE_ALIASES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    /**
     * @param gold      PLOVER_GSR_CAMEO.txt
     * @param annotator nlp stage
     * @param extractor the extract chain (actor, place, time, quantity stages and the coder)
     * @param limit     score only the first n sentences (0: all)
     */
    public static EvalReport run(Path gold, Annotator annotator, Extractor extractor, int limit) {
        List<Gold> golds = EvalSupport.limit(read(gold), limit);
        EvalSupport.Counts types = new EvalSupport.Counts();
        int[] actorCounts = new int[3];
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Gold g : golds) {
            List<Claim> claims = EvalSupport.claims(annotator, extractor, g.id(), g.text(), null);
            List<Claim> main = main(claims);
            String predicted = main.isEmpty() ? "NONE" : ploverType(main.get(0)).name();
            String expected = g.type().name();
            if (predicted.equals(expected)) {
                types.tp(expected);
                correct++;
            } else {
                types.fn(expected);
                if (!predicted.equals("NONE")) types.fp(predicted);
            }
            List<String[]> pred = new ArrayList<>();
            for (Claim c : main) {
                add(pred, "source", c.event().initiator());
                if (!reversed(main, c)) add(pred, "target", c.event().recipient());
            }
            int tp = 0;
            List<String[]> gs = new ArrayList<>();
            for (String[] a : g.source()) gs.add(new String[] {"source", a[0], a[1]});
            for (String[] a : g.target()) gs.add(new String[] {"target", a[0], a[1]});
            boolean[] used = new boolean[gs.size()];
            for (String[] p : pred) {
                for (int i = 0; i < gs.size(); i++) {
                    String[] x = gs.get(i);
                    if (!used[i] && x[0].equals(p[0]) && x[2].equalsIgnoreCase(p[2]) && EvalSupport.overlaps(x[1], p[1])) {
                        used[i] = true;
                        tp++;
                        break;
                    }
                }
            }
            actorCounts[0] += tp;
            actorCounts[1] += pred.size() - tp;
            actorCounts[2] += gs.size() - tp;
            if (!predicted.equals(expected) || tp < gs.size() || tp < pred.size()) {
                errors.add(g.id() + "\t" + expected + " " + describe(gs) + "\t" + predicted + " " + describe(pred)
                        + (main.isEmpty() ? "" : " [" + main.get(0).event().provenance().rule() + " '" + main.get(0).event().trigger() + "']")
                        + "\t" + g.text());
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        double macro = 0;
        int n = 0;
        for (PloverType t : PloverType.values()) {
            int[] c = types.get(t.name());
            if (c[0] + c[2] == 0) continue;
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("precision", EvalSupport.Counts.p(c));
            m.put("recall", EvalSupport.Counts.r(c));
            m.put("f1", EvalSupport.Counts.f(c));
            m.put("support", (double) (c[0] + c[2]));
            per.put(t.name(), m);
            macro += EvalSupport.Counts.f(c);
            n++;
        }
        metrics.put("event_type_accuracy", EvalReport.ratio(correct, golds.size()));
        metrics.put("event_type_macro_f1", n == 0 ? 0 : macro / n);
        metrics.put("actor_precision", EvalSupport.Counts.p(actorCounts));
        metrics.put("actor_recall", EvalSupport.Counts.r(actorCounts));
        metrics.put("actor_f1", EvalSupport.Counts.f(actorCounts));
        return new EvalReport("plover", gold.toString(), golds.size(), metrics, per, errors);
    }

    /**
     * The PLOVER category of a claim under PLOVER's coding conventions: a statement of intent to do something
     * cooperative is AGREE and to do something conflictual is THREATEN; a refusal or failure to agree or meet is
     * REJECT. Sitrep itself keeps the event type and marks the claim FUTURE, HYPOTHETICAL or NEGATED instead.
     */
    static PloverType ploverType(Claim c) {
        PloverType t = c.event().type();
        switch (c.context()) {
            case FUTURE, HYPOTHETICAL -> {
                if (EnumSet.of(PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT, PloverType.COOPERATE,
                        PloverType.SUPPORT, PloverType.CONSULT).contains(t)) return PloverType.AGREE;
                if (EnumSet.of(PloverType.ASSAULT, PloverType.COERCE, PloverType.SANCTION, PloverType.MOBILIZE,
                        PloverType.PROTEST, PloverType.REJECT).contains(t)) return PloverType.THREATEN;
                return t;
            }
            case NEGATED -> {
                return EnumSet.of(PloverType.AGREE, PloverType.CONSULT, PloverType.SUPPORT, PloverType.CONCEDE,
                        PloverType.COOPERATE).contains(t) ? PloverType.REJECT : t;
            }
            default -> {
                return t;
            }
        }
    }

    /** True for the second of a symmetric pair (x to y, then y to x): coordinated parties are all sources. */
    private static boolean reversed(List<Claim> main, Claim c) {
        if (c.event().recipient() == null || c.event().initiator() == null) return false;
        for (Claim o : main) {
            if (o == c || o.event().recipient() == null || o.event().initiator() == null) continue;
            if (o.event().initiator().code().equals(c.event().recipient().code())
                    && o.event().recipient().code().equals(c.event().initiator().code())) return true;
        }
        return false;
    }

    /** The main claim's trigger and every claim sharing it. */
    static List<Claim> main(List<Claim> claims) {
        if (claims.isEmpty()) return List.of();
        Claim best = claims.stream().min(Comparator.comparingInt((Claim c) -> c.event().initiator() == null ? 1 : 0)
                .thenComparingInt(c -> c.context() == org.sitrep.model.ClaimContext.NONE ? 0 : 1)
                .thenComparingInt(c -> c.evidence().triggerSpan().begin())).orElseThrow();
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) if (c.evidence().triggerSpan().equals(best.evidence().triggerSpan())) out.add(c);
        return out;
    }

    private static void add(List<String[]> pred, String role, ActorRef a) {
        if (a == null) return;
        String code = a.country() != null ? a.country() : a.sector() != null ? a.sector() : a.name();
        for (String[] p : pred) if (p[0].equals(role) && p[2].equals(code) && p[1].equals(a.text())) return;
        pred.add(new String[] {role, a.text(), code});
    }

    private static String describe(List<String[]> actors) {
        StringBuilder sb = new StringBuilder();
        for (String[] a : actors) sb.append(a[0]).append('=').append(a[2]).append("('").append(a[1]).append("') ");
        return sb.toString().strip();
    }
}
