package org.sitrep.extract.places;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;

/**
 * Reads the words around a place name for its spatial relation and widens the mention to the whole phrase:
 * <ul>
 *   <li>"north of X", "10 km south-east of X" — relation "north of" / "10 km south-east of"; radius grows by the
 *       distance (25 km when none is given);</li>
 *   <li>"N km from X", "60 km beyond X", "20 km inside X" — relation "60 km beyond"; radius grows by N;</li>
 *   <li>"near X", "outside X", "around X", "close to X", "on the outskirts of X", "N km from X" — "near";</li>
 *   <li>"X countryside", "X's countryside", "the countryside of X", "rural X", "western X countryside" —
 *       "countryside";</li>
 *   <li>"X province/governorate/oblast/region" (also "Aleppo and Idlib provinces") — scope ADMIN1, relation
 *       "province";</li>
 *   <li>"X district" — relation "district";</li>
 *   <li>"the city/town/village of X" — scope TOWN;</li>
 *   <li>"the state/province/governorate/oblast of X" — scope ADMIN1.</li>
 * </ul>
 */
final class SpatialRelations {
    private static final Map<String, String> DIRECTIONS = Map.ofEntries(
            Map.entry("north", "north"), Map.entry("south", "south"), Map.entry("east", "east"), Map.entry("west", "west"),
            Map.entry("northeast", "northeast"), Map.entry("north-east", "northeast"), Map.entry("northwest", "northwest"),
            Map.entry("north-west", "northwest"), Map.entry("southeast", "southeast"), Map.entry("south-east", "southeast"),
            Map.entry("southwest", "southwest"), Map.entry("south-west", "southwest"));
    private static final Map<String, String> DIRECTION_ADJ = Map.ofEntries(
            Map.entry("northern", "northern"), Map.entry("southern", "southern"), Map.entry("eastern", "eastern"),
            Map.entry("western", "western"), Map.entry("northeastern", "northeastern"), Map.entry("north-eastern", "northeastern"),
            Map.entry("northwestern", "northwestern"), Map.entry("north-western", "northwestern"),
            Map.entry("southeastern", "southeastern"), Map.entry("south-eastern", "southeastern"),
            Map.entry("southwestern", "southwestern"), Map.entry("south-western", "southwestern"));
    private static final Set<String> NEAR = Set.of("near", "outside", "around", "nearby");
    private static final Set<String> ADMIN_WORDS = Set.of("province", "provinces", "governorate", "governorates",
            "oblast", "oblasts", "region", "regions", "state", "muhafazat");
    private static final Set<String> UNITS = Set.of("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi");
    private static final Set<String> OFFSET_WORDS = Set.of("from", "beyond", "behind", "past", "inside", "into",
            "outside", "off");
    private static final Set<String> DIVISION_WORDS = Set.of("state", "province", "governorate", "oblast");
    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "municipality");

    private SpatialRelations() {}

    static NameSpan apply(Doc doc, NameSpan n) {
        Sentence s = doc.sentenceOf(doc.token(n.first()));
        int f = n.first(), e = n.end();
        String after1 = word(doc, s, e), after2 = word(doc, s, e + 1);
        // X province / X governorate / X oblast / X region (and "Aleppo and Idlib provinces")
        if (ADMIN_WORDS.contains(after1) && (!after1.equals("state") || n.candidates().stream().anyMatch(Place::isAdmin1))) {
            return n.with(f, e + 1, "province", NameSpan.Scope.ADMIN1, 0);
        }
        if ((after1.equals("and") || after1.equals(",")) && coordinatedAdmin(doc, s, e + 1)) {
            return n.with(f, e, "province", NameSpan.Scope.ADMIN1, 0);
        }
        if (after1.equals("county") || after1.equals("parish")) return n.with(f, e + 1, after1, NameSpan.Scope.ANY, 30);
        if (after1.equals("district") || after1.equals("raion")) return n.with(f, e + 1, "district", NameSpan.Scope.ANY, 10);
        // X countryside / X's countryside, optionally with a direction adjective before X
        int cEnd = -1;
        if (after1.equals("countryside")) cEnd = e + 1;
        else if ((after1.equals("'s") || after1.equals("’s")) && after2.equals("countryside")) cEnd = e + 2;
        if (cEnd > 0) {
            String adj = DIRECTION_ADJ.get(word(doc, s, f - 1));
            int pf = adj != null ? f - 1 : f;
            return n.with(pf, cEnd, adj != null ? adj + " countryside" : "countryside", NameSpan.Scope.COUNTRYSIDE, 25);
        }
        String b1 = word(doc, s, f - 1), b2 = word(doc, s, f - 2), b3 = word(doc, s, f - 3), b4 = word(doc, s, f - 4);
        if (b1.equals("rural")) return n.with(f - 1, e, "countryside", NameSpan.Scope.COUNTRYSIDE, 25);
        if (b1.equals("of") && b2.equals("countryside")) {
            String adj = DIRECTION_ADJ.get(b3);
            int pf = adj != null ? f - 3 : f - 2;
            return n.with(pf, e, adj != null ? adj + " countryside" : "countryside", NameSpan.Scope.COUNTRYSIDE, 25);
        }
        // "10 km north of X", "north of X"
        if (b1.equals("of") && DIRECTIONS.containsKey(b2)) {
            String dir = DIRECTIONS.get(b2);
            double km = number(b4);
            if (UNITS.contains(b3) && !Double.isNaN(km)) {
                double k = b3.startsWith("mi") ? km * 1.609 : km;
                return n.with(f - 4, e, fmt(km) + " " + b3 + " " + dir + " of", NameSpan.Scope.ANY, k);
            }
            return n.with(f - 2, e, dir + " of", NameSpan.Scope.ANY, 25);
        }
        // "30 km from X", "60 km beyond X", "20 km inside X"
        if (OFFSET_WORDS.contains(b1) && UNITS.contains(b2) && !Double.isNaN(number(b3))) {
            double km = number(b3);
            double k = b2.startsWith("mi") ? km * 1.609 : km;
            return n.with(f - 3, e, fmt(km) + " " + b2 + " " + b1, NameSpan.Scope.ANY, k);
        }
        if (NEAR.contains(b1)) return n.with(f - 1, e, "near", NameSpan.Scope.ANY, 15);
        if (b1.equals("to") && b2.equals("close")) return n.with(f - 2, e, "near", NameSpan.Scope.ANY, 15);
        if (b1.equals("of") && (b2.equals("outskirts") || b2.equals("vicinity") || b2.equals("edge"))) {
            int pf = b3.equals("the") ? f - 3 : f - 2;
            return n.with(pf, e, "outskirts", NameSpan.Scope.ANY, 10);
        }
        if (b1.equals("of") && TOWN_WORDS.contains(b2)) return n.with(f, e, null, NameSpan.Scope.TOWN, 0);
        if (b1.equals("of") && DIVISION_WORDS.contains(b2) && b3.equals("the")) {
            return n.with(f, e, "province", NameSpan.Scope.ADMIN1, 0);
        }
        return n;
    }

    private static boolean coordinatedAdmin(Doc doc, Sentence s, int i) {
        for (int k = i; k < Math.min(s.endToken(), i + 5); k++) {
            String w = doc.token(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("provinces") || w.equals("governorates") || w.equals("oblasts") || w.equals("regions")) return true;
            if (!NameFinder.startsName(doc.token(k)) && !w.equals(",") && !w.equals("and")) return false;
        }
        return false;
    }

    private static String word(Doc doc, Sentence s, int i) {
        if (i < s.firstToken() || i >= s.endToken()) return "";
        return doc.token(i).word().toLowerCase(Locale.ROOT);
    }

    private static double number(String w) {
        try {
            return Double.parseDouble(w.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String fmt(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }
}
