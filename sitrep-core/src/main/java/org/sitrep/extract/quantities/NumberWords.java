package org.sitrep.extract.quantities;

import java.util.Locale;
import java.util.Map;

/**
 * Numbers as written in news text: digits with thousands separators ("1,200"), decimals with a scale word
 * ("2.5 million"), spelled-out numbers ("fourteen", "twenty-five", "a hundred"), and vague plurals ("dozens" = 24,
 * "hundreds" = 200, "thousands" = 2000: the smallest value the word allows, flagged as approximate by the caller).
 */
public final class NumberWords {
    private NumberWords() {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("half", 0));

    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "mln", 1_000_000L, "bn", 1_000_000_000L);

    private static final Map<String, Integer> VAGUE = Map.of("dozens", 24, "scores", 40, "hundreds", 200,
            "thousands", 2000, "tens of thousands", 20000, "hundreds of thousands", 200000, "millions", 2_000_000,
            "several", 3, "a few", 3, "few", 3);

    /** True for the vague plural words ("dozens", "hundreds", "several"). */
    public static boolean isVague(String phrase) {
        return VAGUE.containsKey(norm(phrase));
    }

    /**
     * The value of a number phrase: "1,200" -> 1200, "2.5 million" -> 2500000, "twenty-five" -> 25,
     * "half a million" -> 500000, "dozens" -> 24; NaN if it is not a number.
     */
    public static double parse(String phrase) {
        if (phrase == null) return Double.NaN;
        String p = norm(phrase);
        if (p.isEmpty()) return Double.NaN;
        Integer vague = VAGUE.get(p);
        if (vague != null) return vague;
        if (p.startsWith("half a ") || p.startsWith("half an ")) {
            double rest = parse(p.substring(p.indexOf(' ', 5) + 1));
            Long scale = SCALES.get(p.substring(p.indexOf(' ', 5) + 1));
            return scale != null ? scale / 2.0 : Double.isNaN(rest) ? Double.NaN : rest / 2;
        }
        double total = 0, current = 0;
        boolean any = false;
        for (String w : p.split("[\\s-]+")) {
            if (w.equals("and")) continue;
            Long scale = SCALES.get(w);
            if (scale != null) {
                if (!any) current = 1;
                current *= scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
                any = true;
                continue;
            }
            Integer u = UNITS.get(w);
            if (u != null && u > 0) {
                current += u;
                any = true;
                continue;
            }
            String digits = w.replace(",", "");
            if (digits.matches("\\d+(\\.\\d+)?")) {
                current += Double.parseDouble(digits);
                any = true;
                continue;
            }
            return Double.NaN;
        }
        return any ? total + current : Double.NaN;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
