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
}
