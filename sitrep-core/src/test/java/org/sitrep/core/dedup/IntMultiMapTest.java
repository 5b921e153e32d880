package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntMultiMapTest {
    @Test
    void putRemove_randomOperations_matchReference() {
        Random r = new Random(42);
        IntMultiMap m = new IntMultiMap(16);
        Map<Integer, List<Integer>> ref = new HashMap<>();
        for (int op = 0; op < 200_000; op++) {
            int key = r.nextInt(500) * (r.nextBoolean() ? 1 : -65536);
            int value = r.nextInt(50);
            if (r.nextInt(3) > 0) {
                m.put(key, value);
                ref.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else {
                List<Integer> l = ref.getOrDefault(key, new ArrayList<>());
                assertThat(m.remove(key, value)).isEqualTo(l.remove((Integer) value));
            }
        }
        int total = 0;
        for (Map.Entry<Integer, List<Integer>> e : ref.entrySet()) {
            List<Integer> got = new ArrayList<>();
            m.forEach(e.getKey(), got::add);
            assertThat(got).containsExactlyInAnyOrderElementsOf(e.getValue());
            assertThat(m.count(e.getKey(), Integer.MAX_VALUE)).isEqualTo(e.getValue().size());
            total += e.getValue().size();
        }
        assertThat(m.size()).isEqualTo(total);
    }

    /** {@code values} reads what {@code forEach} reads, capped; {@code putIfFewer} is {@code count < limit} then {@code put}. */
    @Test
    void valuesAndPutIfFewer_randomOperations_matchCountForEachAndPut() {
        Random r = new Random(43);
        IntMultiMap fused = new IntMultiMap(16);
        IntMultiMap plain = new IntMultiMap(16);
        int[] out = new int[5];
        for (int op = 0; op < 100_000; op++) {
            int key = r.nextInt(300) * (r.nextBoolean() ? 1 : -65536);
            int value = r.nextInt(1000);
            if (r.nextInt(4) > 0) {
                boolean room = plain.count(key, 5) < 5;
                if (room) plain.put(key, value);
                assertThat(fused.putIfFewer(key, value, 5)).isEqualTo(room);
            } else {
                assertThat(fused.remove(key, value)).isEqualTo(plain.remove(key, value));
            }
            int probe = r.nextInt(300) * (r.nextBoolean() ? 1 : -65536);
            List<Integer> all = new ArrayList<>();
            plain.forEach(probe, all::add);
            int n = fused.values(probe, 5, out);
            assertThat(n).isEqualTo(Math.min(5, all.size()));
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < n; i++) got.add(out[i]);
            assertThat(got).isEqualTo(all.subList(0, n));
        }
        assertThat(fused.size()).isEqualTo(plain.size());
    }

    /**
     * The filter in front of the probe runs skips only look-ups that find nothing: a key with a multiple of 256 values
     * (a byte count that wrapped would read 0) and a key left with one value after its count saturated are found.
     */
    @Test
    void lookups_manyValuesUnderOneKey_foundPastTheFilter() {
        IntMultiMap m = new IntMultiMap(16);
        for (int v = 0; v < 300; v++) m.put(7, v);
        for (int v = 0; v < 44; v++) assertThat(m.remove(7, v)).isTrue();
        assertThat(m.count(7, Integer.MAX_VALUE)).isEqualTo(256);
        int[] out = new int[4];
        assertThat(m.values(7, 4, out)).isEqualTo(4);
        for (int v = 44; v < 299; v++) assertThat(m.remove(7, v)).isTrue();
        List<Integer> got = new ArrayList<>();
        m.forEach(7, got::add);
        assertThat(got).containsExactly(299);
        assertThat(m.remove(7, 299)).isTrue();
        assertThat(m.count(7, 10)).isZero();
        assertThat(m.values(7, 4, out)).isZero();
        assertThat(m.values(8, 4, out)).isZero();
    }

    /**
     * Values under a key all come back, through removals, long wrapped runs and growth of the table (the order is not
     * promised: growth re-inserts in slot order).
     */
    @Test
    void forEach_randomOperationsWithGrowth_sameValues() {
        Random r = new Random(44);
        IntMultiMap m = new IntMultiMap(16);
        Map<Integer, List<Integer>> ref = new HashMap<>();
        int[] out = new int[1000];
        for (int op = 0; op < 100_000; op++) {
            // few distinct homes: long runs that wrap around the end of the table
            int key = r.nextInt(40) * (r.nextBoolean() ? 1 : 1 << 20);
            int value = r.nextInt(100_000);
            if (r.nextInt(5) > 1) {
                m.put(key, value);
                ref.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else if (ref.containsKey(key) && !ref.get(key).isEmpty()) {
                List<Integer> l = ref.get(key);
                Integer victim = l.get(r.nextInt(l.size()));
                assertThat(m.remove(key, victim)).isTrue();
                l.remove(victim);
            }
            int probe = r.nextInt(40) * (r.nextBoolean() ? 1 : 1 << 20);
            List<Integer> got = new ArrayList<>();
            m.forEach(probe, got::add);
            assertThat(got).containsExactlyInAnyOrderElementsOf(ref.getOrDefault(probe, List.of()));
            int n = m.values(probe, out.length, out);
            assertThat(n).isEqualTo(got.size());
        }
    }
}
