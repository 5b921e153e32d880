package org.sitrep.core.extract;

import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/** Extracts the facts of one article. Thread-safe. */
@FunctionalInterface
public interface Extractor {
    ArticleFacts extract(Article article);
}
