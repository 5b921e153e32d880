package org.sitrep.core.cluster;

import java.util.Arrays;

/**
 * A sum of sparse term vectors: term ids in ascending order with their summed weights, in two primitive arrays, with
 * the squared norm kept up to date. Mutable; owned by one {@link IncidentState}.
 *
 * <p>Why sorted arrays and not a hash table: the hot operation is the cosine of an article's vector (about 100
 * terms) with the centroids of some 40 candidate incidents (about 170 terms each), and every hash probe into 40
 * different tables is a cache miss. Two sorted arrays are compared by one sequential merge instead (or, when the
 * centroid is far larger than the vector, by galloping searches in it), which the processor prefetches. The products
 * are summed in ascending term order, as a probe per vector term did, so cosines are the same to the last bit.
 * A caller that compares one vector with many sums spreads it once over a dense array ({@link Dense}); each sum is
 * then one sequential pass over its own arrays that reads the vector's weight of every term it holds (0 for the
 * others, which adds nothing), with neither branches nor searches.
 * Adding a vector merges it in, O(size + vector length); an incident gains members far less often than it is
 * compared.
 */
final class SparseSum {
    private static final int[] NO_IDS = new int[0];
    private static final double[] NO_WEIGHTS = new double[0];
    /** A centroid this many times longer than the vector is searched rather than merged. */
    private static final int GALLOP_RATIO = 8;

    private int[] ids = NO_IDS;
    private double[] weights = NO_WEIGHTS;
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
        int i = Arrays.binarySearch(ids, 0, size, term);
        return i >= 0 ? weights[i] : 0;
    }

    /** Ids of the {@code k} heaviest terms held, in ascending id order. */
    int[] top(int k) {
        int m = Math.min(k, size);
        int[] out = new int[m];
        double[] w = new double[m];
        int n = 0;
        for (int i = 0; i < size; i++) {
            double x = weights[i];
            if (n == m && (m == 0 || x <= w[n - 1])) continue;
            int at = n < m ? n++ : m - 1;
            while (at > 0 && w[at - 1] < x) {
                w[at] = w[at - 1];
                out[at] = out[at - 1];
                at--;
            }
            w[at] = x;
            out[at] = ids[i];
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * How many of the ascending terms {@code x} this sum holds with a positive weight: the same count as testing
     * {@link #get} of each, with each search starting where the previous one ended.
     */
    int countPositive(int[] x) {
        int n = 0;
        int lo = 0;
        for (int t : x) {
            if (lo >= size) break;
            int i = Arrays.binarySearch(ids, lo, size, t);
            if (i >= 0) {
                if (weights[i] > 0) n++;
                lo = i + 1;
            } else {
                lo = -i - 1;
            }
        }
        return n;
    }

    void addAll(Terms.Vec v) {
        add(v.ids(), v.weights(), v.ids().length);
    }

    void addAll(SparseSum o) {
        add(o.ids, o.weights, o.size);
    }

    /**
     * Merges the sorted terms {@code vi[0, n)} with weights {@code vw} in: one forward pass finds each term's old
     * weight and updates the squared norm in ascending term order, one backward pass writes the merged arrays in place.
     */
    private void add(int[] vi, double[] vw, int n) {
        if (n == 0) return;
        int fresh = 0;
        double nn = norm2;
        int i = 0;
        for (int j = 0; j < n; j++) {
            int t = vi[j];
            while (i < size && ids[i] < t) i++;
            boolean held = i < size && ids[i] == t;
            double old = held ? weights[i] : 0;
            if (!held) fresh++;
            double w = vw[j];
            nn += 2 * old * w + w * w;
        }
        norm2 = nn;
        int total = size + fresh;
        if (total > ids.length) {
            int cap = Math.max(total, Math.max(8, ids.length + (ids.length >> 1)));
            ids = Arrays.copyOf(ids, cap);
            weights = Arrays.copyOf(weights, cap);
        }
        int[] t = ids;
        double[] w = weights;
        int a = size - 1;
        int b = n - 1;
        for (int k = total - 1; b >= 0; k--) {
            int x = a >= 0 ? t[a] : Integer.MIN_VALUE;
            int y = vi[b];
            if (x > y) {
                t[k] = x;
                w[k] = w[a--];
            } else if (x < y) {
                t[k] = y;
                w[k] = 0.0 + vw[b--];
            } else {
                t[k] = x;
                w[k] = w[a--] + vw[b--];
            }
        }
        size = total;
    }

    /** Cosine between {@code v} and this sum. */
    double cosine(Terms.Vec v) {
        int[] x = v.ids();
        if (norm2 <= 0 || x.length == 0) return 0;
        double s = size > GALLOP_RATIO * x.length ? dotGallop(x, v.weights()) : dotMerge(x, v.weights());
        return s / Math.sqrt(norm2);
    }

    /**
     * Cosine between the vector loaded in {@code dense} and this sum; the same value as {@link #cosine(Terms.Vec)}
     * of that vector.
     */
    double cosine(Terms.Vec v, Dense dense) {
        int[] x = v.ids();
        if (norm2 <= 0 || x.length == 0) return 0;
        if (size > GALLOP_RATIO * x.length) return dotGallop(x, v.weights()) / Math.sqrt(norm2);
        double[] d = dense.load(v, ids[size - 1]);
        int[] y = ids;
        double[] wy = weights;
        double s = 0;
        for (int j = 0; j < size; j++) s += d[y[j]] * wy[j];
        return s / Math.sqrt(norm2);
    }

    /**
     * One vector's weights spread over a dense array indexed by term id (0 where it has no term), for comparing it
     * with many sums. Holds one vector at a time; loading another clears the previous one's cells. Not thread-safe.
     */
    static final class Dense {
        private double[] w = new double[1024];
        private Terms.Vec loaded;

        /** The array holding {@code v}, at least {@code maxId + 1} long. */
        double[] load(Terms.Vec v, int maxId) {
            if (v != loaded) {
                if (loaded != null) for (int id : loaded.ids()) w[id] = 0;
                loaded = null;
                int[] ids = v.ids();
                int need = ids.length == 0 ? 0 : ids[ids.length - 1] + 1;
                if (need > w.length) w = new double[Math.max(need, w.length * 2)];
                double[] vw = v.weights();
                for (int i = 0; i < ids.length; i++) w[ids[i]] = vw[i];
                loaded = v;
            }
            if (maxId >= w.length) w = java.util.Arrays.copyOf(w, Math.max(maxId + 1, w.length * 2));
            return w;
        }
    }

    /** Dot product with a sorted vector by one merge over both (products summed in ascending term order). */
    private double dotMerge(int[] x, double[] wx) {
        return mergeDot(x, wx, x.length, ids, weights, size);
    }

    /** Dot product of two sorted sparse vectors {@code x[0, nx)} and {@code y[0, ny)}, in ascending term order. */
    static double mergeDot(int[] x, double[] wx, int nx, int[] y, double[] wy, int ny) {
        int i = 0;
        int j = 0;
        double s = 0;
        while (i < nx && j < ny) {
            int a = x[i];
            int b = y[j];
            if (a == b) s += wx[i] * wy[j];
            i += a <= b ? 1 : 0;
            j += a >= b ? 1 : 0;
        }
        return s;
    }

    /** Dot product with a much shorter sorted vector: each of its terms is searched from the last position found. */
    private double dotGallop(int[] x, double[] wx) {
        int[] y = ids;
        int n = size;
        int lo = 0;
        double s = 0;
        for (int i = 0; i < x.length && lo < n; i++) {
            int t = x[i];
            int step = 1;
            int hi = lo;
            while (hi < n && y[hi] < t) {
                lo = hi + 1;
                hi += step;
                step <<= 1;
            }
            int k = Arrays.binarySearch(y, lo, Math.min(hi + 1, n), t);
            if (k >= 0) {
                s += wx[i] * weights[k];
                lo = k + 1;
            } else {
                lo = -k - 1;
            }
        }
        return s;
    }

    /** Sets the bit of every term held. */
    void markTerms(java.util.BitSet used) {
        for (int i = 0; i < size; i++) used.set(ids[i]);
    }

    /** Empties the sum and gives back its arrays. */
    void clear() {
        ids = NO_IDS;
        weights = NO_WEIGHTS;
        size = 0;
        norm2 = 0;
    }
}
