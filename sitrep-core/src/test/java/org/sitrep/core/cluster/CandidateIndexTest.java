package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateIndexTest {
    @Test
    void add_bucketsOutOfOrder_keptAscendingWithTheirLists() {
        CandidateIndex index = new CandidateIndex(150);
        IncidentState a = new IncidentState("i-a", 0);
        IncidentState b = new IncidentState("i-b", 1);
        index.add(5, new int[] {7}, a);
        index.add(2, new int[] {7}, b);
        index.add(9, new int[] {7, 8}, b);
        index.add(5, new int[] {7}, b);
        CandidateIndex.Buckets tb = index.dated(7);
        assertThat(java.util.Arrays.copyOf(tb.buckets, tb.size)).containsExactly(2, 5, 9);
        assertThat(tb.get(5).size).isEqualTo(2);
        assertThat(tb.get(5).items[0]).isSameAs(a);
        assertThat(tb.get(4)).isNull();
        assertThat(tb.from(6)).isEqualTo(2);
        assertThat(index.dated(9)).isNull();
        assertThat(index.lists()).isEqualTo(4);
    }

    @Test
    void trim_dropsBucketsBeforeTheHorizon_alsoOneIndexedLateBehindIt() {
        CandidateIndex index = new CandidateIndex(150);
        IncidentState a = new IncidentState("i-a", 0);
        index.add(3, new int[] {1, 2}, a);
        index.add(10, new int[] {1}, a);
        assertThat(index.trim(5)).isEqualTo(2);
        assertThat(index.dated(2)).isNull();
        assertThat(index.dated(1).size).isEqualTo(1);
        // a late article indexed behind the horizon is dropped by the next trim, though the horizon did not move
        index.add(4, new int[] {1}, a);
        assertThat(index.dated(1).size).isEqualTo(2);
        assertThat(index.trim(5)).isEqualTo(1);
        assertThat(index.dated(1).buckets[0]).isEqualTo(10);
        assertThat(index.lists()).isEqualTo(1);
    }
}
