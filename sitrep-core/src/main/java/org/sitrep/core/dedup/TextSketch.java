package org.sitrep.core.dedup;

import java.util.Arrays;
import org.sitrep.core.internal.Chars;
import org.sitrep.core.internal.Tokens;

/**
 * What the deduplicator keeps of one text, in primitive arrays only: an exact key, a MinHash signature over
 * word 5-shingles, the ordered sentence signatures used for translation alignment, the anchors (numbers and
 * names) that index it for translation candidates, and its title's words. Immutable once built.
 *
 * <p>The MinHash uses one-permutation hashing with densification (Li, Owen and Zhang 2012; Shrivastava 2017):
 * each shingle hash falls into one of {@link #HASHES} bins by its top bits and the bin keeps its minimum, so a
 * signature costs one hash per shingle instead of one per shingle and permutation. Empty bins borrow from the
 * next non-empty bin with a per-distance remix, which keeps the fraction of equal bins an unbiased Jaccard
 * estimate. Bins keep 32 bits: two different minima agree by chance once in four billion.
 *
 * <p>Sentence signatures are the content-word stems (first five letters of words of four letters or more, stop
 * words out) and numbers of each sentence, hashed to 16 bits, sorted, packed into one {@code char[]} as
 * {@code [n, h1..hn]} per sentence; only the first {@link #MAX_SENTENCES} sentences are kept. A text whose
 * sentence count is below {@code minSentences} has none. Memory: about 2 bytes per content word instead of a
 * {@code String} in a {@code HashSet} (about 90 bytes).
 */
final class TextSketch {
    static final int HASHES = 128;
    static final int SHINGLE = 5;
    static final int MAX_SENTENCES = 32;
    private static final int[] STOP = Stop.WORDS.stream().mapToInt(TextSketch::wordHash).sorted().toArray();
    /** {@link #STOP} as an open-addressing set (0 marks a free slot; no stop word hashes to 0), probed per word. */
    private static final int[] STOP_SET = stopSet();
    /** What separates a title from the outlet's name after it ({@code String.split} would compile it per call). */
    private static final java.util.regex.Pattern TITLE_SUFFIX = java.util.regex.Pattern.compile(" [-|\u2013\u2014] ");

    final long exactKey;
    final int normalisedLength;
    final int words;
    /** 32-bit MinHash bins, or null for texts shorter than a shingle. */
    final int[] minhash;
    /** Upper bound on the number of sentence signatures. */
    final int roughSentences;
    /** Sorted distinct anchor hashes. */
    final int[] anchors;
    /** Packed sentence signatures, or null. */
    final char[] sentences;
    /** Sorted distinct hashes of the title's words of three letters or more. */
    final int[] title;
    /** Share of the title's content words that occur in the text (1 when the title has none). */
    final double titleSupport;

    private TextSketch(long exactKey, int normalisedLength, int words, int[] minhash, int roughSentences,
                       int[] anchors, char[] sentences, int[] title, double titleSupport) {
        this.exactKey = exactKey;
        this.normalisedLength = normalisedLength;
        this.words = words;
        this.minhash = minhash;
        this.roughSentences = roughSentences;
        this.anchors = anchors;
        this.sentences = sentences;
        this.title = title;
        this.titleSupport = titleSupport;
    }

    static TextSketch of(String text) {
        return of(text, "", 0);
    }

    /**
     * Sketches {@code text}; sentence signatures are kept only when it has at least {@code minSentences}. The shingles,
     * the anchors and the sentence signatures are read from the text's word table ({@link Tokens#of}: maximal runs of
     * letters and digits, lower-cased and hashed as {@code h * 31 + c}, built once and shared with the clusterer): no
     * run is scanned and hashed again.
     */
    static TextSketch of(String text, String title, int minSentences) {
        Tokens w = Tokens.of(text);
        char[] t = w.chars;
        int n = t.length;
        long[] tokens = new long[w.count];
        for (int k = 0; k < w.count; k++) tokens[k] = mix(w.hash[k] * 0x9E3779B97F4A7C15L + 17);
        int[] ends = sentenceEnds(w);
        int rough = countSentences(ends, n);
        char[] sentences = rough >= minSentences && rough > 0 ? sentenceSignatures(t, n, w, ends) : null;
        int[] titleWords = titleWords(title, 3, Integer.MAX_VALUE);
        int[] content = titleWords(titleHead(title), 4, 0);
        double support = content.length == 0 ? 1 : found(content, w.hash, w.count) / (double) content.length;
        return new TextSketch(mix(w.key), w.letters, w.count, minhash(tokens, w.count), rough, anchors(t, w),
                sentences, titleWords, support);
    }

    /**
     * The title before the first outlet separator ({@link #TITLE_SUFFIX}: a space, a dash, bar, en or em dash, a space),
     * the whole title when it has none: {@code TITLE_SUFFIX.split(title, 2)[0]} without the regular expression.
     */
    static String titleHead(String title) {
        int n = title.length();
        for (int i = 0; i + 2 < n; i++) {
            if (title.charAt(i) != ' ' || title.charAt(i + 2) != ' ') continue;
            char c = title.charAt(i + 1);
            if (c == '-' || c == '|' || c == '\u2013' || c == '\u2014') return title.substring(0, i);
        }
        return title;
    }

    /**
     * How many of the sorted distinct hashes {@code words} occur among {@code hash[0, n)}: each of the text's words is
     * searched among the title's few (instead of sorting the text's words to search each title word among them).
     */
    static int found(int[] words, int[] hash, int n) {
        boolean[] seen = new boolean[words.length];
        int found = 0;
        for (int k = 0; k < n && found < words.length; k++) {
            int i = Arrays.binarySearch(words, hash[k]);
            if (i >= 0 && !seen[i]) {
                seen[i] = true;
                found++;
            }
        }
        return found;
    }

    /** Estimated Jaccard similarity of the two shingle sets: the fraction of equal bins. */
    double jaccard(TextSketch other) {
        return jaccard(minhash, other.minhash);
    }

    static double jaccard(int[] a, int[] b) {
        if (a == null || b == null) return 0;
        int eq = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) eq++;
        return eq / (double) HASHES;
    }

    /** Number of sentence signatures. */
    static int sentenceCount(char[] packed) {
        if (packed == null) return 0;
        int n = 0;
        for (int i = 0; i < packed.length; i += packed[i] + 1) n++;
        return n;
    }

    /** Start offsets (of the length cell) of each packed sentence signature. */
    static int[] sentenceStarts(char[] packed) {
        int[] out = new int[sentenceCount(packed)];
        int k = 0;
        for (int i = 0; packed != null && i < packed.length; i += packed[i] + 1) out[k++] = i;
        return out;
    }

    private static int[] minhash(long[] th, int count) {
        if (count < SHINGLE) return null;
        long[] bins = new long[HASHES];
        Arrays.fill(bins, Long.MAX_VALUE);
        // the shingle hash sum(th[i + k] * 31^(SHINGLE - 1 - k)) rolls from one shingle to the next (exact mod 2^64)
        long drop = 1;
        for (int k = 1; k < SHINGLE; k++) drop *= 31;
        long rolling = 0;
        for (int k = 0; k < SHINGLE - 1; k++) rolling = rolling * 31 + th[k];
        for (int i = 0; i + SHINGLE <= count; i++) {
            if (i > 0) rolling -= th[i - 1] * drop;
            rolling = rolling * 31 + th[i + SHINGLE - 1];
            long h = mix(rolling);
            int bin = (int) (h >>> 57);          // top 7 bits: 128 bins
            long v = h & 0x01FFFFFFFFFFFFFFL;
            if (v < bins[bin]) bins[bin] = v;
        }
        int[] out = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            long v = bins[i];
            if (v == Long.MAX_VALUE) {
                for (int d = 1; d < HASHES; d++) {
                    long o = bins[(i + d) % HASHES];
                    if (o != Long.MAX_VALUE) {
                        v = mix(o + d * 0x632BE59BD9B4E019L);
                        break;
                    }
                }
            }
            out[i] = (int) (v ^ (v >>> 32));
        }
        return out;
    }

    /**
     * The packed signatures of the first {@link #MAX_SENTENCES} sentences with three or more stems and numbers;
     * {@code words} are the text's words (a word never spans a sentence end, which is not a letter or digit) and
     * {@code ends} its {@link #sentenceEnds}.
     */
    private static char[] sentenceSignatures(char[] text, int n, Tokens words, int[] ends) {
        char[] out = new char[256];
        int len = 0;
        int kept = 0;
        char[] sig = new char[64];
        int w = 0;
        for (int s = 0; s <= ends.length && kept < MAX_SENTENCES; s++) {
            int end = s < ends.length ? ends[s] + 1 : n;
            int k = 0;
            for (; w < words.count && words.start[w] < end; w++) {
                int i = words.start[w];
                int wordLength = words.end[w] - i;
                int full = words.hash[w];
                int add;
                boolean digit = Chars.isDigit(text[i]);
                if (digit) add = full;
                else if (wordLength >= 4 && !isStop(full)) add = wordLength <= 5 ? full : stem(text, i);
                else add = 0;
                if (add != 0 || digit) {
                    if (k == sig.length) sig = Arrays.copyOf(sig, k * 2);
                    sig[k++] = (char) (mix(add) >>> 48);
                }
            }
            Arrays.sort(sig, 0, k);
            int d = 0;
            for (int x = 0; x < k; x++) if (d == 0 || sig[x] != sig[d - 1]) sig[d++] = sig[x];
            if (d >= 3) {
                if (len + d + 1 > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, len + d + 1));
                out[len++] = (char) d;
                System.arraycopy(sig, 0, out, len, d);
                len += d;
                kept++;
            }
        }
        return Arrays.copyOf(out, len);
    }

    /** The hash of the first five letters of the word at {@code text[from]} (a word longer than five), lower-cased. */
    private static int stem(char[] text, int from) {
        int h = 0;
        for (int i = from; i < from + 5; i++) h = h * 31 + Chars.toLowerCase(text[i]);
        return h;
    }

    private static boolean isSentenceEnd(String text, int i, int start) {
        char c = text.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1)) && i - start > 20);
    }

    /** As {@link #isSentenceEnd(String, int, int)} on {@code text[0, n)}. */
    private static boolean isSentenceEnd(char[] text, int n, int i, int start) {
        char c = text[i];
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < n
                && Character.isWhitespace(text[i + 1]) && i - start > 20);
    }

    /**
     * The offsets of the sentence ends of a text (line breaks, and sentence-final punctuation followed by a space more
     * than 20 chars after the previous end), in order. These marks are not letters or digits: only the gaps between
     * the words are read.
     */
    private static int[] sentenceEnds(Tokens words) {
        char[] t = words.chars;
        int n = t.length;
        int[] out = new int[16];
        int k = 0;
        int start = 0;
        int from = 0;
        for (int w = 0; w <= words.count; w++) {
            int to = w < words.count ? words.start[w] : n;
            for (int i = from; i < to; i++) {
                if (isSentenceEnd(t, n, i, start)) {
                    if (k == out.length) out = Arrays.copyOf(out, k * 2);
                    out[k++] = i;
                    start = i + 1;
                }
            }
            if (w < words.count) from = words.end[w];
        }
        return Arrays.copyOf(out, k);
    }

    /** The number of sentences of a text of {@code n} chars with these {@link #sentenceEnds} (empty ones not counted). */
    private static int countSentences(int[] ends, int n) {
        int out = 0;
        int start = 0;
        for (int i : ends) {
            if (i > start) out++;
            start = i + 1;
        }
        return start < n ? out + 1 : out;
    }

    /** Splits on line breaks and on sentence-final punctuation followed by a space. */
    static java.util.List<String> splitSentences(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (isSentenceEnd(text, i, start)) {
                if (i > start) out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }

    /** Numbers and capitalised words that do not open a sentence, hashed case-blind: language-neutral anchors. */
    private static int[] anchors(char[] text, Tokens words) {
        int[] out = new int[32];
        int k = 0;
        for (int w = 0; w < words.count; w++) {
            char c = text[words.start[w]];
            if (Chars.isDigit(c) || (!words.opensSentence(w) && Chars.isUpperCase(c) && words.end[w] - words.start[w] > 2)) {
                if (k == out.length) out = Arrays.copyOf(out, k * 2);
                out[k++] = (int) mix(words.hash[w]);
            }
        }
        return distinct(out, k);
    }

    /** Sorted distinct hashes of the words of {@code text} at least {@code minLength} long ({@code stop}: 0 drops stop words). */
    static int[] titleWords(String text, int minLength, int stop) {
        int[] out = new int[16];
        int k = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int h = 0;
            while (j < n && Chars.isLetterOrDigit(text.charAt(j))) h = h * 31 + Chars.toLowerCase(text.charAt(j++));
            if (j - i >= minLength && (stop != 0 || !isStop(h))) {
                if (k == out.length) out = Arrays.copyOf(out, k * 2);
                out[k++] = h;
            }
            i = j;
        }
        return distinct(out, k);
    }

    private static int[] distinct(int[] a, int k) {
        Arrays.sort(a, 0, k);
        int d = 0;
        for (int x = 0; x < k; x++) if (d == 0 || a[x] != a[d - 1]) a[d++] = a[x];
        return Arrays.copyOf(a, d);
    }

    private static int[] stopSet() {
        int[] t = new int[Integer.highestOneBit(STOP.length * 4) << 1];
        for (int h : STOP) {
            if (h == 0) throw new IllegalStateException("a stop word hashes to 0");
            int i = spread(h) & (t.length - 1);
            while (t[i] != 0) i = (i + 1) & (t.length - 1);
            t[i] = h;
        }
        return t;
    }

    /** True when {@code h} is the {@link #wordHash} of a stop word (as a search in {@link #STOP}). */
    private static boolean isStop(int h) {
        int[] t = STOP_SET;
        for (int i = spread(h) & (t.length - 1); ; i = (i + 1) & (t.length - 1)) {
            if (t[i] == h) return h != 0;
            if (t[i] == 0) return false;
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Hash of a word as the sketch's token pass computes it (lower case, {@code h * 31 + c}). */
    static int wordHash(String w) {
        int h = 0;
        for (int i = 0; i < w.length(); i++) h = h * 31 + Character.toLowerCase(w.charAt(i));
        return h;
    }

    /** Jaccard similarity of two sorted distinct int arrays. */
    static double setJaccard(int[] a, int[] b) {
        int common = overlap(a, b);
        int union = a.length + b.length - common;
        return union == 0 ? 1 : common / (double) union;
    }

    /** Size of the intersection of two sorted distinct int arrays. */
    static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                c++;
                i++;
                j++;
            }
        }
        return c;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
