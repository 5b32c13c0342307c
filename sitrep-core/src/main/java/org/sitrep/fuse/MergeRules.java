package org.sitrep.fuse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.data.DataFiles;
import org.sitrep.model.EventCoding;
import org.sitrep.model.PloverType;

/**
 * The merge rules of {@code sitrep/fuse/merge.tsv}: which modes of a type name the same kind of happening, which
 * pairs of types are one happening seen from both sides, which types have interchangeable sides, how far apart two places may be by precision, and how many
 * days of slack time comparisons allow. Each rule remembers the file line it came from (for merge notes).
 */
public final class MergeRules {
    /** Kind of the relation between two codings that may be merged. */
    public enum Relation { SAME, OPPOSITE }

    private final Map<PloverType, Map<String, String>> groupOfMode = new java.util.EnumMap<>(PloverType.class);   // ASSAULT -> captured -> control-gain
    private final Map<String, String> pairs = new HashMap<>();         // "ASSAULT:control-gain|RETREAT:withdrawal" -> where
    private final TreeMap<Integer, Double> radius = new TreeMap<>();
    private final Map<String, Integer> slack = new HashMap<>();
    private final Map<PloverType, Integer> pairSide = new HashMap<>();
    private final Map<PloverType, String> symmetric = new HashMap<>();   // type -> file line
    // derived once from pairs, for the comparisons the fuser makes for every claim against every group
    private final java.util.Set<String> pairPrefixes = new java.util.HashSet<>();   // "ASSAULT:control-gain|RETREAT:"
    private final Map<PloverType, java.util.EnumSet<PloverType>> pairedTypes = new java.util.EnumMap<>(PloverType.class);   // ASSAULT -> RETREAT: a pair may match
    private final Map<PloverType, List<PloverType>> partners = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}-]+");

    /** Loads the bundled rules plus the user's override file. */
    public static MergeRules load() {
        return parse(DataFiles.lines("fuse/merge.tsv"));
    }

    static MergeRules parse(List<DataFiles.Line> lines) {
        MergeRules r = new MergeRules();
        for (DataFiles.Line l : lines) {
            if (l.isComment()) continue;
            String[] f = l.text().split("\t");
            try {
                switch (f[0].trim()) {
                    case "modes" -> {
                        PloverType t = PloverType.parse(f[1]);
                        for (String m : f[3].split(",")) r.groupOfMode.computeIfAbsent(t, k -> new HashMap<>()).put(norm(m), f[2].trim());
                    }
                    case "pair" -> {
                        r.pairs.put(f[1].trim() + "|" + f[2].trim(), l.where());
                        r.pairSide.put(PloverType.parse(f[1].split(":")[0]), 0);
                        r.pairSide.putIfAbsent(PloverType.parse(f[2].split(":")[0]), 1);
                    }
                    case "symmetric" -> {
                        for (String t : f[1].split(",")) r.symmetric.put(PloverType.parse(t.trim()), l.where());
                    }
                    case "radius" -> r.radius.put(Integer.parseInt(f[1].trim()), Double.parseDouble(f[2].trim()));
                    case "slack" -> r.slack.put(f[1].trim(), Integer.parseInt(f[2].trim()));
                    default -> { }
                }
            } catch (RuntimeException e) {
                // a malformed line is skipped; the rest of the file still applies
            }
        }
        for (String p : r.pairs.keySet()) {
            for (int i = p.indexOf(':'); i >= 0; i = p.indexOf(':', i + 1)) r.pairPrefixes.add(p.substring(0, i + 1));
            // a pair can only match "X:kind|Y:..." if it starts with "X:" and holds "|Y:"
            for (PloverType x : PloverType.values()) {
                if (!p.startsWith(x.name() + ":")) continue;
                for (PloverType y : PloverType.values()) {
                    if (p.contains("|" + y.name() + ":")) r.pairedTypes.computeIfAbsent(x, k -> java.util.EnumSet.noneOf(PloverType.class)).add(y);
                }
            }
        }
        return r;
    }

    private static String norm(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of happening a coding names within its type: the group of its mode, else the group of the first
     * trigger word that has one, else its mode itself; null when neither says anything.
     */
    public String kind(EventCoding c) {
        Map<String, String> groups = groupOfMode.getOrDefault(java.util.Objects.requireNonNull(c.type()), Map.of());
        if (c.mode() != null && !c.mode().isBlank()) {
            String mode = norm(c.mode());
            String g = groups.get(mode);
            return g != null ? g : "=" + mode;
        }
        if (c.trigger() != null) {
            for (String w : NON_WORD.split(c.trigger().toLowerCase(Locale.ROOT))) {
                String g = groups.get(w);
                if (g != null) return g;
            }
        }
        return null;
    }

    /** How two codings relate by type and kind, or null if they cannot be the same happening. */
    public Relation relation(EventCoding a, EventCoding b) {
        String ka = kind(a), kb = kind(b);
        if (a.type() == b.type()) return ka == null || kb == null || ka.equals(kb) ? Relation.SAME : null;
        // types no pair names in this order or the other (most pairs of types) match none of the tests below
        if (!paired(a.type(), b.type()) && !paired(b.type(), a.type())) return null;
        if (pairs.containsKey(a.type() + ":" + ka + "|" + b.type() + ":" + kb)
                || pairs.containsKey(b.type() + ":" + kb + "|" + a.type() + ":" + ka)) return Relation.OPPOSITE;
        // some pair of a's kind with any kind of b's type (pairPrefixes holds every pair's prefixes ending in ':')
        if (kb == null && pairPrefixes.contains(a.type() + ":" + ka + "|" + b.type() + ":")) return Relation.OPPOSITE;
        if (ka == null && pairPrefixes.contains(b.type() + ":" + kb + "|" + a.type() + ":")) return Relation.OPPOSITE;
        return null;
    }

    private boolean paired(PloverType x, PloverType y) {
        java.util.EnumSet<PloverType> ys = pairedTypes.get(x);
        return ys != null && ys.contains(y);
    }

    /** Types that may be merged with a coding of type {@code t} (itself and its pair partners). */
    public List<PloverType> partners(PloverType t) {
        List<PloverType> known = partners.get(t);
        if (known != null) return known;
        List<PloverType> out = partnersOf(t);
        partners.put(t, out);
        return out;
    }

    private List<PloverType> partnersOf(PloverType t) {
        java.util.Set<PloverType> out = new java.util.LinkedHashSet<>();
        out.add(t);
        for (String p : pairs.keySet()) {
            PloverType x = PloverType.parse(p.split("\\|")[0].split(":")[0]);
            PloverType y = PloverType.parse(p.split("\\|")[1].split(":")[0]);
            if (x == t) out.add(y);
            if (y == t) out.add(x);
        }
        return List.copyOf(out);
    }

    /** Whether type {@code a} should give the event its coding rather than {@code b} (the first side of a pair). */
    public boolean preferred(PloverType a, PloverType b) {
        return pairSide.getOrDefault(a, 2) < pairSide.getOrDefault(b, 2);
    }

    /** Whether a type's two sides may be told either way round ("A met B" = "B met A"). */
    public boolean symmetric(PloverType t) {
        return t != null && symmetric.containsKey(t);
    }

    /** The rule line that makes a type symmetric, for merge notes. */
    public String symmetricWhere(PloverType t) {
        return symmetric.getOrDefault(t, "");
    }

    /** Largest distance in km for two places to count as one, by the coarser precision of the two. */
    public double radiusKm(int precision) {
        Map.Entry<Integer, Double> e = radius.floorEntry(Math.max(1, precision));
        return e == null ? 10 : e.getValue();
    }

    /** Days of slack for a time comparison of the given kind (exact, defaulted, denial). */
    public int slackDays(String kind) {
        return slack.getOrDefault(kind, 0);
    }
}
