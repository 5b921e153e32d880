package org.sitrep.core.cluster;

/**
 * A sum of sparse term vectors: an open-addressing map from term id to weight over one primitive array (no boxing;
 * each slot is a key word followed by the weight's bits, so a probe touches one cache line), with the squared norm
 * kept up to date. Mutable; owned by one {@link IncidentState}.
 */
final class SparseSum {
    private static final long FREE = -1;
    /** Slot i: key at 2i (as a long, FREE when empty), weight bits at 2i + 1. */
    private long[] slots = freeSlots(16);
    private int size;
    private double norm2;

    double norm2() {
        return norm2;
    }

    /** Distinct terms held. */
    int size() {
        return size;
    }

    /** The weight of {@code term}, 0 when absent. */
    double get(int term) {
        long[] t = slots;
        int mask = (t.length >> 1) - 1;
        for (int i = mix(term) & mask; ; i = (i + 1) & mask) {
            long k = t[i << 1];
            if (k == term) return Double.longBitsToDouble(t[(i << 1) + 1]);
            if (k == FREE) return 0;
        }
    }

    /** Adds {@code w} to {@code term}'s weight, keeping the squared norm exact. */
    void add(int term, double w) {
        if ((size + 1) * 4 > slots.length) grow();
        long[] t = slots;
        int mask = (t.length >> 1) - 1;
        int i = mix(term) & mask;
        while (t[i << 1] != FREE && t[i << 1] != term) i = (i + 1) & mask;
        if (t[i << 1] == FREE) {
            t[i << 1] = term;
            size++;
        }
        double old = Double.longBitsToDouble(t[(i << 1) + 1]);
        t[(i << 1) + 1] = Double.doubleToRawLongBits(old + w);
        norm2 += 2 * old * w + w * w;
    }

    void addAll(Terms.Vec v) {
        int[] ids = v.ids();
        double[] w = v.weights();
        for (int i = 0; i < ids.length; i++) add(ids[i], w[i]);
    }

    void addAll(SparseSum o) {
        long[] t = o.slots;
        for (int i = 0; i < t.length; i += 2) if (t[i] != FREE) add((int) t[i], Double.longBitsToDouble(t[i + 1]));
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
        long[] t = slots;
        for (int i = 0; i < t.length; i += 2) if (t[i] != FREE) used.set((int) t[i]);
    }

    /** Empties the sum and gives back its table. */
    void clear() {
        slots = freeSlots(4);
        size = 0;
        norm2 = 0;
    }

    private void grow() {
        long[] old = slots;
        long[] t = freeSlots(old.length);
        int mask = (t.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] == FREE) continue;
            int i = mix((int) old[j]) & mask;
            while (t[i << 1] != FREE) i = (i + 1) & mask;
            t[i << 1] = old[j];
            t[(i << 1) + 1] = old[j + 1];
        }
        slots = t;
    }

    /** A table of {@code n} slots, all free. */
    private static long[] freeSlots(int n) {
        long[] t = new long[2 * n];
        for (int i = 0; i < t.length; i += 2) t[i] = FREE;
        return t;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
