package org.sitrep.core.dedup;

/** Factories for the default deduplicator. */
public final class Deduplicators {
    private Deduplicators() {
    }

    /**
     * A fresh streaming deduplicator that finds exact, near (MinHash LSH), translated (ordered sentence
     * alignment on stems, then on all-MiniLM-L6-v2 sentence embeddings) and boilerplate copies. Its state is
     * bounded: articles dated 60 days before the newest date seen are evicted once 20,000 newer ones have
     * arrived, and at most 200,000 are kept. Not thread-safe; one instance per stream.
     */
    public static Deduplicator standard() {
        return new StandardDeduplicator();
    }

    /**
     * The same with another sentence embedder, or with {@code embedder} null to align reworded copies on stems
     * only (no embedding work: what benchmarks time as "dedup excluding embedding").
     */
    public static Deduplicator standard(org.sitrep.core.embed.Embedder embedder) {
        return new StandardDeduplicator(embedder, StandardDeduplicator.WINDOW_DAYS, StandardDeduplicator.KEEP_RECENT,
                StandardDeduplicator.MAX_ARTICLES);
    }

    /**
     * Load-independent work counters of a deduplicator made here (candidates examined, index slots read,
     * alignments, embeddings; see the keys), as a fresh map in a fixed order; empty for any other deduplicator.
     * For benchmarks: reading them while another thread observes is not safe.
     */
    public static java.util.Map<String, Long> counters(Deduplicator d) {
        return d instanceof StandardDeduplicator s ? s.counters() : java.util.Map.of();
    }
}
