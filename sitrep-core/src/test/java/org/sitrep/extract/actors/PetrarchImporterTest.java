package org.sitrep.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Shared;

class PetrarchImporterTest {
    static Path fixture(String name) throws Exception {
        return Path.of(PetrarchImporterTest.class.getResource("/actors/" + name).toURI());
    }

    @Test
    void readsHeadwordsSynonymsDatedCodesAndAgents() throws Exception {
        PetrarchImporter.Imported im = PetrarchImporter.readWithReport(fixture("tabari-fixture.actors.txt"),
                fixture("tabari-fixture.agents.txt"));
        ActorDictionary d = im.dictionary();

        assertThat(d.lookup("Northlander")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ActorEntry.Kind.ALIAS);
            assertThat(e.country()).isEqualTo("NLD");
            assertThat(e.sector()).isNull();
        });
        assertThat(d.lookup("river militia")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ActorEntry.Kind.GROUP);
            assertThat(e.country()).isEqualTo("SYR");
            assertThat(e.sector()).isEqualTo("REB");
            assertThat(e.source()).endsWith("tabari-fixture.actors.txt:9");
        });
        List<ActorEntry> john = d.lookup("J. Q. Example");
        assertThat(john).hasSize(2).allSatisfy(e -> assertThat(e.kind()).isEqualTo(ActorEntry.Kind.PERSON));
        assertThat(ActorTagger.choose(john, LocalDate.of(2012, 5, 1)).sector()).isEqualTo("GOV");
        assertThat(ActorTagger.choose(john, LocalDate.of(2019, 5, 1)).sector()).isEqualTo("ELI");
        assertThat(d.lookup("Anna Sampel")).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo(LocalDate.of(2020, 6, 30));
            assertThat(e.country()).isEqualTo("TUR");
        });
        assertThat(d.lookup("world help agency")).extracting(ActorEntry::sector).containsExactly("IGO");

        assertThat(d.lookup("spokesman")).extracting(ActorEntry::sector).containsExactly("GOV");
        assertThat(d.lookup("spokeswoman")).hasSize(1);
        assertThat(d.lookup("riot squads")).extracting(ActorEntry::sector).containsExactly("POL");
        assertThat(d.lookup("relief charity")).extracting(ActorEntry::sector).containsExactly("NGO");

        ImportReport r = im.report();
        assertThat(r.actorHeadwords()).isEqualTo(5);
        assertThat(r.synonyms()).isEqualTo(4);
        // orphan headword without code, broken block, [---], bad date, agent line without code
        assertThat(r.skippedLines()).isEqualTo(5);
        assertThat(r.problems()).anyMatch(p -> p.contains("ORPHAN_HEADWORD"))
                .anyMatch(p -> p.contains("bad date")).anyMatch(p -> p.contains("agents.txt:6"));
    }

    @Test
    void importedDictionaryIsWrittenInOurFormatAndReadsBack(@TempDir Path dir) throws Exception {
        ActorDictionary d = PetrarchImporter.read(fixture("tabari-fixture.actors.txt"), fixture("tabari-fixture.agents.txt"));
        List<Path> files = ActorTsvWriter.write(d, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("people.tsv", "groups.tsv", "agents.tsv", "aliases.tsv");
        Path actors = dir.resolve("override");
        ActorTsvWriter.write(d, actors.resolve("actors"));
        String old = System.getProperty("sitrep.data");
        System.setProperty("sitrep.data", actors.toString());
        try {
            ActorDictionary back = ActorDictionary.bundled();
            assertThat(back.problems()).isEmpty();
            assertThat(back.lookup("River Militia")).extracting(ActorEntry::sector).contains("REB");
            assertThat(back.lookup("riot squad")).extracting(ActorEntry::sector).contains("POL");
            assertThat(back.lookup("Lavrov")).isNotEmpty();
        } finally {
            if (old == null) System.clearProperty("sitrep.data");
            else System.setProperty("sitrep.data", old);
        }
    }

    @Test
    void importsThePetrarchValidationDictionaries() {
        Path dir = Shared.eval().resolve("petrarch2-validation");
        PetrarchImporter.Imported im = PetrarchImporter.readWithReport(dir.resolve("PETR.Validate.actors.txt"),
                dir.resolve("PETR.Validate.agents.txt"));
        ImportReport r = im.report();
        System.out.println("PETR.Validate import: " + r);
        assertThat(r.actorHeadwords()).isGreaterThan(100);
        assertThat(r.agentLines()).isGreaterThan(60);
        ActorDictionary d = im.dictionary();
        assertThat(d.lookup("Israeli troops")).extracting(ActorEntry::country, ActorEntry::sector)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ISR", "MIL"));
        assertThat(d.lookup("Hamas")).extracting(ActorEntry::country).containsExactly("PSE");
        assertThat(d.lookup("Smeagol")).hasSize(3);
        assertThat(d.lookup("foreign minister")).extracting(ActorEntry::sector).containsExactly("GOV");
        assertThat(d.lookup("congressman")).extracting(ActorEntry::sector).containsExactly("LEG");
        assertThat(d.lookup("attorneys general")).hasSize(1);
        assertThat(r.problems()).anyMatch(p -> p.contains("[---]") || p.contains("[+++]"));
    }
}
