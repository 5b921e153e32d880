package org.sitrep.core.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.sitrep.core.store.StoreException;
import org.sitrep.model.Article;

/**
 * The Lucene full-text index of articles: one document per stored article id, BM25 (Lucene's default
 * similarity) over title (boosted) and text. Not thread-safe on its own; the store serialises calls.
 *
 * <p>SQLite is the source of truth. Each Lucene commit carries the highest article {@code index_seq} it
 * covers in its user data; the store commits SQLite first and Lucene second, so after a crash the index
 * is at most behind, never ahead, and {@link #indexedSeq()} tells the store where to resume. An index
 * built with another analyzer version, or one Lucene cannot read, is wiped and rebuilt from SQLite.
 */
final class ArticleIndex implements Closeable {
    /** Bump when {@link Analysis#analyzer()} or the document layout changes: forces a rebuild. */
    static final String LAYOUT_VERSION = "1";
    static final String KEY_SEQ = "sitrep.indexedSeq";
    static final String KEY_LAYOUT = "sitrep.layout";

    /** Ids kept, in all, in the sets of recent queries (about 80 bytes each). */
    private static final int RECENT_IDS = 250_000;

    private final Path path;
    /** Id sets of recent queries by text, least recently used first; guarded by itself. */
    private final LinkedHashMap<String, TextMatches.Ids> recent = new LinkedHashMap<>(16, 0.75f, true);
    private long recentIds;
    private final Analyzer analyzer;
    private final Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private long indexedSeq;
    /** Set by writes, cleared by the next read's refresh; volatile as reads run in parallel. */
    private volatile boolean stale;

    private ArticleIndex(Path path, Directory directory) throws IOException {
        this.path = path;
        this.directory = directory;
        Analyzer text = Analysis.analyzer();
        this.analyzer = new PerFieldAnalyzerWrapper(text,
                Map.of("id", new KeywordAnalyzer(), "outlet", new KeywordAnalyzer(), "published", new KeywordAnalyzer()));
        Map<String, String> data = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        openWriter();
        try {
            start(data);
        } catch (IOException | RuntimeException e) {
            searchers.close();
            writer.rollback();
            throw e;
        }
    }

    private void start(Map<String, String> data) throws IOException {
        if (LAYOUT_VERSION.equals(data.get(KEY_LAYOUT))) {
            indexedSeq = Long.parseLong(data.getOrDefault(KEY_SEQ, "0"));
        } else {
            // new, or built by another layout: start empty and commit, so the index always opens
            writer.deleteAll();
            commit(0);
        }
    }

    /** Opens or creates the index in {@code path}, rebuilding from scratch when it is unreadable. */
    static ArticleIndex open(Path path) {
        try {
            Files.createDirectories(path);
            try {
                return attempt(path);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // unreadable (corrupt, foreign format, half-copied): it is derived data, rebuild it
                wipe(path);
                return attempt(path);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    private static ArticleIndex attempt(Path path) throws IOException {
        Directory dir = FSDirectory.open(path);
        try {
            return new ArticleIndex(path, dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, cfg);
        searchers = new SearcherManager(writer, null);
        stale = false;
    }

    /** The highest article index_seq covered by the last Lucene commit. */
    long indexedSeq() {
        return indexedSeq;
    }

    /** Adds or replaces the document of {@code article} (uncommitted until {@link #commit}). */
    void put(Article article) {
        write(article, true);
    }

    /** Adds the document of an article that is not in the index (cheaper than {@link #put}). */
    void add(Article article) {
        write(article, false);
    }

    private void write(Article article, boolean replace) {
        Document doc = new Document();
        doc.add(new StringField("id", article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField("id", new BytesRef(article.id())));
        doc.add(new TextField("title", article.title(), Field.Store.NO));
        doc.add(new TextField("text", article.text(), Field.Store.NO));
        if (article.outlet() != null) {
            doc.add(new StringField("outlet", article.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (article.published() != null) {
            doc.add(new StringField("published", article.published().toString(), Field.Store.NO));
        }
        try {
            if (replace) {
                writer.updateDocument(new Term("id", article.id()), doc);
            } else {
                writer.addDocument(doc);
            }
            stale = true;
        } catch (IOException e) {
            throw new StoreException("cannot index article " + article.id() + ": " + e.getMessage(), e);
        }
    }

    /** Makes the index durable up to {@code seq}, recording it for the catch-up on the next open. */
    void commit(long seq) {
        try {
            Map<String, String> data = new HashMap<>();
            data.put(KEY_SEQ, Long.toString(seq));
            data.put(KEY_LAYOUT, LAYOUT_VERSION);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            indexedSeq = seq;
        } catch (IOException e) {
            throw new StoreException("cannot commit the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** Drops everything since the last commit. */
    void rollback() {
        try {
            searchers.close();
            writer.rollback();
            openWriter();
        } catch (IOException e) {
            throw new StoreException("cannot roll back the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses a user query (Lucene classic syntax, AND by default); unparseable input is taken literally. */
    Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                Map.of("title", 2f, "text", 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException | IllegalArgumentException e2) {
                return new BooleanQuery.Builder().build();
            }
        }
    }

    /** The analysed terms of the text fields in {@code query}, for snippets. */
    static Set<String> terms(Query query) {
        Set<Term> terms = new java.util.HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> out = new java.util.HashSet<>();
        for (Term t : terms) {
            if (t.field().equals("title") || t.field().equals("text")) out.add(t.text());
        }
        return out;
    }

    /** One scored article id. */
    record Hit(String id, float score) {
    }

    /** The best {@code limit} hits, best first (ties by index order). */
    List<Hit> search(Query query, int limit) {
        return withSearcher(s -> {
            TopDocs top = s.search(query, limit);
            StoredFields fields = s.storedFields();
            List<Hit> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) out.add(new Hit(fields.document(sd.doc, Set.of("id")).get("id"), sd.score));
            return out;
        });
    }

    /**
     * The live documents matching the query {@code text} (parsed as {@link #parse} does, only when its matches on
     * the current reader are not remembered), held until the result is closed (it pins one searcher). Not
     * thread-safe: one thread uses and closes it.
     */
    TextMatches matches(String text) {
        String key = text;
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                TextMatches.Ids known;
                synchronized (recent) {
                    known = recent.get(key);
                }
                if (known != null && known.reader() == s.getIndexReader()) return new TextMatches(searchers, path, s, known);
                TextMatches m = new TextMatches(searchers, path, s, parse(text));
                if (m.known() != null) remember(key, m.known());
                return m;
            } catch (IOException | RuntimeException e) {
                searchers.release(s);
                throw e;
            }
        } catch (IOException e) {
            throw new StoreException("search index read failed in " + path + ": " + e.getMessage(), e);
        }
    }

    private void remember(String key, TextMatches.Ids ids) {
        synchronized (recent) {
            TextMatches.Ids old = recent.put(key, ids);
            recentIds += ids.ids().size() - (old == null ? 0 : old.ids().size());
            var it = recent.values().iterator();
            while (recentIds > RECENT_IDS && it.hasNext()) {
                recentIds -= it.next().ids().size();
                it.remove();
            }
        }
    }

    /** Number of live documents, committed or not. */
    int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    private interface SearcherFn<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFn<T> fn) {
        try {
            refreshIfStale();
            IndexSearcher s = searchers.acquire();
            try {
                return fn.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("search index read failed in " + path + ": " + e.getMessage(), e);
        }
    }

    private void refreshIfStale() throws IOException {
        if (stale) {
            searchers.maybeRefreshBlocking();
            stale = false;
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Closes without committing: whatever was not committed is dropped, as in a crash. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index in " + path, e);
        } finally {
            try {
                directory.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(path)) Files.delete(p);
            }
        }
    }
}
