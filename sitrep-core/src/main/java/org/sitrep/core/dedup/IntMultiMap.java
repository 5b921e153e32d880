package org.sitrep.core.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An int-to-int multimap in two flat arrays (open addressing, linear probing, backward-shift deletion): about
 * 11 bytes per entry at the usual load, against about 60 for a {@code HashMap<Long, List<String>>} posting.
 * Keys are hashes, so two different keys may share a value list's probe run; callers verify what they find.
 * Not thread-safe.
 *
 * <p>Most look-ups are for keys that are absent (a band of a text that nothing copies, an anchor no other text has),
 * and at the usual load such a look-up walks a run of several slots to the next free one. A counting filter answers
 * them first: one byte per two table slots counts the entries whose keys fall in it (saturating at
 * {@link Byte#MAX_VALUE}, and then never lowered), so a zero count means that no value is stored under any key of that
 * cell and the walk is skipped. It only skips walks that would find nothing: what every method returns, and in what
 * order, is unchanged.
 */
final class IntMultiMap {
    private static final int EMPTY = -1;
    private int[] keys;
    private int[] vals;
    private int mask;
    private int size;
    /** The counting filter: entries per cell of {@link #cell}. */
    private byte[] counts;
    private int cellMask;

    IntMultiMap() {
        this(1024);
    }

    IntMultiMap(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new int[cap];
        vals = new int[cap];
        Arrays.fill(vals, EMPTY);
        mask = cap - 1;
        counts = new byte[cap * 2];
        cellMask = cap * 2 - 1;
    }

    int size() {
        return size;
    }

    /** Table slots read by look-ups ({@link #count}, {@link #values}, {@link #forEach}): a load-independent work counter. */
    long probes;

    /** Adds the pair (duplicates allowed); {@code value} must be non-negative. */
    void put(int key, int value) {
        if (value < 0) throw new IllegalArgumentException("negative value: " + value);
        if (size + 1 > (mask + 1) * 3 / 4) grow();
        int i = home(key);
        while (vals[i] != EMPTY) i = (i + 1) & mask;
        keys[i] = key;
        vals[i] = value;
        size++;
        counted(key);
    }

    /** Number of values under {@code key}, counting no further than {@code limit}. */
    int count(int key, int limit) {
        if (counts[cell(key)] == 0) return 0;
        int n = 0;
        int i = home(key);
        for (; vals[i] != EMPTY && n < limit; i = (i + 1) & mask) if (keys[i] == key) n++;
        probes += ((i - home(key)) & mask) + 1;
        return n;
    }

    /**
     * Copies the values under {@code key} into {@code out} (in {@link #forEach} order), stopping after {@code limit}
     * of them, and returns how many were copied: one walk of the probe run for what {@link #count} and {@link #forEach}
     * read in two. {@code out} must hold {@code limit} values.
     */
    int values(int key, int limit, int[] out) {
        if (counts[cell(key)] == 0) return 0;
        int n = 0;
        int i = home(key);
        for (; vals[i] != EMPTY && n < limit; i = (i + 1) & mask) if (keys[i] == key) out[n++] = vals[i];
        probes += ((i - home(key)) & mask) + 1;
        return n;
    }

    /**
     * Adds the pair unless {@code key} already holds {@code limit} values (as {@code count(key, limit) < limit}
     * followed by {@link #put}, in one walk of the probe run); returns whether it was added.
     */
    boolean putIfFewer(int key, int value, int limit) {
        if (value < 0) throw new IllegalArgumentException("negative value: " + value);
        int n = 0;
        int i = home(key);
        for (; vals[i] != EMPTY; i = (i + 1) & mask) if (keys[i] == key && ++n >= limit) return false;
        if (size + 1 > (mask + 1) * 3 / 4) {
            put(key, value);
            return true;
        }
        keys[i] = key;
        vals[i] = value;
        size++;
        counted(key);
        return true;
    }

    /** Calls {@code action} with every value under {@code key}. */
    void forEach(int key, IntConsumer action) {
        if (counts[cell(key)] == 0) return;
        int i = home(key);
        for (; vals[i] != EMPTY; i = (i + 1) & mask) if (keys[i] == key) action.accept(vals[i]);
        probes += ((i - home(key)) & mask) + 1;
    }

    /** Removes one occurrence of the pair; returns whether it was there. */
    boolean remove(int key, int value) {
        int i = home(key);
        while (vals[i] != EMPTY) {
            if (keys[i] == key && vals[i] == value) {
                shiftBack(i);
                size--;
                int c = cell(key);
                if (counts[c] != Byte.MAX_VALUE) counts[c]--;
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void shiftBack(int hole) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (vals[j] == EMPTY) {
                vals[hole] = EMPTY;
                return;
            }
            int h = home(keys[j]);
            // j stays when its home lies cyclically in (hole, j]
            boolean stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
            if (stays) continue;
            keys[hole] = keys[j];
            vals[hole] = vals[j];
            hole = j;
        }
    }

    /** Counts an entry under {@code key} in its filter cell (saturating). */
    private void counted(int key) {
        int c = cell(key);
        if (counts[c] != Byte.MAX_VALUE) counts[c]++;
    }

    /** The filter cell of {@code key}: another mix of its bits than {@link #home}'s. */
    private int cell(int key) {
        int h = key * 0x85EBCA6B;
        return (h ^ (h >>> 13)) & cellMask;
    }

    private int home(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        int[] ok = keys;
        int[] ov = vals;
        keys = new int[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(vals, EMPTY);
        mask = keys.length - 1;
        counts = new byte[keys.length * 2];
        cellMask = keys.length * 2 - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ov[i] != EMPTY) put(ok[i], ov[i]);
    }

    /** Bytes held by the two arrays. */
    long bytes() {
        return 10L * keys.length + 48;
    }
}
