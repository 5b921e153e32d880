package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;

/** Bounded state: eviction by idle time and by count, and the vocabulary forgetting unused terms. */
class ClusterStateTest {
    private static final String FIRE = "A fire at the Northfield grain depot injured four workers on Sunday. "
            + "Depot manager Helen Ostrava said the blaze started in a drying tower.";
    private static final String FIRE2 = "Four workers were hurt when fire swept through the Northfield grain depot. "
            + "Helen Ostrava, who runs the depot, said the drying tower caught fire first.";

    private static ClusterInput input(String id, String title, String text, LocalDate date, DedupDecision d) {
        Article a = new Article(id, title, text, date, null, null, null, "en", null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), d);
    }

    /** Unrelated one-off stories that advance the clock (or not, when undated). */
    private static void filler(StandardClusterer c, int n, LocalDate date) {
        for (int k = 0; k < n; k++) {
            String w = "zq" + Integer.toString(k, 26).replace('0', 'x');
            c.assign(input("f" + k + date, "Story " + w, "Notice about " + w + " and " + w + "er.", date,
                    DedupDecision.original("f" + k)));
        }
    }

    @Test
    void sweep_incidentIdlePastHorizon_evictedWithItsMembers() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard(), 30, 1_000_000);
        c.assign(input("a", "Fire at Northfield grain depot injures four", FIRE, LocalDate.of(2024, 5, 5),
                DedupDecision.original("a")));
        assertThat(c.isOpen("i-a")).isTrue();
        filler(c, 1_000, LocalDate.of(2024, 9, 1));
        assertThat(c.isOpen("i-a")).isFalse();
        assertThat(c.evictedCount()).isGreaterThanOrEqualTo(1);
        // a copy of an evicted article no longer finds its incident; it is clustered on its own
        DedupDecision copy = new DedupDecision("b", "a", "a", DuplicateKind.NEAR, 0.9, "a");
        Assignment b = c.assign(input("b", "Northfield depot fire: four workers hurt", FIRE2,
                LocalDate.of(2024, 5, 6), copy));
        assertThat(b.incidentId()).isNotEqualTo("i-a");
    }

    @Test
    void sweep_recentIncident_kept() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard(), 365, 1_000_000);
        c.assign(input("a", "Fire at Northfield grain depot injures four", FIRE, LocalDate.of(2024, 5, 5),
                DedupDecision.original("a")));
        filler(c, 1_000, LocalDate.of(2024, 9, 1));
        assertThat(c.isOpen("i-a")).isTrue();
        Assignment b = c.assign(input("b", "Northfield depot fire: four workers hurt", FIRE2,
                LocalDate.of(2024, 5, 6), DedupDecision.original("b")));
        assertThat(b.incidentId()).isEqualTo("i-a");
    }

    @Test
    void sweep_undatedStreamOverCap_keepsAtMostCap() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard(), 365, 100);
        filler(c, 1_000, null);
        assertThat(c.sizes().size()).isLessThanOrEqualTo(100);
        assertThat(c.evictedCount()).isGreaterThanOrEqualTo(900);
    }

    @Test
    void forget_oldUnusedTerm_idReusedButHeldTermKept() {
        Vocabulary v = new Vocabulary(List.of("the"));
        char[] old = "oldword".toCharArray();
        char[] held = "heldword".toCharArray();
        int oldId = v.id(old, old.length, 1);
        int heldId = v.id(held, held.length, 1);
        assertThat(v.isStop(v.find("the".toCharArray(), 0, 3))).isTrue();
        BitSet inUse = new BitSet();
        inUse.set(heldId);
        assertThat(v.forget(10, inUse)).isEqualTo(1);
        assertThat(v.find(old, 0, old.length)).isEqualTo(-1);
        assertThat(v.find(held, 0, held.length)).isEqualTo(heldId);
        assertThat(v.find("the".toCharArray(), 0, 3)).isNotEqualTo(-1);
        char[] fresh = "fresh".toCharArray();
        assertThat(v.id(fresh, fresh.length, 11)).isEqualTo(oldId);
    }
}
