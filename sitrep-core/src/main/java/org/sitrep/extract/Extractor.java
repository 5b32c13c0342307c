package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;

/** Runs the mention stages in order, then the event coder. */
public final class Extractor {
    private final List<AnalysisStage> stages;
    private final EventCoder coder;

    public Extractor(List<AnalysisStage> stages, EventCoder coder) {
        this.stages = List.copyOf(stages);
        this.coder = coder;
    }

    /** Applies every stage, in order. */
    public Analysis analyse(Analysis a) {
        for (AnalysisStage s : stages) a = s.apply(a);
        return a;
    }

    public List<Claim> claims(Analysis analysed) { return coder.code(analysed); }
}
