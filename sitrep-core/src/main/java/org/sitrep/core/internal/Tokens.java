package org.sitrep.core.internal;

import java.util.Arrays;

/**
 * The words of one text, read in one pass for every stage that reads them (dedup's sketch, clustering's paragraph
 * filter and term vectors): the maximal runs of letters and digits ({@link Chars#isLetterOrDigit}) in order, each with
 * its start and end offsets, the hash of its chars lower-cased one by one ({@link Chars#toLowerCase}, hashed as
 * {@code h = 31 * h + c} from 0, as {@link String#hashCode()} of the lower-cased run), whether all its chars are ASCII,
 * and whether a sentence mark ({@code . ! ? " \u201c} or a line break) or the text's start came before it since the
 * previous word; the text's chars and the same chars with every letter and digit lower-cased; a 64-bit FNV-1a key
 * of all the lower-cased letters and digits in order (blind to case, punctuation and spacing); and for each line (the
 * text split at every line break, the last line after the last break, even empty) the same kind of key, from another
 * seed, and its number of letters and digits. The keys are computed in the pass that finds the words: their chains of
 * multiplications run side by side instead of one pass after the other.
 *
 * <p>Immutable once built: the arrays are shared with every reader, which must not write them; thread-safe.
 * {@link #of} keeps the last table it built and returns it again for the same {@code String} instance: the pipeline
 * deduplicates an article and then clusters it on one thread, and both stages ask for its text here, so the text is
 * tokenised once. A table for another text (another thread, another order) is simply built again.
 */
public final class Tokens {
    private static final byte OPENS = 1;
    private static final byte NON_ASCII = 2;

    /** The last table built by {@link #of}. */
    private static volatile Tokens last;

    /** The text. */
    public final String text;
    /** The text's chars. */
    public final char[] chars;
    /** {@link #chars} with every letter and digit lower-cased by {@link Chars#toLowerCase}; other chars as they are. */
    public final char[] lower;
    /** Number of words. */
    public final int count;
    /** Word {@code k} is {@code chars[start[k], end[k])}. */
    public final int[] start;
    public final int[] end;
    /** Hash of word {@code k}: {@code h = 31 * h + c} over {@code lower[start[k], end[k])}. */
    public final int[] hash;
    private final byte[] flags;
    /** FNV-1a (64 bits) of the lower-cased letters and digits of the text, in order. */
    public final long key;
    /** Number of letters and digits in the text. */
    public final int letters;
    /** Number of lines: line breaks plus one. */
    public final int lines;
    /** FNV-1a (64 bits, from {@link #LINE_SEED}) of the lower-cased letters and digits of each line. */
    public final long[] lineKey;
    /** Number of letters and digits of each line. */
    public final int[] lineLetters;
    /** The start of each line's {@link #lineKey} (the FNV offset basis is that of {@link #key}). */
    public static final long LINE_SEED = 0x9E3779B97F4A7C15L;

    /** Reads {@code text} (not kept for {@link #of}). */
    public Tokens(String text) {
        this.text = text;
        char[] t = text.toCharArray();
        int n = t.length;
        char[] low = new char[n];
        int cap = Math.max(16, n / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int[] hs = new int[cap];
        byte[] fl = new byte[cap];
        long exact = 0xcbf29ce484222325L;
        long line = LINE_SEED;
        int lineLen = 0;
        int nLines = 0;
        long[] lk = new long[16];
        int[] ll = new int[16];
        int count = 0;
        boolean opens = true;
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (!Chars.isLetterOrDigit(c)) {
                low[i] = c;
                if (c == '\n') {
                    if (nLines == lk.length) {
                        lk = Arrays.copyOf(lk, nLines * 2);
                        ll = Arrays.copyOf(ll, nLines * 2);
                    }
                    lk[nLines] = line;
                    ll[nLines++] = lineLen;
                    line = LINE_SEED;
                    lineLen = 0;
                }
                if (c == '.' || c == '\n' || c == '!' || c == '?' || c == '"' || c == '\u201c') opens = true;
                i++;
                continue;
            }
            int from = i;
            int h = 0;
            char or = 0;
            do {
                char l = Chars.toLowerCase(c);
                low[i] = l;
                exact = (exact ^ l) * 0x100000001b3L;
                line = (line ^ l) * 0x100000001b3L;
                h = h * 31 + l;
                or |= c;
                c = ++i < n ? t[i] : ' ';
            } while (i < n && Chars.isLetterOrDigit(c));
            if (count == s.length) {
                int m = count * 2;
                s = Arrays.copyOf(s, m);
                e = Arrays.copyOf(e, m);
                hs = Arrays.copyOf(hs, m);
                fl = Arrays.copyOf(fl, m);
            }
            lineLen += i - from;
            s[count] = from;
            e[count] = i;
            hs[count] = h;
            fl[count++] = (byte) ((opens ? OPENS : 0) | (or >= 0x80 ? NON_ASCII : 0));
            opens = false;
        }
        if (nLines == lk.length) {
            lk = Arrays.copyOf(lk, nLines + 1);
            ll = Arrays.copyOf(ll, nLines + 1);
        }
        lk[nLines] = line;
        ll[nLines++] = lineLen;
        int letters = 0;
        for (int k = 0; k < count; k++) letters += e[k] - s[k];
        this.lines = nLines;
        this.lineKey = lk;
        this.lineLetters = ll;
        this.chars = t;
        this.lower = low;
        this.count = count;
        this.start = s;
        this.end = e;
        this.hash = hs;
        this.flags = fl;
        this.key = exact;
        this.letters = letters;
    }

    /** The words of {@code text}: the table built last when it was built for this very instance, else a new one. */
    public static Tokens of(String text) {
        Tokens t = last;
        if (t != null && t.text == text) return t;
        t = new Tokens(text);
        last = t;
        return t;
    }

    /** Length of word {@code k}. */
    public int length(int k) {
        return end[k] - start[k];
    }

    /** True when a sentence mark or the text's start came before word {@code k} since the previous word. */
    public boolean opensSentence(int k) {
        return (flags[k] & OPENS) != 0;
    }

    /** True when every char of word {@code k} is ASCII (its lower case is then one char per char, as in any locale). */
    public boolean ascii(int k) {
        return (flags[k] & NON_ASCII) == 0;
    }

    /** The index of the first word that starts at or after {@code offset} ({@link #count} when none does). */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
