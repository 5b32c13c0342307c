package org.sitrep.pipeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.places.OutletLexicon;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.IngestOutcome;
import org.sitrep.model.Analysis;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.nlp.Annotator;
import org.sitrep.store.Store;

/**
 * The whole pipeline for a stream of ingested articles: nlp -> extract -> fuse -> store.
 *
 * <p>Annotation and extraction run on {@code threads} worker threads; fusing and writing happen on the calling
 * thread in input order, one transaction per report. A report whose content hash is already stored is left alone
 * unless {@code force}. A failure on one report is recorded as a skip with its reason and the run goes on.
 *
 * <p>With an {@link OutletLexicon} (the one the extractor's place tagger reads), each report is pinned to the
 * lexicon as it is handed to a worker, so it is tagged with what its outlet's reports stored before that moment
 * taught (a fixed point in input order: with {@code threads} workers, all reports but the last {@code 4 * threads}
 * or so before it); what it teaches is committed and stored with it, in input order. The result does not depend
 * on thread timing.
 */
public final class Pipeline {
    private final Annotator annotator;
    private final Extractor extractor;
    private final Fuser fuser;
    private final Store store;
    private final int threads;
    private final OutletLexicon lexicon;

    public Pipeline(Annotator annotator, Extractor extractor, Fuser fuser, Store store, int threads) {
        this(annotator, extractor, fuser, store, threads, null);
    }

    /** @param lexicon the outlet lexicon the extractor's place tagger reads, or null for none */
    public Pipeline(Annotator annotator, Extractor extractor, Fuser fuser, Store store, int threads, OutletLexicon lexicon) {
        this.lexicon = lexicon;
        this.annotator = annotator;
        this.extractor = extractor;
        this.fuser = fuser;
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    /** What happened to one input. */
    public record Progress(IngestOutcome outcome, Status status, String detail, int sentences, int claims) {}

    /** The fate of one input in a run. */
    public enum Status { STORED, UNCHANGED, SKIPPED, FAILED }

    /** Totals of a run. */
    public record Summary(int stored, int unchanged, int skipped, int failed, int sentences, int claims, long millis) {}

    /** The result of annotating and extracting one report, before it is fused and stored. */
    public record Processed(Report report, List<String> warnings, Doc doc, Analysis analysis, List<Claim> claims) {}

    /** Annotates and extracts one report (pure, thread-safe; no store access). */
    public Processed process(Report r, List<String> warnings) {
        LocalDate docDate = r.published() == null ? null : r.published().atZone(ZoneOffset.UTC).toLocalDate();
        Doc doc = annotator.annotate(r.text(), docDate);
        Analysis a = extractor.analyse(Analysis.of(r, doc));
        return new Processed(r, warnings, doc, a, extractor.claims(a));
    }

    /** Runs every outcome through the pipeline, reporting each result to {@code listener}. */
    public Summary run(Iterable<IngestOutcome> outcomes, boolean force, Consumer<Progress> listener) {
        long t0 = System.nanoTime();
        int[] n = new int[6];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            for (IngestOutcome o : outcomes) {
                if (o instanceof IngestOutcome.Skipped s) {
                    drain(window, 0, n, listener);
                    store.recordSkipped(s.origin(), s.reason());
                    n[2]++;
                    listener.accept(new Progress(o, Status.SKIPPED, s.reason(), 0, 0));
                    continue;
                }
                IngestOutcome.Accepted a = (IngestOutcome.Accepted) o;
                if (!force && store.hasContent(a.report().contentHash())) {
                    drain(window, 0, n, listener);
                    n[1]++;
                    listener.accept(new Progress(o, Status.UNCHANGED, "already stored (same content hash)", 0, 0));
                    continue;
                }
                if (lexicon != null) lexicon.pin(a.report());
                window.add(new Pending(a, pool.submit(() -> process(a.report(), a.warnings()))));
                drain(window, threads * 4, n, listener); // room ahead, so a long article does not idle the other workers
            }
            drain(window, 0, n, listener);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(n[0], n[1], n[2], n[3], n[4], n[5], (System.nanoTime() - t0) / 1_000_000);
    }

    private record Pending(IngestOutcome.Accepted outcome, Future<Processed> result) {}

    /** Stores finished work in input order until at most {@code keep} items are pending. */
    private void drain(Deque<Pending> window, int keep, int[] n, Consumer<Progress> listener) {
        while (window.size() > keep) {
            Pending p = window.poll();
            try {
                Processed done = p.result().get();
                List<Event> events = fuser.fuse(done.report(), done.claims());
                store.saveReport(done.report(), done.warnings(), done.doc().sentences().size(), done.claims(), events);
                if (lexicon != null) {
                    OutletLexicon.Observation taught = lexicon.commit(done.report().id());
                    if (taught != null) store.saveOutletPlaces(done.report().id(), taught.outlet(), taught.admin1Keys(), taught.countries());
                }
                n[0]++;
                n[4] += done.doc().sentences().size();
                n[5] += done.claims().size();
                listener.accept(new Progress(p.outcome(), Status.STORED, done.claims().size() + " claims",
                        done.doc().sentences().size(), done.claims().size()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                String reason = "processing failed: " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                if (lexicon != null) lexicon.unpin(p.outcome().report().id());
                store.recordSkipped(p.outcome().origin(), reason);
                n[3]++;
                listener.accept(new Progress(p.outcome(), Status.FAILED, reason, 0, 0));
            }
        }
    }
}
