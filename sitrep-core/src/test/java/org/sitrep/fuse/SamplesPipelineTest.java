package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.actors.ActorDictionary;
import org.sitrep.extract.actors.ActorTagger;
import org.sitrep.extract.events.RuleCoder;
import org.sitrep.extract.places.Gazetteer;
import org.sitrep.extract.places.PlaceTagger;
import org.sitrep.extract.quantities.QuantityTagger;
import org.sitrep.extract.time.TimeTagger;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Event;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.report.brief.Sitrep;
import org.sitrep.report.brief.SitrepBuilder;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/** The real pipeline (ingest, CoreNLP, taggers, rule coder, merging fuser, store) on the repository's samples. */
class SamplesPipelineTest {
    @TempDir
    static Path dir;
    static List<Event> first, again;
    static Sitrep brief;
    static String copyId, originalId;
    static java.util.Map<String, String> outletOf = new java.util.HashMap<>();
    /** The stored reports with their claims, oldest first (to fuse again in other orders). */
    static List<java.util.Map.Entry<org.sitrep.model.Report, List<org.sitrep.model.Claim>>> reports = new java.util.ArrayList<>();

    @BeforeAll
    static void run() {
        List<IngestOutcome> in = new Ingestor().ingestPath(SamplesCopyTest.samples());
        try (Store st = Store.open(dir.resolve("s.db"))) {
            Pipeline p = new Pipeline((text, d) -> CoreNlpAnnotator.shared().annotate(text, d),
                    new Extractor(List.of(new ActorTagger(ActorDictionary.bundled(), Gazetteer.bundled()::townCountry), new PlaceTagger(Gazetteer.bundled()), new TimeTagger(),
                            new QuantityTagger()),
                            RuleCoder.bundled()), new MergingFuser(st), st, 1);
            p.run(in, false, x -> { });
            first = st.events(EventQuery.all());
            p.run(in, true, x -> { });
            again = st.events(EventQuery.all());
            copyId = st.queryOne("SELECT report_id FROM report_minhash WHERE copy_of IS NOT NULL", rs -> rs.getString(1)).orElse(null);
            originalId = st.queryOne("SELECT copy_of FROM report_minhash WHERE copy_of IS NOT NULL", rs -> rs.getString(1)).orElse(null);
            for (var r : st.reports(0, 0)) {
                outletOf.put(r.id(), r.outlet());
                reports.add(java.util.Map.entry(r, st.claimsOfReport(r.id())));
            }
            reports.sort(java.util.Comparator.comparing((java.util.Map.Entry<org.sitrep.model.Report, List<org.sitrep.model.Claim>> x) ->
                    String.valueOf(x.getKey().published())).thenComparing(x -> x.getKey().id()));
            brief = new SitrepBuilder(st).build(LocalDate.of(2024, 12, 3), 7);
            try {
                java.nio.file.Files.createDirectories(Path.of("target", "sitrep-test"));
                java.nio.file.Files.writeString(Path.of("target", "sitrep-test", "samples.html"),
                        new org.sitrep.report.brief.HtmlRenderer().render(brief));
                java.nio.file.Files.writeString(Path.of("target", "sitrep-test", "samples-events-first.txt"), String.join("\n",
                        first.stream().map(e -> e.id() + " " + e.coding().type() + "/" + e.coding().mode() + " "
                                + (e.coding().place() == null ? "-" : e.coding().place().name()) + " " + e.status() + " outlets="
                                + e.outlets() + " sup=" + e.supporting() + " con=" + e.contradicting() + " notes=" + e.mergeNotes()).toList()));
                java.nio.file.Files.writeString(Path.of("target", "sitrep-test", "samples-events.txt"), String.join("\n",
                        again.stream().map(e -> e.id() + " " + e.coding().type() + "/" + e.coding().mode() + " "
                                + (e.coding().place() == null ? "-" : e.coding().place().name()) + " " + e.status() + " outlets="
                                + e.outlets() + " sup=" + e.supporting() + " con=" + e.contradicting() + " notes=" + e.mergeNotes()).toList()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void fusingTheSamplesForwardOrBackwardGroupsTheClaimsTheSameWay() {
        Set<Set<String>> forward = groupsAfterFusing(reports, "forward.db");
        List<java.util.Map.Entry<org.sitrep.model.Report, List<org.sitrep.model.Claim>>> backward = new java.util.ArrayList<>(reports);
        java.util.Collections.reverse(backward);
        Set<Set<String>> reverse = groupsAfterFusing(backward, "backward.db");
        Set<Set<String>> onlyForward = new HashSet<>(forward), onlyReverse = new HashSet<>(reverse);
        onlyForward.removeAll(reverse);
        onlyReverse.removeAll(forward);
        assertThat(forward).hasSizeGreaterThan(10);
        assertThat(onlyForward).as("groups only in forward order (reverse has %s)", onlyReverse).isEmpty();
    }

    /** The claim groups (sets of claim ids, one per event) after fusing the reports in the given order. */
    private static Set<Set<String>> groupsAfterFusing(List<java.util.Map.Entry<org.sitrep.model.Report, List<org.sitrep.model.Claim>>> order,
                                                     String db) {
        try (Store st = Store.open(dir.resolve(db))) {
            MergingFuser f = new MergingFuser(st);
            for (var x : order) st.saveReport(x.getKey(), List.of(), 1, x.getValue(), f.fuse(x.getKey(), x.getValue()));
            Set<Set<String>> out = new HashSet<>();
            for (Event e : st.events(EventQuery.all())) {
                Set<String> g = new java.util.TreeSet<>(e.supporting());
                g.addAll(e.contradicting());
                out.add(g);
            }
            return out;
        }
    }

    @Test
    void reprocessingTheSamplesDuplicatesNothing() {
        assertThat(first).isNotEmpty();
        assertThat(claimIds(again)).containsExactlyInAnyOrderElementsOf(claimIds(first));
        assertThat(again).allSatisfy(e -> assertThat(e.supporting().size() + e.contradicting().size()).isPositive());
        assertThat(again.stream().map(Event::id).distinct().count()).isEqualTo(again.size());
    }

    static List<String> claimIds(List<Event> events) {
        List<String> out = new java.util.ArrayList<>();
        for (Event e : events) {
            out.addAll(e.supporting());
            out.addAll(e.contradicting());
        }
        return out;
    }

    @Test
    void everyClaimIsInExactlyOneEventAndCopiesAddNoOutlet() {
        Set<String> seen = new HashSet<>();
        for (Event e : again) {
            for (String c : e.supporting()) assertThat(seen.add(c)).as(c).isTrue();
            for (String c : e.contradicting()) assertThat(seen.add(c)).as(c).isTrue();
            assertThat(e.outlets()).isLessThanOrEqualTo(e.supporting().size());
        }
        int checked = 0;
        for (Event e : again) {
            Set<String> outlets = new HashSet<>();
            boolean fromCopy = false;
            for (String c : e.supporting()) {
                String report = c.substring(0, c.indexOf(':'));
                if (report.equals(copyId) && e.supporting().stream().anyMatch(x -> x.startsWith(originalId + ":"))) fromCopy = true;
                else outlets.add(outletOf.get(report));
            }
            if (fromCopy) {
                checked++;
                assertThat(e.outlets()).as(e.id()).isEqualTo(outlets.size());
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theFallOfSaraqibToldByThreeOutletsIsOneCorroboratedEventAndTheMarketStrikeIsDisputed() {
        assertThat(again).anySatisfy(e -> {
            assertThat(e.coding().place()).isNotNull();
            assertThat(e.coding().place().gazetteerId()).isEqualTo("geonames:164816");
            assertThat(e.coding().mode()).isEqualTo("captured");
            assertThat(e.outlets()).isEqualTo(3);
            assertThat(e.status().code()).isEqualTo("corroborated");
        });
        assertThat(again).anySatisfy(e -> {
            assertThat(e.status().code()).isEqualTo("disputed");
            assertThat(e.supporting()).isNotEmpty();
            assertThat(e.contradicting()).anySatisfy(c -> assertThat(outletOf.get(c.substring(0, c.indexOf(':')))).isEqualTo("Volga Wire"));
        });
    }

    @Test
    void theBriefCitesEveryTakeaway() {
        assertThat(brief.takeaways()).isNotEmpty();
        assertThat(brief.takeaways()).allSatisfy(t -> assertThat(t.citations()).isNotEmpty());
        assertThat(brief.mapSvg()).contains("<path");
    }
}
