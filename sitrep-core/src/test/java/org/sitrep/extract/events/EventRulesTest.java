package org.sitrep.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.data.DataFiles;
import org.sitrep.model.PloverType;

class EventRulesTest {
    @Test
    void bundledRulesCoverEveryTypeWithBroadVocabulary() {
        EventRules r = EventRules.bundled();
        assertThat(r.triggerLemmaCount()).isGreaterThanOrEqualTo(150);
        Set<PloverType> types = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (EventRule x : r.rules()) {
            if (x.type() != null) types.add(x.type());
            assertThat(ids.add(x.id())).as("duplicate id " + x.id()).isTrue();
        }
        assertThat(types).containsExactlyInAnyOrder(PloverType.values());
        assertThat(r.isSupportVerb("carry")).isTrue();
    }

    @Test
    void readsFramesDefaultsAndRejectsCodesOutsideTheOntology() {
        DataFiles.Line ok = new DataFiles.Line("user.tsv", 3,
                "x.take-control\tverb\ttake|seize\tobj=control;!prt=*;need=place\tASSAULT\tcaptured\t-\t*\tobl:from\tn.nmod:over\tterritory");
        EventRules r = EventRules.parse(List.of(ok), Ontology.bundled());
        EventRule rule = r.rules().get(0);
        assertThat(rule.lemmas()).containsExactlyInAnyOrder("take", "seize");
        assertThat(rule.frame()).hasSize(2);
        assertThat(rule.frame().get(1).negated()).isTrue();
        assertThat(rule.needPlace()).isTrue();
        assertThat(rule.initiator()).startsWith("nsubj");
        assertThat(rule.where()).isEqualTo("user.tsv:3");

        DataFiles.Line bad = new DataFiles.Line("user.tsv", 4,
                "x.bad\tverb\ttake\t-\tASSAULT\tno-such-mode\t-\t*\t*\t*\t-");
        assertThatThrownBy(() -> EventRules.parse(List.of(bad), Ontology.bundled())).hasMessageContaining("user.tsv:4");
    }
}
