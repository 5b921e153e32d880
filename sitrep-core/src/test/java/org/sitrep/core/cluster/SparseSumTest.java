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
