package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;

/** The last extract step: turns an analysed report into claims, each carrying the event it asserts. */
public interface EventCoder {
    List<Claim> code(Analysis analysis);
}
