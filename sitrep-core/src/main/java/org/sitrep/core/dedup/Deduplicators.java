package org.sitrep.core.dedup;

/** Factories for the default deduplicator. */
public final class Deduplicators {
    private Deduplicators() {
    }

    /**
     * A fresh streaming deduplicator that finds exact, near (MinHash LSH), translated (ordered sentence
     * alignment) and boilerplate copies. Not thread-safe; one instance per stream.
     */
    public static Deduplicator standard() {
        return new StandardDeduplicator();
    }
}
