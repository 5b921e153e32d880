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
}
