package org.sitrep.core.dedup;

/** Factories for the default deduplicator. (Placeholder until the dedup stage lands: everything is original.) */
public final class Deduplicators {
    private Deduplicators() {
    }

    public static Deduplicator standard() {
        return new Deduplicator() {
            @Override
            public DedupDecision observe(org.sitrep.model.Article article) {
                return DedupDecision.original(article.id());
            }

            @Override
            public void restore(org.sitrep.model.Article article, DedupDecision decision) {
            }
        };
    }
}
