package org.sitrep.core.reconcile;

import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/** One member article of an incident, with its facts and duplicate group. */
public record Member(Article article, ArticleFacts facts, DedupDecision dedup) {
}
