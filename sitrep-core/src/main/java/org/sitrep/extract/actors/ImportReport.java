package org.sitrep.extract.actors;

import java.util.List;

/**
 * What a {@link PetrarchImporter} run read.
 *
 * @param actorHeadwords actor headwords that gave at least one entry
 * @param synonyms       '+' synonym lines attached to a headword
 * @param agentLines     agent lines read
 * @param entries        dictionary entries produced (one per headword code line, one per agent)
 * @param skippedLines   lines that could not be used (malformed, no code, null codes such as [---])
 * @param problems       the first problems, as "file:line: why"
 */
public record ImportReport(int actorHeadwords, int synonyms, int agentLines, int entries, int skippedLines,
                           List<String> problems) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "read " + actorHeadwords + " actors (" + synonyms + " synonyms), " + agentLines + " agents -> "
                + entries + " entries; " + skippedLines + " lines skipped";
    }
}
