package org.sitrep.extract.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.DataFiles;

/**
 * The nouns and units the quantity tagger knows, from {@code sitrep/quantities/kinds.tsv} (bundled, then the
 * user's override). Keys are lower-case lemmas, single words or space-separated units ("square kilometer").
 */
public final class QuantityKinds {
    public static final String FILE = "quantities/kinds.tsv";

    /** One entry: what the phrase counts or measures, its unit, its class and the data line it came from. */
    public record Kind(String phrase, String kind, String unit, String cls, String where) {
        public boolean isPerson() { return cls.equals("person"); }

        public boolean isCue() { return cls.equals("cue"); }
    }

    private final Map<String, Kind> byPhrase = new HashMap<>();
    private int longest = 1;

    public QuantityKinds(List<Kind> kinds) {
        for (Kind k : kinds) {
            byPhrase.put(k.phrase(), k);
            longest = Math.max(longest, k.phrase().split(" ").length);
        }
    }

    public static QuantityKinds load() {
        List<Kind> out = new java.util.ArrayList<>();
        for (DataFiles.Line l : DataFiles.lines(FILE)) {
            if (l.isComment()) continue;
            String[] c = l.text().split("\t");
            if (c.length < 3) continue;
            out.add(new Kind(c[0].strip().toLowerCase(Locale.ROOT), c[1].strip(), c[2].strip(),
                    c.length > 3 ? c[3].strip() : "thing", l.where()));
        }
        return new QuantityKinds(out);
    }

    /** The entry for a phrase of lemmas, or null; tries the word itself and a plural-stripped form too. */
    public Kind find(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        Kind k = byPhrase.get(p);
        if (k == null && p.endsWith("s")) k = byPhrase.get(p.substring(0, p.length() - 1));
        return k;
    }

    /** Longest phrase in words. */
    public int longest() { return longest; }
}
