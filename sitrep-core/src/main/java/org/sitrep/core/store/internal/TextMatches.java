package org.sitrep.core.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.sitrep.core.store.StoreException;

/**
 * The set of live documents that match a query, with two ways to read it: {@link #contains} tests one
 * article id, and {@link #ids} lists them all. Up to {@link #ID_SET_MAX} matches are read into a set of
 * ids (a hash lookup per test; the set is kept for the next query with the same text on the same index
 * reader, as when a client pages through a text filter); more are kept as one bit set per segment, tested
 * with a term lookup per segment. Holds an acquired searcher until closed; not thread-safe.
 */
final class TextMatches implements AutoCloseable {
    /** At most this many matches are read into a set of ids. */
    static final int ID_SET_MAX = 20_000;

    /** The ids matched by a query on one index reader, kept for the next query with the same text. */
    record Ids(IndexReader reader, int count, Set<BytesRef> ids) {
    }

    private final SearcherManager searchers;
    private final Path path;
    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    private final FixedBitSet[] bits;
    private final TermsEnum[] idTerms;
    private final int count;
    private final Set<BytesRef> idSet;
    private boolean closed;

    /** Matches read from {@code known}, which holds the ids matched on the reader of {@code s}. */
    TextMatches(SearcherManager searchers, Path path, IndexSearcher s, Ids known) {
        this.searchers = searchers;
        this.path = path;
        this.searcher = s;
        this.leaves = List.of();
        this.bits = new FixedBitSet[0];
        this.idTerms = new TermsEnum[0];
        this.count = known.count();
        this.idSet = known.ids();
    }

    /** Runs {@code query} on {@code s}, an acquired searcher that {@link #close()} releases. */
    TextMatches(SearcherManager searchers, Path path, IndexSearcher s, Query query) throws IOException {
        this.searchers = searchers;
        this.path = path;
        this.searcher = s;
        this.leaves = s.getIndexReader().leaves();
        this.bits = new FixedBitSet[leaves.size()];
        this.idTerms = new TermsEnum[leaves.size()];
        Weight weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int n = 0;
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
            DocIdSetIterator it = scorer.iterator();
            int here = 0;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    set.set(d);
                    here++;
                }
            }
            if (here > 0) bits[i] = set;
            n += here;
        }
        this.count = n;
        this.idSet = n <= ID_SET_MAX ? idSet() : null;
    }

    private Set<BytesRef> idSet() throws IOException {
        Set<BytesRef> out = new HashSet<>(count * 2);
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) continue;
            SortedDocValues ids = DocValues.getSorted(leaves.get(i).reader(), "id");
            BitSetIterator it = new BitSetIterator(bits[i], 0);
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (ids.advanceExact(d)) out.add(BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The set of matched ids with its reader, or null when there were too many to read into a set. */
    Ids known() {
        return idSet == null ? null : new Ids(searcher.getIndexReader(), count, idSet);
    }

    /** Number of matching live documents. */
    int count() {
        return count;
    }

    /** Number of live documents in the index. */
    int total() {
        return searcher.getIndexReader().numDocs();
    }

    /** Whether the live document of this article id matches (UTF-8 bytes of the id). */
    boolean contains(byte[] articleId) throws IOException {
        BytesRef term = new BytesRef(articleId);
        if (idSet != null) return idSet.contains(term);
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) continue;
            TermsEnum te = idTerms[i];
            if (te == null) {
                Terms terms = leaves.get(i).reader().terms("id");
                if (terms == null) continue;
                te = idTerms[i] = terms.iterator();
            }
            if (!te.seekExact(term)) continue;
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (bits[i].get(d)) return true;
            }
        }
        return false;
    }

    /** The ids of up to {@code cap} matching articles, in index order (read from doc values). */
    List<String> ids(int cap) throws IOException {
        List<String> out = new ArrayList<>(Math.min(cap, count));
        if (idSet != null) {
            for (BytesRef id : idSet) {
                if (out.size() >= cap) break;
                out.add(id.utf8ToString());
            }
            return out;
        }
        for (int i = 0; i < bits.length && out.size() < cap; i++) {
            if (bits[i] == null) continue;
            SortedDocValues ids = DocValues.getSorted(leaves.get(i).reader(), "id");
            BitSetIterator it = new BitSetIterator(bits[i], 0);
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && out.size() < cap; d = it.nextDoc()) {
                if (ids.advanceExact(d)) out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new StoreException("search index read failed in " + path + ": " + e.getMessage(), e);
        }
    }
}
