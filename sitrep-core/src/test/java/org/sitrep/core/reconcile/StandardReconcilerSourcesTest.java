package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Incident;

/** The independent-source count: one per duplicate group, none for a group of boilerplate (page chrome). */
class StandardReconcilerSourcesTest {
    private static Member member(String id, DedupDecision d) {
        Article a = new Article(id, "t " + id, "body of " + id, LocalDate.of(2024, 5, 1), null, null, "outlet" + id,
                "en", "h" + id, "test", null);
        return new Member(a, new ArticleFacts(id, null, List.of(), List.of(), List.of()), d);
    }

    private static Member original(String id) {
        return member(id, DedupDecision.original(id));
    }

    private static Member copy(String id, String of, DuplicateKind kind) {
        return member(id, new DedupDecision(id, of, of, kind, 0.9, of));
    }

    @Test
    void reconcile_copiesInOneGroup_countOnce() {
        Incident i = Reconcilers.standard().reconcile("i", List.of(original("a"), copy("b", "a", DuplicateKind.NEAR),
                original("c")), List.of());
        assertThat(i.independentSources()).isEqualTo(2);
    }

    @Test
    void reconcile_boilerplateGroup_isNotASource() {
        Incident i = Reconcilers.standard().reconcile("i", List.of(original("a"), original("chrome1"),
                copy("chrome2", "chrome1", DuplicateKind.BOILERPLATE), original("c")), List.of());
        assertThat(i.independentSources()).isEqualTo(2);
        assertThat(i.headline()).contains("4 articles, 2 sources");
    }

    @Test
    void reconcile_onlyBoilerplate_stillOneSource() {
        Incident i = Reconcilers.standard().reconcile("i", List.of(original("chrome1"),
                copy("chrome2", "chrome1", DuplicateKind.BOILERPLATE)), List.of());
        assertThat(i.independentSources()).isEqualTo(1);
    }
}
