package org.sitrep.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Anchored;
import org.sitrep.model.Doc;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.testing.Shared;

/** Runs the tagger over both seed articles; prints load and tagging times (not asserted). */
class ActorSeedTest {
    @Test
    void findsTheNamedOfficialsAndSyrianSidesInTheSeeds() throws Exception {
        long t0 = System.nanoTime();
        ActorDictionary dict = ActorDictionary.bundled();
        System.out.printf("actor dictionary: %d entries loaded in %.0f ms%n", dict.size(), (System.nanoTime() - t0) / 1e6);
        ActorTagger tagger = new ActorTagger(dict);
        List<ActorRef> found = new ArrayList<>();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Shared.seeds())) {
            seeds = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README")).sorted().toList();
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(2);
        for (Path p : seeds) {
            Doc doc = CoreNlpAnnotator.shared().annotate(Files.readString(p), LocalDate.of(2024, 12, 2));
            tagger.tag(doc); // warm-up
            long t1 = System.nanoTime();
            List<Anchored<ActorRef>> actors = tagger.tag(doc);
            System.out.printf("%s: %d tokens, %d actor mentions, tagged in %.1f ms%n", p.getFileName(),
                    doc.tokens().size(), actors.size(), (System.nanoTime() - t1) / 1e6);
            actors.forEach(a -> found.add(a.value()));
        }
        for (String[] who : new String[][] {{"Dmitry Peskov", "RUS"}, {"Sergei Lavrov", "RUS"}, {"Hakan Fidan", "TUR"},
                {"Abbas Araghchi", "IRN"}, {"Andrei Belousov", "RUS"}, {"Kim Jong Un", "PRK"}, {"Öncü Keçeli", "TUR"}}) {
            assertThat(found).as(who[0]).anyMatch(r -> who[0].equals(r.person()) && who[1].equals(r.country()));
        }
        assertThat(found).anyMatch(r -> r.text().equals("Syrian opposition forces") && r.code().equals("SYRREB"));
        assertThat(found).anyMatch(r -> r.text().equals("Syrian authorities") && r.code().equals("SYRGOV"));
    }
}
