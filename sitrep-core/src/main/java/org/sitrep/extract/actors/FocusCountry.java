package org.sitrep.extract.actors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The focus country of a document, which resolves FOCUS aliases ("the regime", "the opposition"): the country
 * named most often by a country name, adjective or capital; a tie goes to the one mentioned first.
 */
final class FocusCountry {
    private FocusCountry() {}

    static String of(List<Atom> atoms) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Atom a : atoms) {
            if (a.entry() == null) continue;
            switch (a.entry().kind()) {
                case COUNTRY, ADJECTIVE, METONYM -> {
                    String c = a.entry().country();
                    if (c == null) continue;
                    count.merge(c, 1, Integer::sum);
                    first.putIfAbsent(c, a.start());
                }
                default -> { }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)
                    || (e.getValue().equals(count.get(best)) && first.get(e.getKey()) < first.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }
}
