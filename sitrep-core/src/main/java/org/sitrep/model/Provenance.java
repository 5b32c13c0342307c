package org.sitrep.model;

import java.util.List;

/**
 * Which rule and which dictionary entries produced a coding, so every output field can be traced.
 *
 * @param rule    rule id from the coder's rule file ("consult.phone-call.light-verb")
 * @param entries dictionary entries used ("actors/people.tsv:sergei-lavrov", "gazetteer:geonames:170063")
 * @param notes   free-form explanation steps
 */
public record Provenance(String rule, List<String> entries, List<String> notes) {
    public Provenance {
        entries = entries == null ? List.of() : List.copyOf(entries);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
