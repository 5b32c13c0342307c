package org.sitrep.extract.actors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The focus country of a document, which resolves FOCUS aliases ("the regime", "the opposition"): the country
 * named most often by a country name, adjective or country-bound alias, capitals and "the Kremlin" counting half
 * (they are mostly governments reacting from afar), and each town named in the story counting half too (a story
 * about Hama and Souran is set in Syria however often it names Russia's jets); a tie goes to the one mentioned
 * first.
 */
final class FocusCountry {
    private FocusCountry() {}

    static String of(List<Atom> atoms) {
        return of(atoms, List.of());
    }

    /** @param towns the country of each town named in the story, with its token position */
    static String of(List<Atom> atoms, List<Map.Entry<Integer, String>> towns) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Atom a : atoms) {
            if (a.entry() == null) continue;
            // a capital or "the Kremlin" is usually a government reacting from afar; country names, adjectives and
            // country-bound aliases ("Syrian authorities") say where the story is: 2 points each, metonyms 1
            int weight = switch (a.entry().kind()) {
                case COUNTRY, ADJECTIVE, ALIAS -> 2;
                case METONYM -> 1;
                default -> 0;
            };
            String c = a.entry().country();
            if (weight == 0 || c == null || c.equals(ActorEntry.FOCUS)) continue;
            count.merge(c, weight, Integer::sum);
            first.putIfAbsent(c, a.start());
        }
        for (Map.Entry<Integer, String> t : towns) {
            count.merge(t.getValue(), 1, Integer::sum);
            first.putIfAbsent(t.getValue(), t.getKey());
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
