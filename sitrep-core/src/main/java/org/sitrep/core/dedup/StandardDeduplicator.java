package org.sitrep.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.embed.Embedder;
import org.sitrep.model.Article;
import org.sitrep.model.DuplicateKind;

/**
 * The default streaming deduplicator. Not thread-safe.
 *
 * <p>Design. Each arriving body text is reduced to a {@link TextSketch} and checked in order of cost:
 * (1) exact copy: the hash of the text with case, punctuation and whitespace removed; (2) near copy: MinHash
 * over word 5-shingles, candidates found by LSH banding ({@link #BANDS} bands of {@link #ROWS} rows, so pairs
 * at Jaccard 0.5 collide with probability 0.87 and pairs at 0.2 with 0.05), verified by the estimated Jaccard
 * ({@link #NEAR_JACCARD}); (3) translation or paraphrase: candidates share many language-neutral anchors
 * (numbers, names) through an inverted index whose very common anchors are skipped, verified by ordered sentence
 * alignment covering {@link #TRANSLATION_COVERAGE} of both texts, first on content-word stems, then, for the
 * candidates that fail it, on sentence embeddings ({@link SemanticAlignment}). A copy found under a different
 * title that does not support its title is boilerplate, not a copy ({@link Boilerplate}): it says nothing about
 * the incident, and the clusterer must not glue articles by it.
 *
 * <p>Groups are named after their first member and keep that id. The canonical member is the one carrying a
 * wire credit ({@link Wire}), else the one with the earliest publication date (first arrival on ties).
 *
 * <p>Memory. The state is bounded: everything is kept in primitive arrays indexed by a slot number, and the
 * indexes are flat int multimaps ({@link IntMultiMap}), about 2.8 KB per kept article. An article is evicted
 * once its date is more than {@link #WINDOW_DAYS} days older than the newest date seen <em>and</em> it is not
 * among the last {@link #KEEP_RECENT} arrivals (a back-filled stream arrives out of date order); whatever the
 * dates, no more than {@link #MAX_ARTICLES} are kept (oldest arrivals go first). Copies of news appear within
 * days: on gva-dev, 28 of the 30 exact-copy groups that are not chrome span 4 days or less.
 *
 * <p>Thresholds. NEAR_JACCARD = 0.5 on the estimated 5-shingle Jaccard (a common bar for news copies whose
 * navigation and footers differ); TRANSLATION_COVERAGE = 0.7 with sentence overlap 0.5 (at 0.6 / 0.4, 23 of
 * 78 gva-dev "translations" linked different gold incidents, at 0.7 / 0.5 it is 4 of 14, and the seed
 * translation still aligns at 0.76). Measured by {@code DeduplicatorDevTest}. Anchors shared by more than
 * MAX_ANCHOR_POSTINGS = 40 texts are skipped: at 200 the posting scans were 80% of dedup's CPU time on gva-dev.
 */
final class StandardDeduplicator implements Deduplicator {
    static final int BANDS = 32;
    static final int ROWS = TextSketch.HASHES / BANDS;
    static final double NEAR_JACCARD = 0.5;
    static final double TRANSLATION_COVERAGE = 0.7;
    static final int MIN_CHARS = 40;
    /** Shorter texts are ignored; texts between this and MIN_CHARS can only be found to be recurring chrome. */
    static final int MIN_CHROME_CHARS = 12;
    /** Articles dated this many days before the newest date seen may be evicted. */
    static final int WINDOW_DAYS = 60;
    /** The most recent arrivals are kept whatever their dates. */
    static final int KEEP_RECENT = 20_000;
    /** Hard cap on the articles kept. */
    static final int MAX_ARTICLES = 200_000;
    /** Stem coverage from which the best translation candidate is also aligned on embeddings. */
    static final double SEMANTIC_FLOOR = 0.4;
    /** Most days between a text and a candidate aligned on embeddings. */
    static final int SEMANTIC_DAYS = 3;
    /** Embedding comparisons allowed per observed article, on average (a budget that refills as articles arrive). */
    static final double SEMANTIC_SHARE = 0.02;
    private static final double SEMANTIC_BURST = 20;
    private static final int MAX_ANCHOR_POSTINGS = 40;
    private static final int MAX_TRANSLATION_CANDIDATES = 3;
    private static final int MIN_SENTENCES = 4;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final int SWEEP_EVERY = 1024;

    private static final class Group {
        final String id;
        String canonicalId;
        int canonicalDate;
        boolean canonicalWire;
        boolean boilerplate;
        int live;

        Group(String id, String canonicalId, int canonicalDate, boolean canonicalWire) {
            this.id = id;
            this.canonicalId = canonicalId;
            this.canonicalDate = canonicalDate;
            this.canonicalWire = canonicalWire;
        }

        /** Whether an article so dated and credited should replace the canonical one. */
        boolean outranks(int date, boolean wire) {
            if (wire != canonicalWire) return wire;
            return date != NO_DATE && (canonicalDate == NO_DATE || date < canonicalDate);
        }
    }

    private final int windowDays;
    private final int keepRecent;
    private final int maxArticles;
    private final SemanticAlignment semantic;

    private String[] ids = new String[0];
    private long[] exactKeys = new long[0];
    private int[][] minhashes = new int[0][];
    private char[][] sentences = new char[0][];
    private int[][] anchors = new int[0][];
    private int[][] titles = new int[0][];
    private float[] support = new float[0];
    private int[] dates = new int[0];
    private long[] arrivals = new long[0];
    private Group[] groups = new Group[0];
    private int slots;
    private int[] free = new int[16];
    private int freeCount;
    private int live;
    private long arrival;
    private int newestDate = NO_DATE;
    private int sinceSweep;
    private long evicted;
    private double semanticCredit = SEMANTIC_BURST;
    /** Work counters (see {@link #counters}). */
    private long observed;
    private long nearCandidates;
    private long nearPostings;
    private long anchorPostingsRead;
    private long anchorSlots;
    private long stemAlignments;

    private final IntMultiMap byId = new IntMultiMap();
    private final IntMultiMap exact = new IntMultiMap();
    private final IntMultiMap bands = new IntMultiMap(1 << 14);
    private final IntMultiMap anchorIndex = new IntMultiMap(1 << 14);
    private final Map<String, Group> groupsById = new HashMap<>();
    /** Scratch for {@link #translationCandidates}: shared anchors per slot, and the slots with any. */
    private int[] anchorHits = new int[0];
    private int[] hitSlots = new int[64];
    private int hitCount;
    /** Scratch for {@link #translationCandidates}: the slots posted under one anchor. */
    private final int[] anchorPostings = new int[MAX_ANCHOR_POSTINGS + 1];

    /** The default: embeddings on, {@link #WINDOW_DAYS}, {@link #KEEP_RECENT}, {@link #MAX_ARTICLES}. */
    StandardDeduplicator() {
        this(Embedder.miniLm(), WINDOW_DAYS, KEEP_RECENT, MAX_ARTICLES);
    }

    /** @param embedder sentence embedder for reworded copies, or null to align on stems only */
    StandardDeduplicator(Embedder embedder, int windowDays, int keepRecent, int maxArticles) {
        if (windowDays < 1) throw new IllegalArgumentException("windowDays must be >= 1, got " + windowDays);
        if (keepRecent < 0) throw new IllegalArgumentException("keepRecent must be >= 0, got " + keepRecent);
        if (maxArticles < 1) throw new IllegalArgumentException("maxArticles must be >= 1, got " + maxArticles);
        this.windowDays = windowDays;
        this.keepRecent = keepRecent;
        this.maxArticles = maxArticles;
        this.semantic = embedder == null ? null : new SemanticAlignment(embedder);
    }

    @Override
    public DedupDecision observe(Article article) {
        String text = article.text();
        TextSketch sketch = TextSketch.of(text, article.title() == null ? "" : article.title(), MIN_SENTENCES);
        if (sketch.normalisedLength < MIN_CHROME_CHARS) return DedupDecision.original(article.id());
        int date = article.published() == null ? NO_DATE : (int) article.published().toEpochDay();
        if (sketch.normalisedLength < MIN_CHARS) return observeShort(article, sketch, date);
        semanticCredit = Math.min(SEMANTIC_BURST, semanticCredit + SEMANTIC_SHARE);
        observed++;
        int match = -1;
        DuplicateKind kind = null;
        double sim = 0;
        int ex = findExact(sketch.exactKey);
        if (ex >= 0) {
            match = ex;
            kind = DuplicateKind.EXACT;
            sim = 1;
        } else {
            for (int cand : lshCandidates(sketch)) {
                double j = TextSketch.jaccard(sketch.minhash, minhashes[cand]);
                if (j >= NEAR_JACCARD && j > sim) {
                    match = cand;
                    sim = j;
                    kind = DuplicateKind.NEAR;
                }
            }
            if (match < 0 && TextSketch.sentenceCount(sketch.sentences) >= MIN_SENTENCES) {
                int best = -1;
                double bestStem = 0;
                for (int cand : translationCandidates(sketch)) {
                    stemAlignments++;
                    double c = Alignment.stemCoverage(sketch.sentences, sentences[cand]);
                    if (c >= TRANSLATION_COVERAGE && c > sim) {
                        match = cand;
                        sim = c;
                        kind = DuplicateKind.TRANSLATION;
                    }
                    if (c > bestStem) {
                        bestStem = c;
                        best = cand;
                    }
                }
                if (match < 0 && semantic != null && bestStem >= SEMANTIC_FLOOR && semanticCredit >= 1
                        && semantic.canCompare(best)
                        && (date == NO_DATE || dates[best] == NO_DATE || Math.abs(date - dates[best]) <= SEMANTIC_DAYS)) {
                    semantic.begin(text);
                    semanticCredit -= 1;
                    double c = semantic.coverage(best);
                    if (c >= TRANSLATION_COVERAGE) {
                        match = best;
                        sim = c;
                        kind = DuplicateKind.TRANSLATION;
                    }
                }
            }
        }
        boolean wire = Wire.credited(text);
        DedupDecision decision;
        if (match >= 0) {
            Group g = groups[match];
            boolean otherTitle = otherTitle(sketch, match);
            int days = date == NO_DATE || dates[match] == NO_DATE ? -1 : Math.abs(date - dates[match]);
            if (kind != DuplicateKind.TRANSLATION
                    && (g.boilerplate || (otherTitle && Boilerplate.recurringChrome(sketch, support[match], days)))) {
                g.boilerplate = true;
                kind = DuplicateKind.BOILERPLATE;
            }
            if (g.outranks(date, wire)) {
                g.canonicalId = article.id();
                g.canonicalDate = date;
                g.canonicalWire = wire;
            }
            decision = new DedupDecision(article.id(), g.id, g.canonicalId, kind, sim, ids[match]);
        } else if (Boilerplate.looksLikeChrome(sketch)) {
            decision = new DedupDecision(article.id(), article.id(), article.id(), DuplicateKind.BOILERPLATE, 0, null);
        } else {
            decision = DedupDecision.original(article.id());
        }
        remember(article, sketch, date, wire, decision);
        return decision;
    }

    /** A text too short to copy anything is still chrome when it recurs under another title. */
    private DedupDecision observeShort(Article article, TextSketch sketch, int date) {
        int ex = findExact(sketch.exactKey);
        DedupDecision decision = DedupDecision.original(article.id());
        if (ex >= 0 && otherTitle(sketch, ex)) {
            Group g = groups[ex];
            g.boilerplate = true;
            decision = new DedupDecision(article.id(), g.id, g.canonicalId, DuplicateKind.BOILERPLATE, 1, ids[ex]);
        }
        remember(article, sketch, date, false, decision);
        return decision;
    }

    private boolean otherTitle(TextSketch sketch, int slot) {
        return sketch.title.length > 0 && titles[slot].length > 0 && TextSketch.setJaccard(sketch.title, titles[slot]) < 0.5;
    }

    @Override
    public void restore(Article article, DedupDecision decision) {
        TextSketch sketch = TextSketch.of(article.text(), article.title() == null ? "" : article.title(), MIN_SENTENCES);
        if (sketch.normalisedLength < MIN_CHROME_CHARS) return;
        int date = article.published() == null ? NO_DATE : (int) article.published().toEpochDay();
        remember(article, sketch, date, Wire.credited(article.text()), decision);
    }

    /** Articles currently kept. */
    int size() {
        return live;
    }

    /** Articles evicted so far. */
    long evicted() {
        return evicted;
    }

    /**
     * Load-independent work so far, by name: articles observed (long enough to compare) and kept; table slots read
     * by the exact, band and anchor look-ups; band postings read and distinct near-copy candidates (each one
     * MinHash comparison); anchor postings read and distinct slots sharing an anchor; stem alignments; embedding
     * comparisons and sentences embedded; and the wall nanoseconds spent embedding (the one time here).
     */
    java.util.Map<String, Long> counters() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("observed", observed);
        m.put("kept", (long) live);
        m.put("evicted", evicted);
        m.put("exact_probes", exact.probes);
        m.put("band_probes", bands.probes);
        m.put("band_postings", nearPostings);
        m.put("near_candidates", nearCandidates);
        m.put("anchor_probes", anchorIndex.probes);
        m.put("anchor_postings", anchorPostingsRead);
        m.put("anchor_slots", anchorSlots);
        m.put("stem_alignments", stemAlignments);
        m.put("embedding_comparisons", semantic == null ? 0 : semantic.comparisons);
        m.put("sentences_embedded", semantic == null ? 0 : semantic.sentencesEmbedded);
        m.put("embedding_ns", semantic == null ? 0 : semantic.nanos);
        return m;
    }

    /**
     * Embedding cost so far: sentences embedded, wall nanoseconds, comparisons, process CPU nanoseconds; null
     * without an embedder.
     */
    long[] embeddingCost() {
        return semantic == null ? null
                : new long[] {semantic.sentencesEmbedded, semantic.nanos, semantic.comparisons, semantic.cpuNanos};
    }

    private void remember(Article article, TextSketch sketch, int date, boolean wire, DedupDecision d) {
        String id = article.id();
        if (findId(id) >= 0) return;
        Group g = groupsById.get(d.groupId());
        if (g == null) {
            g = new Group(d.groupId(), id, date, wire);
            groupsById.put(d.groupId(), g);
        }
        if (id.equals(d.canonicalId())) {
            g.canonicalId = id;
            g.canonicalDate = date;
            g.canonicalWire = wire;
        }
        if (d.kind() == DuplicateKind.BOILERPLATE) g.boilerplate = true;
        g.live++;
        int s = allocate();
        ids[s] = id;
        exactKeys[s] = sketch.exactKey;
        minhashes[s] = sketch.minhash;
        titles[s] = sketch.title;
        support[s] = (float) sketch.titleSupport;
        dates[s] = date;
        arrivals[s] = arrival++;
        groups[s] = g;
        live++;
        byId.put(id.hashCode(), s);
        exact.put(exactHash(sketch.exactKey), s);
        if (sketch.minhash != null) for (int b = 0; b < BANDS; b++) bands.put(bandKey(sketch.minhash, b), s);
        boolean indexed = TextSketch.sentenceCount(sketch.sentences) >= MIN_SENTENCES;
        sentences[s] = indexed ? sketch.sentences : null;
        anchors[s] = indexed ? sketch.anchors : null;
        if (indexed) {
            for (int a : sketch.anchors) anchorIndex.putIfFewer(a, s, MAX_ANCHOR_POSTINGS + 1);
            if (semantic != null) semantic.remember(s, article.text());
        }
        if (date != NO_DATE && (newestDate == NO_DATE || date > newestDate)) newestDate = date;
        if (++sinceSweep >= Math.max(SWEEP_EVERY, live / 8) || live > maxArticles) sweep();
    }

    /** Evicts what fell out of the date window and the recent arrivals, then enforces the cap. */
    private void sweep() {
        sinceSweep = 0;
        long recentFrom = arrival - keepRecent;
        long horizon = newestDate == NO_DATE ? Long.MIN_VALUE : (long) newestDate - windowDays;
        for (int s = 0; s < slots; s++) {
            if (ids[s] != null && arrivals[s] < recentFrom && (dates[s] == NO_DATE || dates[s] < horizon)) evict(s);
        }
        if (live > maxArticles) {
            long[] order = new long[live];
            int k = 0;
            for (int s = 0; s < slots; s++) if (ids[s] != null) order[k++] = arrivals[s] << 24 | s;
            Arrays.sort(order, 0, k);
            int target = Math.max(1, maxArticles - maxArticles / 10);
            for (int i = 0; i < k && live > target; i++) evict((int) (order[i] & 0xFFFFFF));
        }
    }

    private void evict(int s) {
        String id = ids[s];
        byId.remove(id.hashCode(), s);
        exact.remove(exactHash(exactKeys[s]), s);
        if (minhashes[s] != null) for (int b = 0; b < BANDS; b++) bands.remove(bandKey(minhashes[s], b), s);
        if (anchors[s] != null) for (int a : anchors[s]) anchorIndex.remove(a, s);
        if (semantic != null) semantic.forget(s);
        Group g = groups[s];
        if (--g.live == 0) groupsById.remove(g.id);
        ids[s] = null;
        minhashes[s] = null;
        sentences[s] = null;
        anchors[s] = null;
        titles[s] = null;
        groups[s] = null;
        if (freeCount == free.length) free = Arrays.copyOf(free, freeCount * 2);
        free[freeCount++] = s;
        live--;
        evicted++;
    }

    private int allocate() {
        if (freeCount > 0) return free[--freeCount];
        if (slots == ids.length) {
            int cap = Math.max(1024, slots * 2);
            if (cap > 1 << 24) throw new IllegalStateException("more than 2^24 slots");
            ids = Arrays.copyOf(ids, cap);
            exactKeys = Arrays.copyOf(exactKeys, cap);
            minhashes = Arrays.copyOf(minhashes, cap);
            sentences = Arrays.copyOf(sentences, cap);
            anchors = Arrays.copyOf(anchors, cap);
            titles = Arrays.copyOf(titles, cap);
            support = Arrays.copyOf(support, cap);
            dates = Arrays.copyOf(dates, cap);
            arrivals = Arrays.copyOf(arrivals, cap);
            groups = Arrays.copyOf(groups, cap);
        }
        return slots++;
    }

    private int findId(String id) {
        int[] found = {-1};
        byId.forEach(id.hashCode(), s -> {
            if (id.equals(ids[s])) found[0] = s;
        });
        return found[0];
    }

    private int findExact(long key) {
        int[] found = {-1};
        exact.forEach(exactHash(key), s -> {
            if (exactKeys[s] == key && (found[0] < 0 || arrivals[s] < arrivals[found[0]])) found[0] = s;
        });
        return found[0];
    }

    /**
     * The distinct slots posted under any of the sketch's band keys, in the order first met (band by band); each slot is
     * marked with the query's stamp when met, so a slot found again in a later band is skipped without a scan.
     */
    private int[] lshCandidates(TextSketch sketch) {
        if (sketch.minhash == null) return new int[0];
        if (lshStamp.length < ids.length) lshStamp = Arrays.copyOf(lshStamp, ids.length);
        if (++lshQuery == 0) {
            Arrays.fill(lshStamp, 0);
            lshQuery = 1;
        }
        lshCount = 0;
        for (int b = 0; b < BANDS; b++) bands.forEach(bandKey(sketch.minhash, b), lshCollect);
        nearCandidates += lshCount;
        return Arrays.copyOf(lshOut, lshCount);
    }

    /** Scratch for {@link #lshCandidates}: each slot's last query, the query, the slots found and their number. */
    private int[] lshStamp = new int[0];
    private int lshQuery;
    private int[] lshOut = new int[8];
    private int lshCount;
    private final java.util.function.IntConsumer lshCollect = s -> {
        nearPostings++;
        if (lshStamp[s] == lshQuery) return;
        lshStamp[s] = lshQuery;
        if (lshCount == lshOut.length) lshOut = Arrays.copyOf(lshOut, lshCount * 2);
        lshOut[lshCount++] = s;
    };

    private int[] translationCandidates(TextSketch sketch) {
        if (anchorHits.length < ids.length) anchorHits = new int[ids.length];
        hitCount = 0;
        for (int a : sketch.anchors) {
            // an anchor with more postings than the cap is too common to point at a copy
            int n = anchorIndex.values(a, MAX_ANCHOR_POSTINGS + 1, anchorPostings);
            if (n > MAX_ANCHOR_POSTINGS) continue;
            anchorPostingsRead += n;
            for (int i = 0; i < n; i++) {
                int s = anchorPostings[i];
                if (anchorHits[s]++ == 0) {
                    if (hitCount == hitSlots.length) hitSlots = Arrays.copyOf(hitSlots, hitCount * 2);
                    hitSlots[hitCount++] = s;
                }
            }
        }
        anchorSlots += hitCount;
        List<long[]> ranked = new ArrayList<>();
        for (int h = 0; h < hitCount; h++) {
            int s = hitSlots[h];
            int n = anchorHits[s];
            anchorHits[s] = 0;
            // the shared-anchor count is tested before the slot's own arrays are read (most slots share a few)
            if (n < 4 || anchors[s] == null) continue;
            if (n >= 0.3 * Math.min(sketch.anchors.length, anchors[s].length)
                    && TextSketch.sentenceCount(sentences[s]) >= MIN_SENTENCES) {
                ranked.add(new long[] {n, -arrivals[s], s});
            }
        }
        ranked.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(y[1], x[1]));
        int k = Math.min(MAX_TRANSLATION_CANDIDATES, ranked.size());
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = (int) ranked.get(i)[2];
        return out;
    }

    private static int exactHash(long key) {
        return (int) (key ^ (key >>> 32));
    }

    private static int bandKey(int[] minhash, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) h = TextSketch.mix(h ^ minhash[band * ROWS + r]);
        return (int) (h ^ (h >>> 32));
    }
}
