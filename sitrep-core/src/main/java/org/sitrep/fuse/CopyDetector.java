package org.sitrep.fuse;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/**
 * Finds near-duplicate reports (an agency story republished by several sites, a story printed twice) so that a copy
 * counts once as evidence.
 *
 * <p>Each body is cut into word 5-shingles (lower-cased letters and digits). A 128-hash MinHash signature is kept per
 * report in table {@code report_minhash}, and its 32 LSH bands (4 rows each) in {@code minhash_band}; reports sharing a
 * band are candidates, and a candidate is confirmed on the exact shingle sets: a copy has Jaccard similarity
 * {@value #JACCARD} or more, or (a republication with a paragraph added or cut) at least {@value #CONTAINMENT} of the
 * smaller body's shingles inside the larger one. Of two copies the earlier published (else the one stored first) is
 * the original; the other's {@code copy_of} names it. Deterministic: hash seeds are fixed.
 */
public final class CopyDetector {
    /** Jaccard similarity of the bodies' shingle sets at or above which two reports are copies. */
    public static final double JACCARD = 0.8;
    /** Share of the smaller body's shingles found in the larger one at or above which they are copies. */
    public static final double CONTAINMENT = 0.9;
    /** Bodies with fewer shingles than this are never called copies (too little text to tell). */
    public static final int MIN_SHINGLES = 20;

    static final int HASHES = 128, BANDS = 32, ROWS = HASHES / BANDS, SHINGLE = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private final Store store;

    public CopyDetector(Store store) {
        this.store = store;
    }

    /** A report found to copy an earlier one. */
    public record Copy(String reportId, String originalId, double jaccard, double containment) {
        public String explain() {
            return String.format(Locale.ROOT, "report %s copies %s (Jaccard %.2f, containment %.2f of word 5-shingles)",
                    reportId, originalId, jaccard, containment);
        }
    }

    /**
     * Computes and stores the signature of {@code r} and decides whether it copies a stored report. Re-registering a
     * report replaces its row. Returns the copy relation when {@code r} is the copy; when {@code r} is an earlier
     * original of a stored report, that report is marked as its copy instead.
     */
    public Optional<Copy> register(Report r) {
        Set<Long> shingles = shingles(r.text());
        int[] sig = signature(shingles);
        long[] bands = bands(sig);
        store.exec("DELETE FROM minhash_band WHERE report_id = ?", r.id());
        store.exec("DELETE FROM report_minhash WHERE report_id = ?", r.id());
        Copy best = null;
        if (shingles.size() >= MIN_SHINGLES) {
            for (String cand : candidates(bands, r.id())) {
                if (originalOf(cand).equals(r.id())) continue; // already known as a copy of r
                Optional<Report> other = store.report(cand);
                if (other.isEmpty()) continue;
                Set<Long> os = shingles(other.get().text());
                if (os.size() < MIN_SHINGLES) continue;
                double[] sim = similarity(shingles, os);
                if (sim[0] < JACCARD && sim[1] < CONTAINMENT) continue;
                if (best == null || sim[0] > best.jaccard()) best = new Copy(r.id(), cand, sim[0], sim[1]);
            }
        }
        String copyOf = null;
        Double similarity = null;
        if (best != null) {
            Report orig = store.report(best.originalId()).orElseThrow();
            boolean newIsEarlier = r.published() != null && orig.published() != null && r.published().isBefore(orig.published());
            String root = originalOf(orig.id());
            if (newIsEarlier && root.equals(orig.id())) {
                // r is the earlier original of a report stored before it
                store.exec("UPDATE report_minhash SET copy_of = ?, similarity = ? WHERE report_id = ?", r.id(), best.jaccard(), orig.id());
                best = null;
            } else {
                if (newIsEarlier) best = new Copy(r.id(), root, best.jaccard(), best.containment());
                copyOf = best.originalId();
                similarity = best.jaccard();
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(HASHES * 4);
        for (int v : sig) buf.putInt(v);
        store.exec("INSERT INTO report_minhash(report_id, signature, copy_of, similarity) VALUES (?,?,?,?)",
                r.id(), buf.array(), copyOf, similarity);
        Object[] rows = new Object[BANDS * 3];
        for (int b = 0; b < BANDS; b++) {
            rows[3 * b] = b;
            rows[3 * b + 1] = bands[b];
            rows[3 * b + 2] = r.id();
        }
        store.exec(BAND_INSERT, rows);
        return Optional.ofNullable(best);
    }

    /** One statement inserting the BANDS rows of a report, in band order. */
    private static final String BAND_INSERT = "INSERT INTO minhash_band(band, hash, report_id) VALUES "
            + String.join(",", java.util.Collections.nCopies(BANDS, "(?,?,?)"));

    /** The report that {@code reportId} copies directly, or null. */
    public String copyOf(String reportId) {
        return store.queryOne("SELECT copy_of FROM report_minhash WHERE report_id = ?", rs -> rs.getString(1), reportId).orElse(null);
    }

    /** The first original of a chain of copies (the report itself if it copies nothing). */
    public String originalOf(String reportId) {
        String cur = reportId;
        Set<String> seen = new HashSet<>();
        while (seen.add(cur)) {
            String next = copyOf(cur);
            if (next == null) return cur;
            cur = next;
        }
        return cur;
    }

    private List<String> candidates(long[] bands, String self) {
        Set<String> out = new LinkedHashSet<>();
        for (int b = 0; b < BANDS; b++) {
            out.addAll(store.queryList("SELECT report_id FROM minhash_band WHERE band = ? AND hash = ?",
                    rs -> rs.getString(1), b, bands[b]));
        }
        out.remove(self);
        List<String> l = new ArrayList<>(out);
        l.sort(null);
        return l;
    }

    /** Word 5-shingles of a text, hashed to 64 bits. */
    public static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) words.add(m.group());
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                for (char c : words.get(j).toCharArray()) h = 31 * h + c;
                h = 31 * h + ' ';
            }
            out.add(mix(h));
        }
        return out;
    }

    /** {Jaccard, containment of the smaller set in the larger} of two shingle sets. */
    public static double[] similarity(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) return new double[] {0, 0};
        Set<Long> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        int inter = 0;
        for (Long x : small) if (large.contains(x)) inter++;
        return new double[] {inter / (double) (a.size() + b.size() - inter), inter / (double) small.size()};
    }

    static int[] signature(Set<Long> shingles) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(x ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    static long[] bands(int[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) h = mix(h * 0x100000001B3L + sig[b * ROWS + r]);
            out[b] = h;
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
