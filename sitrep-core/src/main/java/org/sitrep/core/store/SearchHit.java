package org.sitrep.core.store;

/** One full-text search result. */
public record SearchHit(String articleId, String title, String snippet, double score) {
}
