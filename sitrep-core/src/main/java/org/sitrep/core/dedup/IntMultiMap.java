package org.sitrep.core.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An int-to-int multimap in two flat arrays (open addressing, linear probing, backward-shift deletion): about
 * 11 bytes per entry at the usual load, against about 60 for a {@code HashMap<Long, List<String>>} posting.
 * Keys are hashes, so two different keys may share a value list's probe run; callers verify what they find.
 * Values under one key are returned in the order they were added. Not thread-safe.
 *
 * <p>Runs are kept ordered by home slot (an insertion moves the later part of its run one slot on, as in Robin Hood
 * hashing), so a look-up stops at the first entry whose home lies past its key's instead of walking to the end of
 * the run. That matters for the anchor index, where common anchors hold many values each: in plain linear probing
 * their blocks made every look-up near them walk about ten times more slots than it found values.
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
    /** Table slots read by look-ups ({@link #count}, {@link #values}, {@link #forEach}): a load-independent cost. */
    long probes;

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

    /** Adds the pair (duplicates allowed); {@code value} must be non-negative. */
    void put(int key, int value) {
        if (value < 0) throw new IllegalArgumentException("negative value: " + value);
        if (size + 1 > (mask + 1) * 3 / 4) grow();
        int i = home(key);
        for (int d = 0; vals[i] != EMPTY && distance(i) >= d; d++) i = (i + 1) & mask;
        insertAt(i, key, value);
    }

    /** Number of values under {@code key}, counting no further than {@code limit}. */
    int count(int key, int limit) {
        if (counts[cell(key)] == 0) return 0;
        int n = 0;
        int d = 0;
        for (int i = home(key); vals[i] != EMPTY && n < limit; i = (i + 1) & mask, d++) {
            probes++;
            if (keys[i] == key) n++;
            else if (distance(i) < d) break;
        }
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
        int d = 0;
        for (int i = home(key); vals[i] != EMPTY && n < limit; i = (i + 1) & mask, d++) {
            probes++;
            if (keys[i] == key) out[n++] = vals[i];
            else if (distance(i) < d) break;
        }
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
        for (int d = 0; vals[i] != EMPTY; i = (i + 1) & mask, d++) {
            if (keys[i] == key) {
                if (++n >= limit) return false;
            } else if (distance(i) < d) {
                break;
            }
        }
        if (size + 1 > (mask + 1) * 3 / 4) {
            put(key, value);
            return true;
        }
        insertAt(i, key, value);
        return true;
    }

    /** Calls {@code action} with every value under {@code key}, in the order they were added. */
    void forEach(int key, IntConsumer action) {
        if (counts[cell(key)] == 0) return;
        int d = 0;
        for (int i = home(key); vals[i] != EMPTY; i = (i + 1) & mask, d++) {
            probes++;
            if (keys[i] == key) action.accept(vals[i]);
            else if (distance(i) < d) return;
        }
    }

    /** Removes one occurrence of the pair (the earliest added); returns whether it was there. */
    boolean remove(int key, int value) {
        int i = home(key);
        for (int d = 0; vals[i] != EMPTY; i = (i + 1) & mask, d++) {
            if (keys[i] == key) {
                if (vals[i] == value) {
                    shiftBack(i);
                    size--;
                    int c = cell(key);
                    if (counts[c] != Byte.MAX_VALUE) counts[c]--;
                    return true;
                }
            } else if (distance(i) < d) {
                return false;
            }
        }
        return false;
    }

    /**
     * Stores the pair at {@code i}, moving the entries from {@code i} to the end of its run one slot on: the run
     * stays ordered by home slot, and values under one key stay in the order they were added.
     */
    private void insertAt(int i, int key, int value) {
        int e = i;
        while (vals[e] != EMPTY) e = (e + 1) & mask;
        while (e != i) {
            int p = (e - 1) & mask;
            keys[e] = keys[p];
            vals[e] = vals[p];
            e = p;
        }
        keys[i] = key;
        vals[i] = value;
        size++;
        counted(key);
    }

    /** Moves the entries after {@code hole} that are not in their home slot back by one (the run stays ordered). */
    private void shiftBack(int hole) {
        int j = (hole + 1) & mask;
        while (vals[j] != EMPTY && distance(j) > 0) {
            keys[hole] = keys[j];
            vals[hole] = vals[j];
            hole = j;
            j = (j + 1) & mask;
        }
        vals[hole] = EMPTY;
    }

    /** How far the entry in slot {@code i} sits past its home slot. */
    private int distance(int i) {
        return (i - home(keys[i])) & mask;
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
        // from the slot after an empty one, so that no run is split and every key's values keep their order
        int from = 0;
        while (ov[from] != EMPTY) from++;
        for (int k = 1; k <= ok.length; k++) {
            int i = (from + k) & (ok.length - 1);
            if (ov[i] != EMPTY) put(ok[i], ov[i]);
        }
    }

    /** Bytes held by the two arrays. */
    long bytes() {
        return 10L * keys.length + 48;
    }
}
