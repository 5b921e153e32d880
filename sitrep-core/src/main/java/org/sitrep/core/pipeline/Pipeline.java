package org.sitrep.core.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.core.cluster.Assignment;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicator;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.ingest.RecordSink;
import org.sitrep.core.internal.Outcome;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.reconcile.Member;
import org.sitrep.core.reconcile.Reconciler;
import org.sitrep.core.reconcile.ReferenceLinker;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;
import org.sitrep.model.Problem;

/**
 * The sitrep pipeline: ingest -> normalise -> extract -> dedup -> cluster -> reconcile -> store.
 * Extraction runs before clustering because the clusterer reads the facts (incident date, place,
 * event type, figures).
 *
 * <p>Use it as the {@link RecordSink} of an ingest run, then call {@link #finish()}:
 * <pre>{@code
 * try (Pipeline p = Pipeline.builder().defaults().store(store).build()) {
 *     Ingestor.standard().ingest(paths, null, p);
 *     RunReport report = p.finish();
 * }
 * }</pre>
 */
public final class Pipeline implements RecordSink, AutoCloseable {
    /*
     * Design. Normalising and extracting are pure per article and take almost all of the time, so they
     * run on a bounded worker pool. Dedup and clustering are order-dependent state machines, so they run
     * on one sequencing thread that consumes the workers' results strictly in arrival order: the result
     * does not depend on thread timing. The one thing a worker reads from the store (whether the record's
     * content or URL is stored already) depends on how far the sequencer has committed, so it only saves
     * work: the sequencer checks again against everything stored, open batch included, and reports the same
     * ids either way (UnchangedRecordTest; PipelineReproducibilityTest runs gva-dev twice). The hand-off is a
     * bounded queue of futures; when it is full, accept() blocks, which is the back-pressure that keeps memory
     * flat on inputs of any size.
     *
     * Durability: the store buffers writes and commit() makes a batch atomic. The sequencer commits
     * every batchSize articles, after reconciling the incidents the batch touched, so a crash loses at
     * most the batch in flight; a rerun finds the committed articles already stored (UNCHANGED) and
     * redoes only the rest. On start, the dedup and clustering state is rebuilt from the store.
     */
    private static final int MAX_PROBLEMS_KEPT = 1000;
    private static final Processed END = new Processed(null, null, null, null);
    private static final Processed FLUSH = new Processed(null, null, null, null);

    private final Normalizer normalizer;
    private final Deduplicator deduplicator;
    private final Extractor extractor;
    private final IncidentClusterer clusterer;
    private final Reconciler reconciler;
    private final Store store;
    private final PipelineListener listener;
    private final int batchSize;

    private final ExecutorService workers;
    private final BlockingQueue<CompletableFuture<Processed>> queue;
    private final Thread sequencer;
    private volatile Throwable sequencerFailure;
    private volatile java.util.concurrent.CountDownLatch flushDone;
    private boolean finished;
    private final long startNanos = System.nanoTime();

    // sequencer state (touched only by the sequencer thread until finish() joins it)
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private long records;
    private long stored;
    private long unchanged;
    private long revisions;
    private long failed;
    private long problemCount;
    private long incidentsChanged;
    private int sinceCommit;

    private Pipeline(Builder b) {
        this.normalizer = b.normalizer;
        this.deduplicator = b.deduplicator;
        this.extractor = b.extractor;
        this.clusterer = b.clusterer;
        this.reconciler = b.reconciler;
        this.store = b.store;
        this.listener = b.listener;
        this.batchSize = b.batchSize;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(b.workers, r -> {
            Thread t = new Thread(r, "sitrep-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queue = new ArrayBlockingQueue<>(b.queueCapacity);
        restoreState();
        this.sequencer = new Thread(this::sequence, "sitrep-sequencer");
        this.sequencer.setDaemon(true);
        this.sequencer.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Submits a record; blocks while the pipeline is saturated. Not thread-safe: one feeding thread. */
    @Override
    public void accept(RawRecord record) {
        Objects.requireNonNull(record, "record");
        ensureRunning();
        CompletableFuture<Processed> f = CompletableFuture.supplyAsync(() -> process(record), workers);
        put(f);
    }

    /** Reports a problem of the input (a bad file or line); it is counted in the run report. */
    @Override
    public void problem(Problem problem) {
        ensureRunning();
        put(CompletableFuture.completedFuture(new Processed(null, null, null, problem)));
    }

    /**
     * Waits until everything submitted so far is processed, reconciled and committed, and returns the
     * report so far; the pipeline stays open. For feeds that trickle in (the REST API).
     */
    public synchronized RunReport flush() {
        ensureRunning();
        flushDone = new java.util.concurrent.CountDownLatch(1);
        put(CompletableFuture.completedFuture(FLUSH));
        try {
            while (!flushDone.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) ensureRunning();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while flushing the pipeline", e);
        }
        return new RunReport(records, stored, unchanged, revisions, failed, incidentsChanged, problemCount, problems,
                (System.nanoTime() - startNanos) / 1e9);
    }

    /** Waits for everything submitted, reconciles, commits, and reports. Idempotent. */
    public synchronized RunReport finish() {
        if (!finished) {
            finished = true;
            put(CompletableFuture.completedFuture(END));
            try {
                sequencer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while finishing the pipeline", e);
            }
            workers.shutdown();
            if (sequencerFailure != null) {
                throw new IllegalStateException("pipeline failed: " + sequencerFailure, sequencerFailure);
            }
        }
        return new RunReport(records, stored, unchanged, revisions, failed, incidentsChanged, problemCount, problems,
                (System.nanoTime() - startNanos) / 1e9);
    }

    /** Finishes the run if needed and stops the workers. Does not close the store (the caller owns it). */
    @Override
    public void close() {
        if (!finished) finish();
        workers.shutdownNow();
    }

    private void ensureRunning() {
        if (finished) throw new IllegalStateException("pipeline already finished");
        if (sequencerFailure != null) throw new IllegalStateException("pipeline failed: " + sequencerFailure, sequencerFailure);
    }

    private void put(CompletableFuture<Processed> f) {
        try {
            while (!queue.offer(f, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (sequencerFailure != null) ensureRunning();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while feeding the pipeline", e);
        }
    }

    /** Worker side: normalise and extract one record. Pure apart from a read-only store lookup. */
    private Processed process(RawRecord record) {
        try {
            Outcome<Article> outcome = normalizer.normalize(record);
            if (!outcome.isOk()) return new Processed(record, outcome, null, null);
            Article article = outcome.value();
            Optional<String> existing = store.findExisting(article);
            if (existing.isPresent()) {
                Optional<Article> old = store.article(existing.get());
                if (old.isPresent() && old.get().contentHash().equals(article.contentHash())) {
                    return new Processed(record, Outcome.ok(old.get(), outcome.problems()), null, null);
                }
                article = withId(article, existing.get());
                outcome = Outcome.ok(article, outcome.problems());
            }
            return new Processed(record, outcome, extractor.extract(article), null);
        } catch (RuntimeException e) {
            return new Processed(record, Outcome.failed(new Problem(record.source(), record.location(),
                    "internal error while processing this record: " + e)), null, null);
        }
    }

    private static Article withId(Article a, String id) {
        return new Article(id, a.title(), a.text(), a.published(), a.url(), a.canonicalUrl(), a.outlet(), a.lang(),
                a.contentHash(), a.source(), a.extra());
    }

    private void sequence() {
        try {
            while (true) {
                Processed p = queue.take().join();
                if (p == END) break;
                if (p == FLUSH) {
                    commit();
                    flushDone.countDown();
                    continue;
                }
                handle(p);
                if (sinceCommit >= batchSize) commit();
            }
            commit();
        } catch (Throwable t) {
            sequencerFailure = t;
            // drain so that a blocked feeder wakes up and sees the failure
            queue.clear();
        }
    }

    private void handle(Processed p) {
        if (p.inputProblem != null) {
            problem(p.inputProblem, true);
            return;
        }
        records++;
        Outcome<Article> outcome = p.outcome;
        for (Problem w : outcome.problems()) if (outcome.isOk()) problem(w, false);
        if (!outcome.isOk()) {
            failed++;
            for (Problem pr : outcome.problems()) problem(pr, true);
            listener.onRecord(p.record.id(), null, null);
            return;
        }
        Article article = outcome.value();
        ArticleFacts articleFacts = p.facts;
        if (articleFacts == null) {
            unchanged++;
            listener.onRecord(p.record.id(), article.id(), Store.PutStatus.UNCHANGED);
            return;
        }
        // A worker looks for an earlier version in committed data only; one stored earlier in this open batch
        // (the same URL twice in flight) is seen here, on the writer, and the revision keeps that article's id.
        Optional<String> earlier = store.findExisting(article);
        if (earlier.isPresent() && !earlier.get().equals(article.id())
                && store.article(earlier.get()).map(a -> !a.contentHash().equals(p.outcome.value().contentHash()))
                        .orElse(false)) {
            article = withId(article, earlier.get());
            articleFacts = extractor.extract(article);
        }
        Store.PutStatus status = store.putArticle(article);
        // Unchanged: the same content is stored already, under the id the worker reports when it saw it committed;
        // report that id here too, or the record's own (unstored) id would depend on where the batch ended.
        String storedId = status == Store.PutStatus.UNCHANGED ? store.findExisting(article).orElse(article.id())
                : article.id();
        listener.onRecord(p.record.id(), storedId, status);
        switch (status) {
            case UNCHANGED -> unchanged++;
            case REVISION -> {
                revisions++;
                store.putFacts(articleFacts);
                store.incidentOf(article.id()).ifPresent(this::markDirty);
                sinceCommit++;
            }
            case NEW -> {
                stored++;
                DedupDecision decision = deduplicator.observe(article);
                store.putDedup(decision);
                store.putFacts(articleFacts);
                Assignment a = clusterer.assign(new ClusterInput(article, articleFacts, decision));
                join(a);
                sinceCommit++;
            }
        }
    }

    private void problem(Problem pr, boolean counts) {
        if (counts) problemCount++;
        if (problems.size() < MAX_PROBLEMS_KEPT) problems.add(pr);
        listener.onProblem(pr);
    }

    private void join(Assignment a) {
        List<String> list = membersOf(a.incidentId());
        Instant now = Instant.now();
        for (String old : a.merged()) {
            if (old.equals(a.incidentId())) continue;
            List<String> absorbed = membersOf(old);
            store.putIncidentEvent(IncidentEvent.merge(old, a.incidentId(), now, a.articleId(), absorbed));
            list.addAll(absorbed);
            members.remove(old);
            List<String> al = aliases.computeIfAbsent(a.incidentId(), k -> new ArrayList<>(existingAliases(k)));
            al.add(old);
            al.addAll(aliases.getOrDefault(old, existingAliases(old)));
            aliases.remove(old);
            dirty.remove(old);
            removed.add(old);
        }
        if (!list.contains(a.articleId())) list.add(a.articleId());
        markDirty(a.incidentId());
        for (Assignment.Split sp : a.splits()) {
            split(sp);
            store.putIncidentEvent(IncidentEvent.split(sp.from(), sp.to(), now, a.articleId(), sp.moved(), sp.reasons()));
        }
    }

    /**
     * Moves a split-off part into its own incident: the members and aliases it took leave the parent, both are
     * reconciled at the next commit (so listeners see both change), and an id reused from an earlier merge stops
     * being an alias (the store drops the alias row when the incident is put under that id). Every merge and split
     * is also recorded in the store's incident history ({@link Store#putIncidentEvent}) with the batch.
     */
    private void split(Assignment.Split sp) {
        List<String> parent = membersOf(sp.from());
        parent.removeAll(new java.util.HashSet<>(sp.moved()));
        List<String> child = new ArrayList<>(sp.moved());
        members.put(sp.to(), child);
        List<String> al = aliases.computeIfAbsent(sp.from(), k -> new ArrayList<>(existingAliases(k)));
        al.remove(sp.to());
        al.removeAll(sp.aliases());
        aliases.put(sp.to(), new ArrayList<>(sp.aliases()));
        removed.remove(sp.to());
        markDirty(sp.from());
        markDirty(sp.to());
    }

    private List<String> existingAliases(String incidentId) {
        return store.incident(incidentId).filter(i -> i.id().equals(incidentId)).map(Incident::aliases).orElse(List.of());
    }

    private List<String> membersOf(String incidentId) {
        return members.computeIfAbsent(incidentId, id -> new ArrayList<>(
                store.incident(id).filter(i -> i.id().equals(id)).map(Incident::articleIds).orElse(List.of())));
    }

    private void markDirty(String incidentId) {
        dirty.add(incidentId);
    }

    private void commit() {
        List<Incident> changed = new ArrayList<>();
        for (String id : dirty) {
            List<Member> ms = new ArrayList<>();
            for (String articleId : membersOf(id)) {
                Optional<Article> art = store.article(articleId);
                if (art.isEmpty()) continue;
                ArticleFacts facts = store.facts(articleId).orElse(ArticleFacts.empty(articleId));
                DedupDecision d = store.dedup(articleId).orElse(DedupDecision.original(articleId));
                ms.add(new Member(art.get(), facts, d));
            }
            if (ms.isEmpty()) continue;
            Incident incident = reconciler.reconcile(id, ms, aliases.getOrDefault(id, existingAliases(id)));
            incident = ReferenceLinker.link(incident, store::incidents);
            store.putIncident(incident);
            changed.add(incident);
        }
        for (String old : removed) store.removeIncident(old);
        store.commit();
        incidentsChanged += changed.size();
        dirty.clear();
        removed.clear();
        // keep only ids of incidents still growing in memory; reload the rest from the store when touched
        if (members.size() > 100_000) members.clear();
        if (aliases.size() > 100_000) aliases.clear();
        sinceCommit = 0;
        for (Incident i : changed) listener.onIncident(i);
        listener.onCommit(records);
    }

    /** Rebuilds the dedup, clustering and reconciling state from what an earlier run committed. */
    private void restoreState() {
        if (store.articleCount() == 0) return;
        store.forEachArticle(article -> {
            String id = article.id();
            DedupDecision d = store.dedup(id).orElse(DedupDecision.original(id));
            deduplicator.restore(article, d);
            ArticleFacts facts = store.facts(id).orElse(ArticleFacts.empty(id));
            String incident = store.incidentOf(id).orElse(null);
            if (incident == null) return;
            clusterer.restore(new ClusterInput(article, facts, d), incident);
            reconciler.restore(new Member(article, facts, d));
        });
    }

    private record Processed(RawRecord record, Outcome<Article> outcome, ArticleFacts facts, Problem inputProblem) {
    }

    /** Builds a pipeline; {@link #build()} checks that every stage is present. */
    public static final class Builder {
        private Normalizer normalizer;
        private Deduplicator deduplicator;
        private Extractor extractor;
        private IncidentClusterer clusterer;
        private Reconciler reconciler;
        private Store store;
        private PipelineListener listener = PipelineListener.none();
        private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int batchSize = 500;
        private int queueCapacity = 256;

        private Builder() {
        }

        /** Sets every stage to its default (the store excepted). */
        public Builder defaults() {
            normalizer = org.sitrep.core.normalize.Normalizers.standard();
            deduplicator = org.sitrep.core.dedup.Deduplicators.standard();
            extractor = org.sitrep.core.extract.Extractors.standard();
            clusterer = org.sitrep.core.cluster.Clusterers.standard();
            reconciler = org.sitrep.core.reconcile.Reconcilers.standard();
            return this;
        }

        public Builder normalizer(Normalizer v) { normalizer = v; return this; }

        public Builder deduplicator(Deduplicator v) { deduplicator = v; return this; }

        public Builder extractor(Extractor v) { extractor = v; return this; }

        public Builder clusterer(IncidentClusterer v) { clusterer = v; return this; }

        public Builder reconciler(Reconciler v) { reconciler = v; return this; }

        public Builder store(Store v) { store = v; return this; }

        public Builder listener(PipelineListener v) { listener = Objects.requireNonNull(v, "listener"); return this; }

        /** Worker threads for normalising and extracting (default: available processors). */
        public Builder workers(int n) {
            if (n < 1 || n > 256) throw new IllegalArgumentException("workers must be 1..256, got " + n);
            workers = n;
            return this;
        }

        /** Articles per committed batch (default 500): at most this many are lost by a crash. */
        public Builder batchSize(int n) {
            if (n < 1 || n > 1_000_000) throw new IllegalArgumentException("batchSize must be 1..1000000, got " + n);
            batchSize = n;
            return this;
        }

        /** Records in flight between the feeder and the sequencer (default 256). */
        public Builder queueCapacity(int n) {
            if (n < 1 || n > 1_000_000) throw new IllegalArgumentException("queueCapacity must be 1..1000000, got " + n);
            queueCapacity = n;
            return this;
        }

        /** Checks that every stage is present and starts the pipeline. */
        public Pipeline build() {
            List<String> missing = new ArrayList<>();
            if (normalizer == null) missing.add("'normalize' (call normalizer(...))");
            if (deduplicator == null) missing.add("'dedup' (call deduplicator(...))");
            if (extractor == null) missing.add("'extract' (call extractor(...))");
            if (clusterer == null) missing.add("'cluster' (call clusterer(...))");
            if (reconciler == null) missing.add("'reconcile' (call reconciler(...))");
            if (store == null) missing.add("'store' (call store(...))");
            if (!missing.isEmpty()) {
                throw new IllegalStateException("pipeline is missing stage" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + "; defaults() sets all but the store");
            }
            return new Pipeline(this);
        }
    }
}
