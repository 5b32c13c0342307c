package org.sitrep.extract.actors;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.ActorRef;

/**
 * People introduced by their full name earlier in a document, by surname, so that a later bare surname ("Lavrov",
 * "Shaaban") resolves to the same person with the country and sector of the introducing phrase. A surname of five
 * letters or more also matches with one letter added, dropped or changed ("Shaban" = "Shaaban").
 */
final class SurnameMemory {
    private final Map<String, ActorRef> bySurname = new LinkedHashMap<>();

    /** Remembers a resolved actor whose person has at least two name tokens. */
    void remember(ActorRef ref) {
        if (ref.person() == null) return;
        String[] parts = PhraseKeys.fold(ref.person()).strip().split("\\s+");
        if (parts.length < 2) return;
        bySurname.putIfAbsent(PhraseKeys.key(parts[parts.length - 1]), ref);
    }

    /** The earlier actor with this surname, or null. */
    ActorRef recall(String surname) {
        String k = PhraseKeys.key(surname);
        ActorRef exact = bySurname.get(k);
        if (exact != null || k.length() < 5) return exact;
        for (Map.Entry<String, ActorRef> e : bySurname.entrySet()) {
            if (e.getKey().length() >= 5 && withinOneEdit(k, e.getKey())) return e.getValue();
        }
        return null;
    }

    static boolean withinOneEdit(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else { i++; j++; }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
