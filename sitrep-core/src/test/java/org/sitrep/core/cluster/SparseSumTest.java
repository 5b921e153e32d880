package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseSumTest {
    private static Terms.Vec vec(Random r, int n, int range) {
        int[] ids = r.ints(0, range).distinct().limit(n).sorted().toArray();
        double[] w = new double[ids.length];
        for (int i = 0; i < w.length; i++) w[i] = r.nextInt(4) == 0 ? -r.nextDouble() : r.nextDouble();
        return new Terms.Vec(ids, w);
    }

    @Test
    void top_returnsTheHeaviestTermsInIdOrder() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            SparseSum sum = new SparseSum();
            for (int k = 0; k < 1 + r.nextInt(4); k++) sum.addAll(vec(r, r.nextInt(60), 200));
            int k = r.nextInt(6);
            int[] top = sum.top(k);
            assertThat(top.length).isEqualTo(Math.min(k, sum.size()));
            assertThat(top).isSorted();
            double least = Double.MAX_VALUE;
            for (int t : top) least = Math.min(least, sum.get(t));
            java.util.Set<Integer> in = new java.util.HashSet<>();
            for (int t : top) in.add(t);
            // every term held (the sums of these vectors may be negative) and left out weighs no more than the top
            java.util.Set<Integer> held = new java.util.HashSet<>();
            for (int t = 0; t < 200; t++) if (sum.get(t) != 0) held.add(t);
            for (int t : held) if (!in.contains(t)) assertThat(sum.get(t)).isLessThanOrEqualTo(least);
        }
    }

    @Test
    void cosineThroughDense_sameBitsAsTheMerge() {
        Random r = new Random(13);
        SparseSum.Dense dense = new SparseSum.Dense();
        for (int round = 0; round < 500; round++) {
            SparseSum sum = new SparseSum();
            int range = 400 + r.nextInt(round < 250 ? 500 : 5000);
            for (int k = 0; k < 1 + r.nextInt(4); k++) sum.addAll(vec(r, r.nextInt(200), range));
            // several vectors against one sum, through one dense array (each load clears the previous vector)
            for (int k = 0; k < 3; k++) {
                Terms.Vec v = vec(r, 1 + r.nextInt(120), range + r.nextInt(3000));
                assertThat(sum.cosine(v, dense)).as("round %d", round).isEqualTo(sum.cosine(v));
            }
        }
    }

    @Test
    void countPositiveCountsWhatGetFindsPositive() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            SparseSum sum = new SparseSum();
            for (int k = 0; k < 1 + r.nextInt(4); k++) sum.addAll(vec(r, r.nextInt(300), 500));
            int[] probe = vec(r, r.nextInt(40), 600).ids();
            int expected = 0;
            for (int t : probe) if (sum.get(t) > 0) expected++;
            assertThat(sum.countPositive(probe)).as("round %d", round).isEqualTo(expected);
        }
        assertThat(new SparseSum().countPositive(new int[] {1, 2})).isZero();
    }
}
