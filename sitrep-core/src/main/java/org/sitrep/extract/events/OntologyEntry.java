package org.sitrep.extract.events;

import java.util.List;
import org.sitrep.model.PloverType;

/**
 * One row of the event ontology: a PLOVER type and mode with its CAMEO and ACLED mappings.
 *
 * @param type         PLOVER event type
 * @param mode         mode, or null for the type's base row
 * @param cameo        CAMEO code
 * @param acledType    ACLED event type, or null when none applies
 * @param acledSubType ACLED sub-event type, or null
 * @param contexts     default PLOVER contexts
 * @param origin       "plover" for a PLOVER mode, "ext" for a Sitrep extension
 * @param description  what the code means
 * @param where        data file line it came from ("sitrep/events/ontology.tsv:31")
 */
public record OntologyEntry(PloverType type, String mode, String cameo, String acledType, String acledSubType,
                            List<String> contexts, String origin, String description, String where) {
    public OntologyEntry {
        contexts = List.copyOf(contexts);
    }

    /** "ASSAULT/captured" or "ASSAULT". */
    public String key() { return mode == null ? type.name() : type.name() + "/" + mode; }
}
