package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.AnalysisStage;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actors.ActorDictionary;
import org.sitrep.extract.actors.ActorTagger;
import org.sitrep.extract.actors.PetrarchImporter;
import org.sitrep.extract.claims.ClaimAttributor;
import org.sitrep.extract.events.EventRules;
import org.sitrep.extract.events.Ontology;
import org.sitrep.extract.events.RuleCoder;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimContext;
import org.sitrep.nlp.Annotator;

/**
 * Scores the coder on PETRARCH validation records ({@code <Sentence>} elements with expected
 * {@code <EventCoding sourcecode targetcode eventcode>} triples, or {@code noevents="True"}), read leniently with
 * patterns so that the older not-well-formed file works too. The coder runs with the suite's verb dictionary
 * (through {@link PetrarchVerbs}) and the caller's actor stage (the suite's actor and agent dictionaries).
 *
 * <p>Metrics: {@code triple_precision/recall/f1} over (source, target, CAMEO) multisets per sentence,
 * {@code cameo_root_accuracy} (share of gold triples whose two-digit root the coder produced in that sentence), and
 * {@code pass_rate} (sentences whose triple set matches exactly; a no-event record passes if nothing is coded), with
 * pass rate and F1 per category. Negated and hypothetical claims are not counted as coded events.
 */
public final class PetrarchEval {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    private PetrarchEval() {}

    /** One validation record. */
    record Record(String id, String category, LocalDate date, String text, List<String> triples, boolean noEvents) {}

    static List<Record> read(Path file) {
        String xml;
        try {
            xml = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        xml = xml.replaceAll("(?s)<!--.*?-->", "");
        List<Record> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        while (m.find()) {
            String attrs = m.group(1), body = m.group(2);
            Matcher t = TEXT.matcher(body);
            if (!t.find()) continue;
            List<String> triples = new ArrayList<>();
            boolean none = false;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                String a = c.group(1);
                if (a.matches("(?s).*noevents\\s*=\\s*\"True\".*")) {
                    none = true;
                    continue;
                }
                String s = attr(a, "sourcecode"), tg = attr(a, "targetcode"), e = attr(a, "eventcode");
                if (s != null && tg != null && e != null) triples.add(s + "|" + tg + "|" + e);
            }
            if (triples.isEmpty() && !none) continue; // error/discard expectations
            LocalDate date = null;
            try {
                date = LocalDate.parse(attr(attrs, "date"), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (RuntimeException ignored) {
                // no usable date
            }
            String cat = attr(attrs, "category");
            out.add(new Record(attr(attrs, "id"), cat == null ? "?" : cat, date,
                    t.group(1).replaceAll("\\s+", " ").strip(), triples, none));
        }
        return out;
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile(name + "\\s*=\\s*[\"']([^\"']*)[\"']").matcher(attrs);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * @param records    PETR.UnitTest.records.xml or PETR.Validate.records.*.txt
     * @param verbs      the suite's verb dictionary (PETR.Validate.verbs.txt)
     * @param actorStage an actor tagger loaded with the suite's actor and agent dictionaries
     * @param annotator  nlp stage
     * @param limit      score only the first n records (0: all)
     */
    public static EvalReport run(Path records, Path verbs, AnalysisStage actorStage, Annotator annotator, int limit) {
        Ontology ontology = Ontology.bundled();
        EventRules rules = PetrarchVerbs.read(verbs, ontology);
        Extractor ex = new Extractor(List.of(actorStage), new RuleCoder(rules, ontology, ClaimAttributor.bundled()));
        List<Record> recs = EvalSupport.limit(read(records), limit);
        int tp = 0, fp = 0, fn = 0, pass = 0, rootHit = 0, goldTriples = 0;
        Map<String, int[]> perCat = new LinkedHashMap<>(); // pass, n, tp, fp, fn
        List<String> errors = new ArrayList<>();
        for (Record r : recs) {
            List<Claim> claims = EvalSupport.claims(annotator, ex, r.id(), r.text(), r.date());
            List<String> pred = new ArrayList<>();
            for (Claim c : claims) {
                if (c.context() == ClaimContext.NEGATED || c.context() == ClaimContext.HYPOTHETICAL) continue;
                if (c.event().initiator() == null || c.event().recipient() == null) continue;
                String t = cameoCode(c.event().initiator()) + "|" + cameoCode(c.event().recipient()) + "|" + c.event().cameo();
                if (!pred.contains(t)) pred.add(t);
            }
            List<String> gold = new ArrayList<>(r.triples());
            List<String> left = new ArrayList<>(pred);
            int hit = 0;
            for (String g : gold) if (left.remove(g)) hit++;
            for (String g : gold) {
                String root = root(g.substring(g.lastIndexOf('|') + 1));
                for (String p : pred) if (root(p.substring(p.lastIndexOf('|') + 1)).equals(root)) {
                    rootHit++;
                    break;
                }
            }
            goldTriples += gold.size();
            boolean ok = r.noEvents() ? pred.isEmpty() : hit == gold.size() && left.isEmpty();
            tp += hit;
            fp += left.size();
            fn += gold.size() - hit;
            int[] c = perCat.computeIfAbsent(r.category(), k -> new int[5]);
            c[1]++;
            if (ok) {
                pass++;
                c[0]++;
            }
            c[2] += hit;
            c[3] += left.size();
            c[4] += gold.size() - hit;
            if (!ok) errors.add(r.id() + "\t" + (r.noEvents() ? "(no events)" : String.join(" ", gold)) + "\t"
                    + (pred.isEmpty() ? "(none)" : String.join(" ", pred)) + "\t" + r.text());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        double p = EvalReport.ratio(tp, tp + fp), rc = EvalReport.ratio(tp, tp + fn);
        metrics.put("triple_precision", p);
        metrics.put("triple_recall", rc);
        metrics.put("triple_f1", EvalReport.f1(p, rc));
        metrics.put("cameo_root_accuracy", EvalReport.ratio(rootHit, goldTriples));
        metrics.put("pass_rate", EvalReport.ratio(pass, recs.size()));
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        perCat.forEach((k, c) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("pass_rate", EvalReport.ratio(c[0], c[1]));
            double cp = EvalReport.ratio(c[2], c[2] + c[3]), cr = EvalReport.ratio(c[2], c[2] + c[4]);
            m.put("triple_f1", EvalReport.f1(cp, cr));
            m.put("n", (double) c[1]);
            per.put(k, m);
        });
        return new EvalReport("petrarch", records.toString(), recs.size(), metrics, per, errors);
    }

    /**
     * Runs with the suite's own dictionaries: actors and agents through {@link PetrarchImporter} (the suite's
     * fictional three-letter codes, "ARN", "GON", ..., count as country codes), verbs through {@link PetrarchVerbs}.
     */
    public static EvalReport run(Path records, Path actors, Path agents, Path verbs, Annotator annotator, int limit) {
        Set<String> countries = new HashSet<>(ActorDictionary.bundled().countryCodes());
        try {
            Matcher m = Pattern.compile("\\[([A-Za-z]{3})").matcher(Files.readString(actors));
            while (m.find()) countries.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        countries.removeAll(Set.of("IGO", "NGO", "IMG", "MNC"));
        PetrarchImporter im = new PetrarchImporter(countries);
        im.readActors(actors);
        if (agents != null) im.readAgents(agents);
        return run(records, verbs, new ActorTagger(im.result().dictionary()), annotator, limit);
    }

    /**
     * An actor's code as CAMEO writes it: Sitrep's police sector POL is CAMEO's COP (the importer maps COP to POL
     * on the way in, so the gold's COP must be compared with POL mapped back).
     */
    static String cameoCode(org.sitrep.model.ActorRef a) {
        if (!"POL".equals(a.sector())) return a.code();
        return (a.country() == null ? "" : a.country()) + "COP";
    }

    private static String root(String code) { return code.length() >= 2 ? code.substring(0, 2) : code; }
}
