package org.sitrep.extract;

import org.sitrep.model.Analysis;

/**
 * One step of the extract chain: reads an {@link Analysis} and returns it with its own layer added
 * (actors, places, times or quantities). Stages are small, composable and testable alone.
 */
public interface AnalysisStage {
    Analysis apply(Analysis analysis);
}
