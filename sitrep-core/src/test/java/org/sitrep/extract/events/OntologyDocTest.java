package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;

/** docs/ontology.md is the published form of ontology.tsv; they must agree. */
class OntologyDocTest {
    static Path doc() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs")) ) p = p.getParent();
        if (p == null) p = Path.of("..").toAbsolutePath();
        return p.resolve("docs/ontology.md");
    }

    @Test
    void publishedTableMatchesTheDataFile() throws Exception {
        String expected = Ontology.bundled().markdown();
        Path doc = doc();
        if (Boolean.getBoolean("sitrep.writeOntologyDoc")) Files.writeString(doc, expected, StandardCharsets.UTF_8);
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void everyPloverTypeHasABaseRowAndTheConflictExtensions() {
        Ontology o = Ontology.bundled();
        Set<PloverType> types = o.entries().stream().map(OntologyEntry::type).collect(Collectors.toSet());
        assertThat(types).isEqualTo(EnumSet.allOf(PloverType.class));
        assertThat(o.lookup(PloverType.ASSAULT, "captured").acledSubType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(o.lookup(PloverType.ASSAULT, "regained").acledSubType()).isEqualTo("Government regains territory");
        assertThat(o.has(PloverType.MOBILIZE, "redeploy")).isTrue();
        assertThat(o.has(PloverType.CONSULT, "phone")).isTrue();
        assertThat(o.lookup(PloverType.CONSULT, "phone").cameo()).isEqualTo("041");
        assertThat(o.lookup(PloverType.AID, "no-such-mode").mode()).isNull();
        assertThat(o.typeForCameo("0231")).isEqualTo(PloverType.REQUEST);
        assertThat(o.typeForCameo("195")).isEqualTo(PloverType.ASSAULT);
    }
}
