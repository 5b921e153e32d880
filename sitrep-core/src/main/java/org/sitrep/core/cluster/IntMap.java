package org.sitrep.core.cluster;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * An open-addressing map from int keys to objects (linear probing, no boxing; entries are removed in bulk by
 * rebuilding). Not thread-safe. Key {@link Integer#MIN_VALUE} is reserved.
 */
final class IntMap<V> {
    private static final int FREE = Integer.MIN_VALUE;
    private int[] keys;
    private Object[] vals;
    private int size;

    IntMap() {
        this(8);
    }

    IntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[cap];
        vals = new Object[cap];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) return (V) vals[i];
            if (k == FREE) return null;
        }
    }

    void put(int key, V value) {
        if (key == FREE) throw new IllegalArgumentException("reserved key " + key);
        if ((size + 1) * 2 > keys.length) resize(keys.length * 2);
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != FREE && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == FREE) {
            keys[i] = key;
            size++;
        }
        vals[i] = value;
    }

    /**
     * Removes every entry whose value matches {@code drop} (tested once per entry, so it may also trim the value)
     * and shrinks the table to fit what is left.
     */
    @SuppressWarnings("unchecked")
    void removeIf(Predicate<V> drop) {
        int[] ok = keys;
        Object[] ov = vals;
        int[] kk = new int[size];
        Object[] kv = new Object[size];
        int kept = 0;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != FREE && !drop.test((V) ov[j])) {
                kk[kept] = ok[j];
                kv[kept++] = ov[j];
            }
        }
        keys = new int[Math.max(8, Integer.highestOneBit(Math.max(4, kept * 2 - 1)) << 1)];
        vals = new Object[keys.length];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int j = 0; j < kept; j++) insertFresh(kk[j], kv[j]);
    }

    private void resize(int cap) {
        int[] ok = keys;
        Object[] ov = vals;
        keys = new int[cap];
        vals = new Object[cap];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int j = 0; j < ok.length; j++) if (ok[j] != FREE) insertFresh(ok[j], ov[j]);
    }

    private void insertFresh(int key, Object value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != FREE) i = (i + 1) & mask;
        keys[i] = key;
        vals[i] = value;
        size++;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
