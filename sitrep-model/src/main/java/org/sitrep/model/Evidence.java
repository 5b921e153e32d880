package org.sitrep.model;

import java.util.Objects;

/**
 * Where a fact came from: an article and a character span [start, end) of its normalised text,
 * with the sentence that holds the span (for display without reloading the article).
 */
public record Evidence(String articleId, int start, int end, String sentence) {
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        if (articleId.isBlank()) throw new IllegalArgumentException("evidence needs an article id");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ") in " + articleId);
        }
        sentence = sentence == null ? "" : sentence;
    }

    public static Evidence of(String articleId, int start, int end, String sentence) {
        return new Evidence(articleId, start, end, sentence);
    }
}
