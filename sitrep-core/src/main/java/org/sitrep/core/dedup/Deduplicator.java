package org.sitrep.core.dedup;

import org.sitrep.model.Article;

/**
 * Streaming copy detection: each article is compared with those observed before it.
 * Not thread-safe: the pipeline calls it from one thread, in arrival order.
 */
public interface Deduplicator {
    DedupDecision observe(Article article);

    /** Re-seeds the state with an article decided in an earlier run (restart after a crash). */
    void restore(Article article, DedupDecision decision);
}
