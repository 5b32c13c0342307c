package org.sitrep.extract.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.DataFiles;
import org.sitrep.model.Certainty;
import org.sitrep.model.Stance;

/**
 * Reporting words from {@code sitrep/claims/reporting.tsv}: verbs, nouns, adverbs and modifiers that attribute an
 * event to a source, with the certainty and stance each gives.
 */
public final class ReportingLexicon {
    private static volatile ReportingLexicon bundled;
    private final Map<String, Entry> entries;

    /** One reporting word. */
    public record Entry(String lemma, String pos, Certainty certainty, Stance stance, String where) {}

    public ReportingLexicon(List<Entry> list) {
        Map<String, Entry> m = new HashMap<>();
        for (Entry e : list) m.put(e.pos() + ":" + e.lemma(), e);
        this.entries = Map.copyOf(m);
    }

    public static ReportingLexicon bundled() {
        ReportingLexicon l = bundled;
        if (l == null) bundled = l = parse(DataFiles.lines("claims/reporting.tsv"));
        return l;
    }

    public static ReportingLexicon parse(List<DataFiles.Line> lines) {
        List<Entry> out = new java.util.ArrayList<>();
        for (DataFiles.Line l : lines) {
            if (l.isComment() || l.text().startsWith("lemma\t")) continue;
            String[] f = l.text().split("\t", -1);
            if (f.length < 4) throw new IllegalArgumentException(l.where() + ": expected at least 4 columns");
            out.add(new Entry(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip(),
                    Certainty.valueOf(f[2].strip().toUpperCase(Locale.ROOT)),
                    Stance.valueOf(f[3].strip().toUpperCase(Locale.ROOT)), l.where()));
        }
        return new ReportingLexicon(out);
    }

    /** The entry for a lemma with a part of speech (verb, noun, adverb, preposition, modifier), or null. */
    public Entry get(String pos, String lemma) { return entries.get(pos + ":" + lemma.toLowerCase(Locale.ROOT)); }
}
