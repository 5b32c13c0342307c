package org.sitrep.extract.places;

/**
 * Which GeoNames alternate names are worth keeping: Latin script only, with at least one capital letter (drops
 * lower-case romanisation keys such as "alqsyr"), no digits or links, and not a short all-capital code (airport or
 * ISO codes such as "ALP"). The same rule as {@code tools/gazetteer/build_gazetteer.py}.
 */
final class LatinNames {
    private LatinNames() {}

    static boolean keep(String a) {
        if (a == null) return false;
        a = a.strip();
        if (a.length() < 2 || a.startsWith("http")) return false;
        int letters = 0, upper = 0;
        for (int i = 0; i < a.length(); i++) {
            char ch = a.charAt(i);
            if (Character.isDigit(ch)) return false;
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) return false;
                if (Character.isUpperCase(ch)) upper++;
            }
        }
        if (upper == 0) return false;
        return !(letters <= 4 && upper == letters);
    }
}
