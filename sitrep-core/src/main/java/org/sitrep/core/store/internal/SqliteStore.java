package org.sitrep.core.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.store.IncidentDetail;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.SearchHit;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.StoreException;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default {@link Store}: SQLite in {@code <dataDir>/sitrep.db} plus a Lucene index in
 * {@code <dataDir>/index/}, guarded by an OS lock on {@code <dataDir>/sitrep.lock}.
 *
 * <p>Design. SQLite is the source of truth. A batch is one SQLite write transaction, opened by the first
 * write and ended by {@link #commit()} (WAL, synchronous=FULL, so a committed batch survives a crash or
 * power loss and an uncommitted one vanishes). Every article insert or revision takes the next
 * {@code index_seq}; the Lucene index gets the same documents as the batch runs (visible to this
 * instance through a near-real-time reader). Lucene is committed only after SQLite, with the highest
 * {@code index_seq} it covers in its commit data, so it is never ahead of SQLite; on open the store
 * re-indexes whatever SQLite has beyond Lucene's mark. Since SQLite alone makes a batch durable, a Lucene
 * commit (several fsyncs, ten times the cost of the SQLite commit) is not needed per batch: it happens
 * when {@link #INDEX_COMMIT_DOCS} changes or {@link #INDEX_COMMIT_NANOS} have piled up, and on close,
 * which bounds the re-indexing after a crash to a few seconds.
 *
 * <p>Concurrency. One writer connection and the write side of a read-write lock serialise the writes,
 * and the reads made while this instance has a batch open (they must see the batch, which only the
 * writer's connection does). When no batch is open, reads take the shared side of the lock and run in
 * parallel on a {@link ReadPool} of read connections, which see exactly the committed data; the
 * Lucene searcher is then current too (every indexed document is committed in SQLite) and is safe to
 * share. Holding the shared side keeps writes out, so a read sees one state throughout, and a read that
 * finds a batch open retries on the writer's side.
 */
public final class SqliteStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);
    static final String DB_FILE = "sitrep.db";
    static final String INDEX_DIR = "index";
    private static final int SNIPPET_CHARS = 220;
    private static final int PAGE = 1_000;
    /** Decoded incidents kept, as a power of two (shared by all connections; see {@link DecodedCache}). */
    private static final int DECODED_BITS = 12;
    /** Commit the index after this many article changes committed to SQLite... */
    static final long INDEX_COMMIT_DOCS = 20_000;
    /** ...or when its last commit is this old. */
    static final long INDEX_COMMIT_NANOS = 30_000_000_000L;

    private final Path dataDir;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final DataDirLock dirLock;
    private final Db db;
    private final ArticleRows articles;
    private final FactRows facts;
    private final IncidentRows incidents;
    private final ArticleIndex index;
    private final ReadPool readers;
    private final ReadPool.Reader own;
    private long nextIndexSeq;
    private long lastIndexCommit = System.nanoTime();
    private boolean closed;
    /** The plan for text filters; tests force one to compare them. */
    volatile IncidentRows.TextPlan textPlan = IncidentRows.TextPlan.AUTO;

    private SqliteStore(Path dataDir, DataDirLock dirLock, Db db, ArticleIndex index, ReadPool readers,
                        DecodedCache<Incident> decoded, IncidentRows.PlaceHints places) throws SQLException {
        this.dataDir = dataDir;
        this.dirLock = dirLock;
        this.db = db;
        this.index = index;
        this.readers = readers;
        this.own = ReadPool.Reader.of(db, decoded, places);
        this.articles = own.articles();
        this.facts = own.facts();
        this.incidents = own.incidents();
        this.nextIndexSeq = articles.maxIndexSeq() + 1;
        catchUpIndex();
    }

    /** Opens (creating and migrating when needed) the store in {@code dataDir}. */
    public static SqliteStore open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir.toAbsolutePath() + ": " + e, e);
        }
        DataDirLock dirLock = DataDirLock.acquire(dataDir);
        Db db = null;
        ArticleIndex index = null;
        ReadPool readers = null;
        try {
            db = Db.open(dataDir.resolve(DB_FILE));
            Migrations.apply(db.conn, db.file);
            index = ArticleIndex.open(dataDir.resolve(INDEX_DIR));
            DecodedCache<Incident> decoded = new DecodedCache<>(DECODED_BITS, json -> Json.read(json, Incident.class));
            IncidentRows.PlaceHints places = new IncidentRows.PlaceHints();
            readers = new ReadPool(db.file, ReadPool.defaultSize(), decoded, places);
            return new SqliteStore(dataDir, dirLock, db, index, readers, decoded, places);
        } catch (SQLException | RuntimeException e) {
            try {
                closeQuietly(readers, index, db, dirLock);
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open the store in " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Indexes the articles SQLite has beyond the index's last commit, then commits the index. */
    private void catchUpIndex() throws SQLException {
        long from = index.indexedSeq();
        long last = from;
        List<ArticleRows.Stored> page;
        while (!(page = articles.changedSince(last, PAGE)).isEmpty()) {
            for (ArticleRows.Stored s : page) index.put(s.article());
            last = page.get(page.size() - 1).indexSeq();
        }
        if (last != from) index.commit(last);
    }

    @Override
    public PutStatus putArticle(Article article) {
        Objects.requireNonNull(article, "article");
        return locked(() -> {
            db.begin();
            String hash = ArticleRows.hash(article);
            if (articles.idByHash(hash).isPresent()) return PutStatus.UNCHANGED;
            Optional<String> earlier = articles.idByCanonicalUrl(article.canonicalUrl());
            if (earlier.isEmpty() && articles.exists(article.id())) earlier = Optional.of(article.id());
            if (earlier.isPresent()) {
                index.put(articles.revise(earlier.get(), article, hash, nextIndexSeq++, System.currentTimeMillis()));
                return PutStatus.REVISION;
            }
            articles.insert(article, hash, nextIndexSeq++);
            index.add(article);
            return PutStatus.NEW;
        });
    }

    @Override
    public Optional<String> findExisting(Article article) {
        Objects.requireNonNull(article, "article");
        return read(r -> {
            Optional<String> id = r.articles().idByHash(ArticleRows.hash(article));
            if (id.isEmpty()) id = r.articles().idByCanonicalUrl(article.canonicalUrl());
            if (id.isEmpty() && r.articles().exists(article.id())) id = Optional.of(article.id());
            return id;
        });
    }

    @Override
    public Optional<Article> article(String id) {
        return id == null ? Optional.empty() : read(r -> r.articles().get(id));
    }

    @Override
    public long articleCount() {
        return read(r -> r.articles().count());
    }

    @Override
    public void forEachArticle(Consumer<Article> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        long after = 0;
        while (true) {
            long from = after;
            List<ArticleRows.Stored> page = read(r -> r.articles().page(from, PAGE));
            if (page.isEmpty()) return;
            for (ArticleRows.Stored s : page) consumer.accept(s.article());
            after = page.get(page.size() - 1).seq();
        }
    }

    @Override
    public void putFacts(ArticleFacts articleFacts) {
        Objects.requireNonNull(articleFacts, "facts");
        locked(() -> {
            requireArticle(articleFacts.articleId(), "facts");
            db.begin();
            facts.put(articleFacts);
            return null;
        });
    }

    @Override
    public Optional<ArticleFacts> facts(String articleId) {
        return articleId == null ? Optional.empty() : read(r -> r.facts().get(articleId));
    }

    @Override
    public void putDedup(DedupDecision decision) {
        Objects.requireNonNull(decision, "decision");
        locked(() -> {
            requireArticle(decision.articleId(), "a dedup decision");
            db.begin();
            facts.putDedup(decision);
            return null;
        });
    }

    @Override
    public Optional<DedupDecision> dedup(String articleId) {
        return articleId == null ? Optional.empty() : read(r -> r.facts().dedup(articleId));
    }

    @Override
    public void putIncident(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        locked(() -> {
            List<String> missing = incidents.missingArticles(incident.articleIds());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("incident " + incident.id() + " has member articles that are not"
                        + " stored: " + missing.subList(0, Math.min(5, missing.size()))
                        + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : ""));
            }
            db.begin();
            incidents.put(incident, System.currentTimeMillis());
            return null;
        });
    }

    @Override
    public void removeIncident(String id) {
        Objects.requireNonNull(id, "id");
        locked(() -> {
            Optional<String> survivor = incidents.aliasTarget(id);
            if (survivor.isEmpty()) {
                throw new IllegalStateException("cannot remove incident " + id + ": it is not an alias of any incident"
                        + " (put the survivor with " + id + " among its aliases first)");
            }
            db.begin();
            incidents.delete(id);
            return null;
        });
    }

    @Override
    public void putIncidentEvent(IncidentEvent event) {
        Objects.requireNonNull(event, "event");
        locked(() -> {
            db.begin();
            own.events().put(event);
            return null;
        });
    }

    @Override
    public List<IncidentEvent> incidentEvents(String incidentId) {
        return incidentId == null ? List.of() : read(r -> r.events().of(incidentId));
    }

    @Override
    public Optional<Incident> incident(String idOrAlias) {
        return idOrAlias == null ? Optional.empty() : read(r -> r.incidents().resolve(idOrAlias));
    }

    /** Reads the incident, its members and their decisions on one connection, under one hold of the lock. */
    @Override
    public Optional<IncidentDetail> incidentDetail(String idOrAlias) {
        return idOrAlias == null ? Optional.empty() : read(r -> {
            Optional<Incident> found = r.incidents().resolve(idOrAlias);
            if (found.isEmpty()) return Optional.empty();
            List<String> ids = List.copyOf(new LinkedHashSet<>(found.get().articleIds()));
            return Optional.of(new IncidentDetail(found.get(), r.articles().all(ids), r.facts().dedup(ids),
                    r.events().of(found.get().id())));
        });
    }

    @Override
    public Optional<String> incidentOf(String articleId) {
        return articleId == null ? Optional.empty() : read(r -> r.incidents().incidentOf(articleId));
    }

    @Override
    public List<Incident> incidents(IncidentQuery query) {
        Objects.requireNonNull(query, "query");
        Queries.validate(query);
        IncidentRows.TextPlan plan = textPlan;
        return read(r -> r.incidents().query(query, () -> index.matches(query.text().strip()), plan));
    }

    @Override
    public long incidentCount() {
        return read(r -> r.incidents().count());
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
        if (query.isBlank()) return List.of();
        return read(r -> {
            Query q = index.parse(query.strip());
            Set<String> terms = ArticleIndex.terms(q);
            List<SearchHit> out = new ArrayList<>();
            for (ArticleIndex.Hit hit : index.search(q, limit)) {
                Optional<Article> a = r.articles().get(hit.id());
                if (a.isEmpty()) continue;
                String text = a.get().text();
                String snippet = Analysis.snippet(index.analyzer(), "text", text.isEmpty() ? a.get().title() : text,
                        terms, SNIPPET_CHARS);
                out.add(new SearchHit(hit.id(), a.get().title(), snippet, hit.score()));
            }
            return out;
        });
    }

    @Override
    public void commit() {
        locked(() -> {
            if (!db.inTransaction()) return null;
            try {
                db.commit();
            } catch (SQLException | RuntimeException e) {
                abortBatch();
                throw new StoreException("commit failed in " + dataDir.toAbsolutePath()
                        + " (the batch was rolled back): " + e.getMessage(), e);
            }
            long committed = nextIndexSeq - 1;
            if (committed - index.indexedSeq() >= INDEX_COMMIT_DOCS
                    || (committed != index.indexedSeq() && System.nanoTime() - lastIndexCommit >= INDEX_COMMIT_NANOS)) {
                commitIndex();
            }
            return null;
        });
    }

    /** Commits the index up to everything SQLite has committed (no batch may be open). */
    private void commitIndex() {
        index.commit(nextIndexSeq - 1);
        lastIndexCommit = System.nanoTime();
    }

    /**
     * Rolls back SQLite to its last commit, and the index to its own last commit, from where it catches up
     * with SQLite again.
     */
    private void abortBatch() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // SQLite rolls back an unfinished transaction on its own
        }
        index.rollback();
        try {
            nextIndexSeq = articles.maxIndexSeq() + 1;
            catchUpIndex();
            lastIndexCommit = System.nanoTime();
        } catch (SQLException e) {
            throw new StoreException("cannot read the store after a rollback: " + e.getMessage(), e);
        }
    }

    /** Closes the store; writes since the last {@link #commit()} are discarded. Idempotent. */
    @Override
    public void close() {
        Lock exclusive = lock.writeLock();
        exclusive.lock();
        try {
            if (closed) return;
            closed = true;
            try {
                if (db.inTransaction()) abortBatch();
                if (index.indexedSeq() != nextIndexSeq - 1) commitIndex();
            } catch (RuntimeException e) {
                // the index catches up on the next open; closing must still release everything
                LOG.warn("closing {}: the search index was not brought up to date ({}); it catches up on the next open",
                        dataDir.toAbsolutePath(), e.toString());
            }
            closeQuietly(readers, index, db, dirLock);
        } finally {
            exclusive.unlock();
        }
    }

    @Override
    public String toString() {
        return "SqliteStore[" + dataDir.toAbsolutePath() + "]";
    }

    private void requireArticle(String id, String what) throws SQLException {
        if (!articles.exists(id)) throw new IllegalArgumentException("cannot store " + what + " for article " + id
                + ": no such article is stored (put the article first)");
    }

    private interface Body<T> {
        T run() throws SQLException;
    }

    private interface ReadBody<T> {
        T run(ReadPool.Reader reader) throws SQLException;
    }

    /** Runs a write, or a read that must see this instance's open batch, alone. */
    private <T> T locked(Body<T> body) {
        Lock exclusive = lock.writeLock();
        exclusive.lock();
        try {
            requireOpen();
            return body.run();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            exclusive.unlock();
        }
    }

    /**
     * Runs a read: beside other reads on a pooled connection when no batch is open, else on the writer's
     * connection, which sees the batch.
     */
    private <T> T read(ReadBody<T> body) {
        Lock shared = lock.readLock();
        shared.lock();
        try {
            requireOpen();
            if (!db.inTransaction()) {
                ReadPool.Reader r = readers.borrow();
                try {
                    return body.run(r);
                } finally {
                    readers.release(r);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            shared.unlock();
        }
        return locked(() -> body.run(own));
    }

    private void requireOpen() {
        if (closed) throw new IllegalStateException("the store in " + dataDir.toAbsolutePath() + " is closed");
    }

    private StoreException failed(SQLException e) {
        return new StoreException("store operation failed in " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(AutoCloseable... resources) {
        RuntimeException first = null;
        for (AutoCloseable r : resources) {
            if (r == null) continue;
            try {
                r.close();
            } catch (Exception e) {
                if (first == null) first = new StoreException("error while closing the store: " + e.getMessage(), e);
            }
        }
        if (first != null) throw first;
    }
}
