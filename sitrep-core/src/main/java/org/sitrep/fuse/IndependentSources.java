package org.sitrep.fuse;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.model.Claim;
import org.sitrep.model.Report;
import org.sitrep.store.Store;

/**
 * Tells which independent source a claim comes from: the outlet of its report, or, when that report copies an
 * earlier one ({@link CopyDetector}) and the claim's sentence stands in the original, the original's outlet. Reports
 * and the original each report copies are cached for the life of the instance (one fuse step, one brief); reports
 * not yet stored can be added with {@link #put}.
 */
public final class IndependentSources {
    private final Store store;
    private final CopyDetector copies;
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, String> originals = new HashMap<>();

    public IndependentSources(Store store, CopyDetector copies) {
        this.store = store;
        this.copies = copies;
    }

    /** Makes a report known before it is stored. */
    public void put(Report r) {
        reports.put(r.id(), r);
    }

    /** The report of an id (cached), or null. */
    public Report report(String id) {
        return reports.computeIfAbsent(id, k -> store.report(k).orElse(null));
    }

    /** The independent source of a claim (an outlet name, or "report:" + id if the report is unknown). */
    public String sourceOf(Claim c) {
        String rid = c.reportId();
        String orig = originals.computeIfAbsent(rid, copies::originalOf);
        if (!orig.equals(rid)) {
            Report o = report(orig);
            if (o != null && squash(o.text()).contains(squash(c.evidence().text()))) rid = orig;
        }
        Report r = report(rid);
        return r == null ? "report:" + rid : r.outlet();
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
