package org.sitrep.core.cluster;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * The interned term dictionary of {@link Terms}: term strings (as char arrays) to dense int ids, looked up straight from a char
 * buffer (no substring per token), with each id's document frequency, multi-word flag and the document count when
 * it was last seen. Ids of terms that have not been seen for a while and that no live incident holds are forgotten
 * and reused, so the dictionary stays the size of the recent vocabulary on an endless stream. Not thread-safe.
 */
final class Vocabulary {
    private static final int FREE = -1;

    private int[] table = new int[1 << 12];
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

    Vocabulary(Collection<String> stopWords) {
        Arrays.fill(table, FREE);
        for (String w : stopWords) {
            char[] c = w.toCharArray();
            stop[id(c, c.length, 0)] = true;
        }
    }

    /** The id of the term in {@code buf[off, off + len)}, or -1 when it is not in the dictionary. */
    int find(char[] buf, int off, int len) {
        int h = hash(buf, off, len);
        int mask = table.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id == FREE) return -1;
            if (hashes[id] == h && same(words[id], buf, off, len)) return id;
        }
    }

    /** The id of the term in {@code buf[0, len)}, added when new; marks it seen at document {@code doc}. */
    int id(char[] buf, int len, int doc) {
        int h = hash(buf, 0, len);
        int mask = table.length - 1;
        int i = mix(h) & mask;
        for (; ; i = (i + 1) & mask) {
            int id = table[i];
            if (id == FREE) break;
            if (hashes[id] == h && same(words[id], buf, 0, len)) {
                lastDoc[id] = doc;
                return id;
            }
        }
        int id = freeCount > 0 ? freeIds[--freeCount] : next++;
        if (id >= words.length) growIds();
        char[] w = Arrays.copyOf(buf, len);
        words[id] = w;
        hashes[id] = h;
        df[id] = 0;
        lastDoc[id] = doc;
        multiword[id] = indexOf(w, ' ') > 0;
        table[i] = id;
        if (++live * 2 > table.length) rehash(table.length * 2);
        return id;
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
        table = new int[cap];
        Arrays.fill(table, FREE);
        int mask = cap - 1;
        for (int id = 0; id < next; id++) {
            if (words[id] == null) continue;
            int i = mix(hashes[id]) & mask;
            while (table[i] != FREE) i = (i + 1) & mask;
            table[i] = id;
        }
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

    private static int hash(char[] buf, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) h = 31 * h + buf[i];
        return h;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
