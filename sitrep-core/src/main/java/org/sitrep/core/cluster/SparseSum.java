package org.sitrep.core.cluster;

import java.util.Arrays;

/**
 * A sum of sparse term vectors: an open-addressing map from term id to weight over primitive arrays (no boxing),
 * with the squared norm kept up to date. Mutable; owned by one {@link IncidentState}.
 */
final class SparseSum {
    private static final int FREE = -1;
    private int[] keys = new int[16];
    private double[] vals = new double[16];
    private int size;
    private double norm2;

    SparseSum() {
        Arrays.fill(keys, FREE);
    }

    double norm2() {
        return norm2;
    }

    /** The weight of {@code term}, 0 when absent. */
    double get(int term) {
        int mask = keys.length - 1;
        for (int i = mix(term) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == term) return vals[i];
            if (k == FREE) return 0;
        }
    }

    /** Adds {@code w} to {@code term}'s weight, keeping the squared norm exact. */
    void add(int term, double w) {
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        int i = mix(term) & mask;
        while (keys[i] != FREE && keys[i] != term) i = (i + 1) & mask;
        if (keys[i] == FREE) {
            keys[i] = term;
            size++;
        }
        double old = vals[i];
        vals[i] = old + w;
        norm2 += 2 * old * w + w * w;
    }

    void addAll(Terms.Vec v) {
        int[] ids = v.ids();
        double[] w = v.weights();
        for (int i = 0; i < ids.length; i++) add(ids[i], w[i]);
    }

    void addAll(SparseSum o) {
        for (int i = 0; i < o.keys.length; i++) if (o.keys[i] != FREE) add(o.keys[i], o.vals[i]);
    }

    /** Cosine between {@code v} and this sum. */
    double cosine(Terms.Vec v) {
        if (norm2 <= 0 || v.ids().length == 0) return 0;
        int[] ids = v.ids();
        double[] w = v.weights();
        double s = 0;
        for (int i = 0; i < ids.length; i++) s += w[i] * get(ids[i]);
        return s / Math.sqrt(norm2);
    }

    /** Sets the bit of every term held. */
    void markTerms(java.util.BitSet used) {
        for (int k : keys) if (k != FREE) used.set(k);
    }

    /** Empties the sum and gives back its tables. */
    void clear() {
        keys = new int[4];
        vals = new double[4];
        Arrays.fill(keys, FREE);
        size = 0;
        norm2 = 0;
    }

    private void grow() {
        int[] ok = keys;
        double[] ov = vals;
        keys = new int[ok.length * 2];
        vals = new double[ok.length * 2];
        Arrays.fill(keys, FREE);
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] == FREE) continue;
            int i = mix(ok[j]) & mask;
            while (keys[i] != FREE) i = (i + 1) & mask;
            keys[i] = ok[j];
            vals[i] = ov[j];
        }
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
