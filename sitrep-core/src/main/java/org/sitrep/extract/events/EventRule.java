package org.sitrep.extract.events;

import java.util.List;
import java.util.Set;
import org.sitrep.model.PloverType;

/**
 * One coding rule from {@code sitrep/events/rules.tsv} (the file's header documents the format).
 *
 * @param id        rule id, recorded in provenance
 * @param pos       what the trigger is
 * @param lemmas    trigger lemmas (lower case)
 * @param frame     conditions on the trigger's dependents
 * @param needPlace emit only when a place is found through the rule's own place paths
 * @param type      PLOVER type (null for support verbs)
 * @param mode      mode, or null
 * @param cameo     CAMEO code overriding the ontology's, or null
 * @param initiator role paths for the initiator, in priority order
 * @param recipient role paths for the recipient
 * @param place     role paths for the place
 * @param contexts  extra PLOVER contexts
 * @param where     the rule's data file line
 */
public record EventRule(String id, Pos pos, Set<String> lemmas, List<Frame> frame, boolean needPlace, PloverType type,
                        String mode, String cameo, List<String> initiator, List<String> recipient, List<String> place,
                        List<String> contexts, String where) {
    public EventRule {
        lemmas = Set.copyOf(lemmas);
        frame = List.copyOf(frame);
        initiator = List.copyOf(initiator);
        recipient = List.copyOf(recipient);
        place = List.copyOf(place);
        contexts = List.copyOf(contexts);
    }

    /** The part of speech a rule triggers on. */
    public enum Pos { VERB, NOUN, SUPPORT }

    /**
     * A condition on a dependent of the trigger: relation {@code rel} with one of {@code lemmas} (any lemma if empty);
     * {@code negated} means no such dependent may exist. {@code rel} "gov.lemma" tests the lemma of the verb that
     * governs a nominal trigger.
     */
    public record Frame(String rel, Set<String> lemmas, boolean negated) {
        public Frame {
            lemmas = Set.copyOf(lemmas);
        }

        public boolean anyLemma() { return lemmas.isEmpty(); }
    }
}
