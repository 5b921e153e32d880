package org.sitrep.core.cluster;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The interned term dictionary of {@link Terms}: term strings (as char arrays) to dense int ids, looked up straight from a char
 * buffer (no substring per token), with each id's document frequency, multi-word flag and the document count when
 * it was last seen. Ids of terms that have not been seen for a while and that no live incident holds are forgotten
 * and reused, so the dictionary stays the size of the recent vocabulary on an endless stream. Not thread-safe.
 *
 * <p>A lookup is a cache miss on a dictionary of a few MB, so each table slot holds the term's hash next to its id
 * and the probe compares hashes without reading the id's arrays; only the final check of the characters does.
 * Whether a word is a stop word is answered from a small table of its own (it fits in the first-level cache).
 */
final class Vocabulary {
    /** A free table slot; a used one holds {@code hash << 32 | (id + 1)}. */
    private static final long FREE = 0;

    private long[] table = new long[1 << 12];
    private char[][] words = new char[1024][];
    private int[] hashes = new int[1024];
    private int[] df = new int[1024];
    private int[] lastDoc = new int[1024];
    private boolean[] multiword = new boolean[1024];
    private boolean[] stop = new boolean[1024];
    private int next;
    private int live;
    private int[] freeIds = new int[16];
    private int freeCount;
    /** The stop words alone, looked up as in {@link #table} (ids into {@link #stopWords}). */
    private final long[] stopTable;
    private final char[][] stopWords;

    Vocabulary(Collection<String> stopWords) {
        this.stopWords = new char[stopWords.size()][];
        this.stopTable = new long[Integer.highestOneBit(Math.max(4, stopWords.size() * 4 - 1)) << 1];
        int k = 0;
        for (String w : stopWords) {
            char[] c = w.toCharArray();
            stop[id(c, c.length, 0)] = true;
            int h = hash(c, 0, c.length);
            int mask = stopTable.length - 1;
            int i = mix(h) & mask;
            while (stopTable[i] != FREE) i = (i + 1) & mask;
            this.stopWords[k] = c;
            stopTable[i] = entry(h, k++);
        }
    }

    /** The id of the term in {@code buf[off, off + len)}, or -1 when it is not in the dictionary. */
    int find(char[] buf, int off, int len) {
        return probe(table, words, buf, off, len);
    }

    /** True when the term in {@code buf[off, off + len)} is a stop word (as {@code isStop(find(buf, off, len))}). */
    boolean isStopWord(char[] buf, int off, int len) {
        return probe(stopTable, stopWords, buf, off, len) >= 0;
    }

    /**
     * The index into {@code names} of the term in {@code buf[off, off + len)}, looked up in the open-addressing
     * {@code table} (entries: hash in the high half, index + 1 in the low half), or -1 when absent.
     */
    private static int probe(long[] t, char[][] names, char[] buf, int off, int len) {
        int h = hash(buf, off, len);
        int mask = t.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            long e = t[i];
            if (e == FREE) return -1;
            if ((int) (e >>> 32) == h && same(names[(int) e - 1], buf, off, len)) return (int) e - 1;
        }
    }

    /** The id of the term in {@code buf[0, len)}, added when new; marks it seen at document {@code doc}. */
    int id(char[] buf, int len, int doc) {
        return id(buf, len, hash(buf, 0, len), doc);
    }

    /** As {@link #id(char[], int, int)} with {@code h}, the term's {@link #hash}, already computed. */
    int id(char[] buf, int len, int h, int doc) {
        return id(buf, 0, len, h, doc);
    }

    /**
     * Reads the table slots (and the words they point at) of the terms with hashes {@code h[0, n)}, so that the
     * lookups that follow find them in cache: these loads do not depend on each other, so the processor overlaps
     * their misses, which one lookup after the other cannot. Changes nothing.
     */
    void warm(int[] h, int n) {
        long[] t = table;
        char[][] w = words;
        int mask = t.length - 1;
        int x = 0;
        for (int k = 0; k < n; k++) {
            long e = t[mix(h[k]) & mask];
            if ((int) (e >>> 32) == h[k]) {
                char[] c = w[(int) e - 1];
                if (c != null) x += c.length;
            }
        }
        warmed += x;
    }

    /** Sink of {@link #warm}'s loads. */
    private int warmed;

    /** The id of the term in {@code buf[off, off + len)} with {@link #hash} {@code h}, as {@link #id(char[], int, int)}. */
    int id(char[] buf, int off, int len, int h, int doc) {
        long[] t = table;
        int mask = t.length - 1;
        int i = mix(h) & mask;
        for (; ; i = (i + 1) & mask) {
            long e = t[i];
            if (e == FREE) break;
            if ((int) (e >>> 32) == h) {
                int id = (int) e - 1;
                if (same(words[id], buf, off, len)) {
                    lastDoc[id] = doc;
                    return id;
                }
            }
        }
        int id = freeCount > 0 ? freeIds[--freeCount] : next++;
        if (id >= words.length) growIds();
        char[] w = Arrays.copyOfRange(buf, off, off + len);
        words[id] = w;
        hashes[id] = h;
        df[id] = 0;
        lastDoc[id] = doc;
        multiword[id] = indexOf(w, ' ') > 0;
        t[i] = entry(h, id);
        if (++live * 2 > t.length) rehash(t.length * 2);
        return id;
    }
    /** The term of {@code id} (for error analysis; "\u00a7" opens an entity). */
    String word(int id) {
        return new String(words[id]);
    }

    /** Marks term {@code id} seen at document {@code doc}, as looking it up then would. */
    void touch(int id, int doc) {
        lastDoc[id] = doc;
    }

    /** The document at which term {@code id} was last seen. */
    int lastSeen(int id) {
        return lastDoc[id];
    }

    boolean isStop(int id) {
        return id >= 0 && stop[id];
    }

    boolean isMultiword(int id) {
        return id >= 0 && id < next && multiword[id];
    }

    int df(int id) {
        return df[id];
    }

    void countDoc(int id) {
        df[id]++;
    }

    /** Terms in the dictionary. */
    int size() {
        return live;
    }

    /**
     * Forgets every term last seen before document {@code beforeDoc} whose id is not set in {@code inUse} (stop
     * words stay); returns how many were forgotten. Their ids are reused for new terms.
     */
    int forget(int beforeDoc, BitSet inUse) {
        int n = 0;
        for (int id = 0; id < next; id++) {
            if (words[id] == null || stop[id] || lastDoc[id] >= beforeDoc || inUse.get(id)) continue;
            words[id] = null;
            df[id] = 0;
            multiword[id] = false;
            if (freeCount == freeIds.length) freeIds = Arrays.copyOf(freeIds, freeCount * 2);
            freeIds[freeCount++] = id;
            live--;
            n++;
        }
        if (n > 0) {
            int cap = table.length;
            while (cap > 1 << 12 && live * 4 < cap) cap >>= 1;
            rehash(cap);
        }
        return n;
    }

    private void rehash(int cap) {
        table = new long[cap];
        int mask = cap - 1;
        for (int id = 0; id < next; id++) {
            if (words[id] == null) continue;
            int i = mix(hashes[id]) & mask;
            while (table[i] != FREE) i = (i + 1) & mask;
            table[i] = entry(hashes[id], id);
        }
    }

    private static long entry(int hash, int id) {
        return (long) hash << 32 | (id + 1);
    }

    private void growIds() {
        int n = words.length * 2;
        words = Arrays.copyOf(words, n);
        hashes = Arrays.copyOf(hashes, n);
        df = Arrays.copyOf(df, n);
        lastDoc = Arrays.copyOf(lastDoc, n);
        multiword = Arrays.copyOf(multiword, n);
        stop = Arrays.copyOf(stop, n);
    }

    private static boolean same(char[] w, char[] buf, int off, int len) {
        return w != null && w.length == len && Arrays.equals(w, 0, len, buf, off, off + len);
    }

    private static int indexOf(char[] w, char c) {
        for (int i = 0; i < w.length; i++) if (w[i] == c) return i;
        return -1;
    }

    /** The term's hash: {@code h = 31 * h + c} over its chars, as {@link String#hashCode()}. */
    static int hash(char[] buf, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) h = 31 * h + buf[i];
        return h;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
