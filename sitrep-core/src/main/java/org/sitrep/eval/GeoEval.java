package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.extract.places.OutletLexicon;
import org.sitrep.extract.places.Place;
import org.sitrep.extract.places.PlaceTagger;
import org.sitrep.model.Analysis;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Report;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * Geoparsing evaluation, end to end from raw text: annotate each article, run the {@link PlaceTagger}, match
 * predicted place spans to gold toponyms, and score resolution.
 *
 * <p>Reads the LGL format ({@code <article docid><text><toponyms><toponym><start><end><phrase><gaztag><lat><lon>})
 * and the GeoVirus format ({@code <article><text><locations><location><name><start><end><lat><lon>}); a directory
 * is searched for {@code *.xml} files of either kind, each scored as its own category.
 *
 * <p>Metrics: {@code span_precision/recall/f1} (a prediction matches a gold toponym if their character ranges
 * overlap, one-to-one), {@code span_exact_*} (identical ranges), {@code acc_at_161km} and {@code median_error_km}
 * over matched toponyms that have gold coordinates (an unresolved prediction counts as the maximum error),
 * {@code auc_log_error} (mean of ln(1+error)/ln(1+20039), lower is better) and {@code acc_at_161km_e2e} over all
 * gold toponyms with coordinates (missed ones count as wrong). {@code acc_at_161km_or_area} also counts as right a
 * matched prediction that is the gold's own GeoNames entry or an area containing the gold point (see
 * {@link #sameOrInside}): gold sets represent countries and provinces by points of their own choosing.
 */
public final class GeoEval {
    static final double MAX_KM = 20039;

    private GeoEval() {}

    /**
     * Evaluates the gold file (or directory) with the shared CoreNLP annotator and the bundled gazetteer, with
     * the outlet prior (an {@link OutletLexicon} learned online from the articles before, in file order).
     */
    public static EvalReport run(Path goldFile, int limit) {
        return run(goldFile, limit, true);
    }

    /** @param outletPrior whether each article's outlet (LGL domain, GeoVirus source host) is used as a prior */
    public static EvalReport run(Path goldFile, int limit, boolean outletPrior) {
        return run(goldFile, limit, CoreNlpAnnotator.shared(),
                new PlaceTagger(Gazetteer.bundled(), outletPrior ? new OutletLexicon() : null));
    }

    /**
     * Articles are tagged one after the other in file order, each as a report of its outlet (the LGL
     * {@code <domain>}, the host of the GeoVirus {@code <source>}), so a tagger with an {@link OutletLexicon}
     * reads each article with what that outlet's earlier articles taught; the gold never enters the lexicon.
     *
     * @param limit maximum number of articles per gold file; 0 or negative for all
     */
    public static EvalReport run(Path gold, int limit, Annotator annotator, PlaceTagger tagger) {
        List<Path> files = goldFiles(gold);
        Score total = new Score();
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            Score s = new Score();
            List<Article> articles = read(f);
            if (limit > 0 && articles.size() > limit) articles = articles.subList(0, limit);
            for (Article a : articles) {
                List<Predicted> pred = predict(a, annotator, tagger);
                s.add(a, pred, errors);
            }
            per.put(f.getFileName().toString(), s.metrics());
            total.merge(s);
        }
        return new EvalReport("geo", gold.toString(), total.gold, total.metrics(), per, errors);
    }

    private static List<Path> goldFiles(Path gold) {
        if (!Files.isDirectory(gold)) return List.of(gold);
        try (Stream<Path> s = Files.walk(gold)) {
            return s.filter(p -> p.toString().endsWith(".xml")).filter(GeoEval::isGeoGold).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isGeoGold(Path p) {
        try {
            String head = new String(Arrays.copyOf(Files.readAllBytes(p), 4000), StandardCharsets.UTF_8);
            return head.contains("<toponyms") || head.contains("<locations");
        } catch (IOException e) {
            return false;
        }
    }

    /** A gold article. */
    record Article(String id, String text, LocalDate date, String outlet, List<Gold> gold) {}

    /** A gold toponym; lat/lon NaN when the corpus gives no coordinates; geonameId 0 when it names none. */
    record Gold(int start, int end, String phrase, double lat, double lon, long geonameId) {
        boolean hasCoords() { return !Double.isNaN(lat) && !Double.isNaN(lon); }
    }

    /** A predicted place with character offsets. */
    record Predicted(int start, int end, PlaceRef ref) {}

    static List<Article> read(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (Element art : d.select("article")) {
            n++;
            Element textEl = art.selectFirst("> text");
            if (textEl == null) continue;
            String text = textEl.wholeText();
            String id = art.hasAttr("docid") ? art.attr("docid") : file.getFileName() + "#" + n;
            LocalDate date = null;
            Element dl = art.selectFirst("> dltime");
            if (dl != null && dl.text().length() >= 10) {
                try {
                    date = LocalDate.parse(dl.text().substring(0, 10));
                } catch (RuntimeException e) {
                    date = null;
                }
            }
            Element outletEl = art.selectFirst("> domain, > source");
            String outlet = outletEl == null ? null : OutletLexicon.key(outletEl.text());
            List<Gold> gold = new ArrayList<>();
            for (Element t : art.select("toponyms > toponym, locations > location")) {
                int start = intOf(t.selectFirst("> start")), end = intOf(t.selectFirst("> end"));
                Element nameEl = t.selectFirst("> phrase, > name");
                String expected = nameEl == null ? null : nameEl.text().strip();
                if (expected != null && !expected.isEmpty()) {
                    int fixed = align(text, expected, start);
                    if (fixed >= 0) {
                        start = fixed;
                        end = fixed + expected.length();
                    }
                }
                if (start < 0 || end <= start || end > text.length()) continue;
                Element gaz = t.selectFirst("> gaztag");
                long gid = gaz == null ? 0 : longOf(gaz.attr("geonameid"));
                gold.add(new Gold(start, end, text.substring(start, end), dbl(t.selectFirst("lat")), dbl(t.selectFirst("lon")), gid));
            }
            out.add(new Article(id, text, date, outlet, gold));
        }
        return out;
    }

    /**
     * Where the gold name really is: at the given offset, else the nearest occurrence within 10 characters
     * (GeoVirus offsets are shifted by one), else -1.
     */
    static int align(String text, String expected, int start) {
        if (start >= 0 && text.startsWith(expected, start)) return start;
        for (int d = 1; d <= 10; d++) {
            if (start - d >= 0 && text.startsWith(expected, start - d)) return start - d;
            if (start + d >= 0 && start + d < text.length() && text.startsWith(expected, start + d)) return start + d;
        }
        return -1;
    }

    private static int intOf(Element e) {
        try {
            return e == null ? -1 : Integer.parseInt(e.text().strip());
        } catch (NumberFormatException x) {
            return -1;
        }
    }

    private static long longOf(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    private static double dbl(Element e) {
        try {
            return e == null || e.text().isBlank() ? Double.NaN : Double.parseDouble(e.text().strip());
        } catch (NumberFormatException x) {
            return Double.NaN;
        }
    }

    static List<Predicted> predict(Article a, Annotator annotator, PlaceTagger tagger) {
        try {
            Doc doc = annotator.annotate(a.text(), a.date());
            Report r = new Report(a.id(), a.id(), a.outlet(), null, null, null, "", a.text(), null, "eval", "txt");
            Analysis an = tagger.apply(Analysis.of(r, doc));
            List<Predicted> out = new ArrayList<>();
            for (Anchored<PlaceRef> p : an.places()) out.add(new Predicted(p.span().begin(), p.span().end(), p.value()));
            return out;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Running counts for one corpus or the total. */
    static final class Score {
        int gold, predicted, matched, exact, withCoords, within161, sameOrInside;
        final List<Double> errorsKm = new ArrayList<>();

        void add(Article a, List<Predicted> preds, List<String> errors) {
            gold += a.gold().size();
            predicted += preds.size();
            boolean[] used = new boolean[preds.size()];
            for (Gold g : a.gold()) if (g.hasCoords()) withCoords++;
            for (Gold g : a.gold()) {
                int best = -1;
                int bestOverlap = 0;
                for (int i = 0; i < preds.size(); i++) {
                    if (used[i]) continue;
                    Predicted p = preds.get(i);
                    int ov = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
                    if (p.start() == g.start() && p.end() == g.end()) ov = Integer.MAX_VALUE;
                    if (ov > bestOverlap) {
                        bestOverlap = ov;
                        best = i;
                    }
                }
                String where = a.id() + ":" + g.start() + "-" + g.end();
                if (best < 0) {
                    errors.add(where + "\tmissed " + g.phrase() + coords(g.lat(), g.lon()) + "\t-");
                    continue;
                }
                used[best] = true;
                matched++;
                Predicted p = preds.get(best);
                if (p.start() == g.start() && p.end() == g.end()) exact++;
                if (!g.hasCoords()) continue;
                double err = p.ref().resolved() ? Place.distanceKm(g.lat(), g.lon(), p.ref().lat(), p.ref().lon()) : MAX_KM;
                errorsKm.add(err);
                if (err <= 161 || sameOrInside(g, p.ref(), err)) sameOrInside++;
                if (err <= 161) within161++;
                else errors.add(where + "\t" + g.phrase() + coords(g.lat(), g.lon()) + "\t" + p.ref().name() + " "
                        + p.ref().gazetteerId() + coords(p.ref().lat(), p.ref().lon()) + String.format(" (%.0f km)", err));
            }
            for (int i = 0; i < preds.size(); i++) {
                if (!used[i]) errors.add(a.id() + ":" + preds.get(i).start() + "-" + preds.get(i).end()
                        + "\tno gold toponym\t" + preds.get(i).ref().text() + " " + preds.get(i).ref().gazetteerId());
            }
        }

        void merge(Score o) {
            gold += o.gold;
            predicted += o.predicted;
            matched += o.matched;
            exact += o.exact;
            withCoords += o.withCoords;
            within161 += o.within161;
            sameOrInside += o.sameOrInside;
            errorsKm.addAll(o.errorsKm);
        }

        Map<String, Double> metrics() {
            Map<String, Double> m = new LinkedHashMap<>();
            double p = EvalReport.ratio(matched, predicted), r = EvalReport.ratio(matched, gold);
            m.put("span_precision", p);
            m.put("span_recall", r);
            m.put("span_f1", EvalReport.f1(p, r));
            double pe = EvalReport.ratio(exact, predicted), re = EvalReport.ratio(exact, gold);
            m.put("span_exact_precision", pe);
            m.put("span_exact_recall", re);
            m.put("span_exact_f1", EvalReport.f1(pe, re));
            m.put("acc_at_161km", EvalReport.ratio(within161, errorsKm.size()));
            m.put("median_error_km", median(errorsKm));
            double auc = 0;
            for (double e : errorsKm) auc += Math.log1p(e) / Math.log1p(MAX_KM);
            m.put("auc_log_error", errorsKm.isEmpty() ? 0 : auc / errorsKm.size());
            m.put("acc_at_161km_e2e", EvalReport.ratio(within161, withCoords));
            m.put("acc_at_161km_or_area", EvalReport.ratio(sameOrInside, errorsKm.size()));
            m.put("gold_toponyms", (double) gold);
            m.put("resolved_pairs", (double) errorsKm.size());
            return m;
        }
    }

    /**
     * Beyond 161 km, a prediction still names the gold place when it is the very GeoNames entry the gold names
     * (LGL), or when it is an area (country, first-level division, region: precision 3 or 4) whose extent
     * radius contains the gold point: the gold then represents the same area by another point (Wikipedia's
     * centroid of China vs GeoNames').
     */
    static boolean sameOrInside(Gold g, PlaceRef p, double errKm) {
        if (!p.resolved()) return false;
        if (g.geonameId() > 0 && p.gazetteerId().equals("geonames:" + g.geonameId())) return true;
        return p.precision() >= 3 && p.relation() == null && errKm <= p.radiusKm();
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) return 0;
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static String coords(double lat, double lon) {
        return Double.isNaN(lat) ? "" : String.format(" @%.3f,%.3f", lat, lon);
    }
}
