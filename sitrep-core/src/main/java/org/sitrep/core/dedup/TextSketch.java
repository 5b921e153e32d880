package org.sitrep.core.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the deduplicator keeps of one text: an exact key, a MinHash signature over word 5-shingles, the
 * ordered sentence signatures used for translation alignment, and the anchors (numbers and names) that
 * index it for translation candidates. Immutable once built.
 *
 * <p>The MinHash uses one-permutation hashing with densification (Li, Owen and Zhang 2012; Shrivastava 2017):
 * each shingle hash falls into one of {@link #HASHES} bins by its top bits and the bin keeps its minimum, so a
 * signature costs one hash per shingle instead of one per shingle and permutation. Empty bins borrow from the
 * next non-empty bin with a per-distance remix, which keeps the fraction of equal bins an unbiased Jaccard
 * estimate.
 *
 * <p>Sentence signatures are built lazily: most texts are never aligned, and building them is a large share of
 * the sketch's cost. A text whose sentence count (an upper bound on its signature count) is below
 * {@code minSentences} has none; otherwise the text is kept until the signatures are first asked for.
 */
final class TextSketch {
    static final int HASHES = 128;
    static final int SHINGLE = 5;

    final long exactKey;
    final int normalisedLength;
    final int words;
    final long[] minhash;
    /** Upper bound on the number of sentence signatures. */
    final int roughSentences;
    final Set<String> anchors;
    private String text;
    private List<Set<String>> sentences;

    private TextSketch(long exactKey, int normalisedLength, int words, long[] minhash, int roughSentences,
                       String text, Set<String> anchors) {
        this.exactKey = exactKey;
        this.normalisedLength = normalisedLength;
        this.words = words;
        this.minhash = minhash;
        this.roughSentences = roughSentences;
        this.text = text;
        this.sentences = text == null ? List.of() : null;
        this.anchors = anchors;
    }

    /** The ordered sentence signatures (built on first use). */
    List<Set<String>> sentences() {
        if (sentences == null) {
            sentences = sentenceSignatures(text);
            text = null;
        }
        return sentences;
    }

    static TextSketch of(String text) {
        return of(text, 0);
    }

    /** Sketches {@code text}; sentence signatures are kept only when it has at least {@code minSentences}. */
    static TextSketch of(String text, int minSentences) {
        long exact = 0xcbf29ce484222325L;
        int normLen = 0;
        long[] tokens = new long[64];
        int count = 0;
        int h = 0;
        boolean inToken = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                char l = Character.toLowerCase(c);
                exact = (exact ^ l) * 0x100000001b3L;
                normLen++;
                h = h * 31 + l;
                inToken = true;
            } else if (inToken) {
                if (count == tokens.length) tokens = Arrays.copyOf(tokens, count * 2);
                tokens[count++] = mix(h * 0x9E3779B97F4A7C15L + 17);
                h = 0;
                inToken = false;
            }
        }
        int rough = countSentences(text);
        return new TextSketch(mix(exact), normLen, count, minhash(tokens, count), rough,
                rough >= minSentences && rough > 0 ? text : null, anchors(text));
    }

    /** Estimated Jaccard similarity of the two shingle sets: the fraction of equal bins. */
    double jaccard(TextSketch other) {
        if (minhash == null || other.minhash == null) return 0;
        int eq = 0;
        for (int i = 0; i < HASHES; i++) if (minhash[i] == other.minhash[i]) eq++;
        return eq / (double) HASHES;
    }

    private static long[] minhash(long[] th, int count) {
        if (count < SHINGLE) return null;
        long[] bins = new long[HASHES];
        Arrays.fill(bins, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= count; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = h * 31 + th[i + k];
            h = mix(h);
            int bin = (int) (h >>> 57);          // top 7 bits: 128 bins
            long v = h & 0x01FFFFFFFFFFFFFFL;
            if (v < bins[bin]) bins[bin] = v;
        }
        long[] out = bins.clone();
        for (int i = 0; i < HASHES; i++) {
            if (bins[i] != Long.MAX_VALUE) continue;
            for (int d = 1; d < HASHES; d++) {
                long v = bins[(i + d) % HASHES];
                if (v != Long.MAX_VALUE) {
                    out[i] = mix(v + d * 0x632BE59BD9B4E019L);
                    break;
                }
            }
        }
        return out;
    }

    /** Content-word stems (first five letters of words of 4+ letters, stop words out) and numbers, per sentence. */
    private static List<Set<String>> sentenceSignatures(String text) {
        List<Set<String>> out = new ArrayList<>();
        for (String s : splitSentences(text)) {
            Set<String> sig = new HashSet<>();
            int n = s.length();
            int i = 0;
            while (i < n) {
                if (!Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && Character.isLetterOrDigit(s.charAt(j))) j++;
                if (Character.isDigit(s.charAt(i))) {
                    sig.add(s.substring(i, j));
                } else if (j - i >= 4) {
                    String l = s.substring(i, j).toLowerCase(Locale.ROOT);
                    if (!Stop.WORDS.contains(l)) sig.add(l.length() > 5 ? l.substring(0, 5) : l);
                }
                i = j;
            }
            if (sig.size() >= 3) out.add(sig);
        }
        return out;
    }

    /** The number of pieces {@link #splitSentences} returns, without building them. */
    static int countSentences(String text) {
        int out = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))
                    && i - start > 20);
            if (end) {
                if (i > start) out++;
                start = i + 1;
            }
        }
        return start < n ? out + 1 : out;
    }

    /** Splits on line breaks and on sentence-final punctuation followed by a space. */
    static List<String> splitSentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))
                    && i - start > 20);
            if (end) {
                if (i > start) out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }

    /** Numbers and capitalised words that do not open a sentence, lower-cased: language-neutral anchors. */
    private static Set<String> anchors(String text) {
        Set<String> out = new HashSet<>();
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) j++;
                if (Character.isDigit(c) || (!sentenceStart && Character.isUpperCase(c) && j - i > 2)) {
                    out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
                }
                sentenceStart = false;
                i = j;
            } else {
                if (c == '.' || c == '\n' || c == '!' || c == '?' || c == '"' || c == '\u201c') sentenceStart = true;
                i++;
            }
        }
        return out;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
