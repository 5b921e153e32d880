package org.sitrep.core.extract;

import java.util.List;
import org.sitrep.core.internal.Sentences;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;

/**
 * An article prepared for extraction: its text (title, blank line, body: {@link Article#fullText()})
 * split into sentences once, shared by every extractor. Evidence spans index into {@link #text()}.
 */
public record Doc(Article article, String text, List<Sentence> sentences) {
    public static Doc of(Article article) {
        String text = article.fullText();
        return new Doc(article, text, Sentences.split(text));
    }

    /** Evidence for [start, end) of {@link #text()}, with the sentence that holds it. */
    public Evidence evidence(int start, int end) {
        return new Evidence(article.id(), start, end, sentenceAt(start).map(Sentence::text).orElse(""));
    }

    public java.util.Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) return java.util.Optional.of(s);
        }
        return java.util.Optional.empty();
    }
}
