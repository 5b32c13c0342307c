package org.sitrep.nlp;

import java.time.LocalDate;
import org.sitrep.model.Doc;

/**
 * The nlp stage's contract: annotate a text into Sitrep's own document model.
 * No type of the underlying NLP library crosses this boundary.
 */
public interface Annotator {
    /**
     * @param text    clean body text
     * @param docDate the report's publication date, anchoring relative time expressions; may be null
     */
    Doc annotate(String text, LocalDate docDate);
}
