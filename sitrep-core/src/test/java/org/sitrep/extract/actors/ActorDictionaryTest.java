package org.sitrep.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
    @Test
    void lookupFoldsCaseDiacriticsApostrophesAndArabicArticles() {
        ActorDictionary d = ActorDictionary.bundled();
        assertThat(d.problems()).isEmpty();
        assertThat(d.countryCodes()).hasSizeGreaterThan(240);
        for (String spelling : List.of("Türkiye", "Turkiye", "TURKEY", "turkey")) {
            assertThat(d.lookup(spelling)).extracting(ActorEntry::country).contains("TUR");
        }
        assertThat(d.lookup("the Kremlin")).extracting(ActorEntry::kind).contains(ActorEntry.Kind.METONYM);
        assertThat(d.lookup("Bashar Al Assad")).extracting(ActorEntry::id).contains("assad");
        assertThat(d.lookup("Assad’s forces")).extracting(ActorEntry::sector).containsExactly("MIL");
        assertThat(d.lookup("Erdogan")).extracting(ActorEntry::name).contains("Recep Tayyip Erdoğan");
        assertThat(d.lookup("Hay’at Tahrir al-Sham")).extracting(ActorEntry::id).containsExactly("hts");
        ActorEntry agent = d.lookup("spokesperson").get(0);
        assertThat(agent.source()).startsWith("sitrep/actors/agents.tsv:");
    }

    @Test
    void userOverrideFileCorrectsAndExtendsWithoutRebuild(@TempDir Path dir) throws Exception {
        Path actors = Files.createDirectories(dir.resolve("actors"));
        Files.writeString(actors.resolve("people.tsv"), "# my corrections\n"
                + "keceli\tÖncü Keçeli\tKeceli\tAmbassador\tTUR\tGOV\t\t\n"
                + "jane-roe\tJane Roe\tRoe\tField commander\tSYR\tREB\t2020-01-01\t\n");
        String old = System.getProperty("sitrep.data");
        System.setProperty("sitrep.data", dir.toString());
        try {
            ActorDictionary d = ActorDictionary.bundled();
            ActorEntry keceli = d.lookup("Oncu Keceli").stream().filter(e -> e.id().equals("keceli")).findFirst().orElseThrow();
            assertThat(keceli.role()).isEqualTo("Ambassador");
            assertThat(keceli.source()).startsWith(actors.toString());
            assertThat(d.lookup("Keceli")).hasSize(1);
            assertThat(d.lookup("Jane Roe")).extracting(ActorEntry::sector).containsExactly("REB");
        } finally {
            if (old == null) System.clearProperty("sitrep.data");
            else System.setProperty("sitrep.data", old);
        }
    }

    @Test
    void mergeLetsTheOtherDictionaryWin() {
        ActorEntry a = new ActorEntry(ActorEntry.Kind.GROUP, "x", "Group X", List.of("Group X"), "SYR", "REB", "", null, null, "a:1");
        ActorEntry b = new ActorEntry(ActorEntry.Kind.GROUP, "x", "Group X", List.of("Group X", "GX"), "SYR", "MIL", "", null, null, "b:1");
        ActorDictionary merged = ActorDictionary.of(List.of(a)).merge(ActorDictionary.of(List.of(b)));
        assertThat(merged.size()).isEqualTo(1);
        assertThat(merged.lookup("group x")).extracting(ActorEntry::sector).containsExactly("MIL");
        assertThat(merged.lookup("GX")).hasSize(1);
    }
}
