package org.sitrep.core.cluster;

import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/** What the clusterer sees of one arriving article. */
public record ClusterInput(Article article, ArticleFacts facts, DedupDecision dedup) {
}
