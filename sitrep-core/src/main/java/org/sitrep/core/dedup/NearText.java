package org.sitrep.core.dedup;

/**
 * How alike two short texts are (a quoted statement, a headline), by the deduplicator's own word hashing: the Jaccard
 * similarity of their content-word sets: as in its sentence signatures, the words of four letters or more, lower case,
 * stop words out ({@link TextSketch#titleWords}). Whole articles go
 * through the MinHash of {@link TextSketch} instead; a sentence is too short for its five-word shingles. Thread-safe.
 */
public final class NearText {
    /** The shortest content word, as in the deduplicator's sentence signatures. */
    static final int CONTENT_WORD = 4;

    private NearText() {
    }

    /** The sorted distinct hashes of the content words of {@code text} (none for "it was not us"). */
    public static int[] contentWords(String text) {
        return TextSketch.titleWords(text, CONTENT_WORD, 0);
    }

    /** Jaccard similarity of two {@link #contentWords} sets; 1 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        return TextSketch.setJaccard(a, b);
    }

    /** Jaccard similarity of the content words of {@code a} and {@code b}; 1 when neither has any. */
    public static double wordJaccard(String a, String b) {
        return jaccard(contentWords(a), contentWords(b));
    }
}
