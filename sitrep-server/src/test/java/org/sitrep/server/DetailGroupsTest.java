package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.DuplicateKind;
import org.sitrep.server.internal.Views;
import org.sitrep.testkit.store.StoreFixtures;

/** The detail view's duplicate groups: canonical article and copy edges from all members at once. */
class DetailGroupsTest {
    private final MemoryStore store = new MemoryStore();
    private final Views views = new Views(store);

    private void put(String id, String text, LocalDate published) {
        store.putArticle(StoreFixtures.article(id, "Title " + id, text, "https://example.org/" + id, published));
    }

    @Test
    void detail_wireStoryArrivingAfterItsCopy_isCanonicalAndTheCopyPointsAtIt() {
        LocalDate day = LocalDate.of(2024, 5, 1);
        put("local", "A fire destroyed a warehouse on Monday, officials said.", day);
        put("wire", "LYON (AP) — A fire destroyed a warehouse on Monday, officials said.", day);
        put("other", "Firefighters were called to the warehouse district late on Monday.", day);
        store.putDedup(DedupDecision.original("local"));
        store.putDedup(new DedupDecision("wire", "local", "local", DuplicateKind.NEAR, 0.93, "local"));
        store.putDedup(DedupDecision.original("other"));
        store.putIncident(StoreFixtures.incident("i", List.of("local", "wire", "other"), day));

        Views.Detail d = views.detail(store.incidentDetail("i").orElseThrow());

        assertThat(d.groups()).hasSize(2);
        Views.Group copies = d.groups().getFirst();
        assertThat(copies.canonicalId()).isEqualTo("wire");
        assertThat(copies.members()).extracting(Views.Member::id).containsExactly("local", "wire");
        Views.Member local = copies.members().get(0);
        Views.Member wire = copies.members().get(1);
        assertThat(local.copyOf()).isEqualTo("wire");
        assertThat(local.duplicateKind()).isEqualTo("near");
        assertThat(wire.copyOf()).isNull();
        assertThat(wire.duplicateKind()).isNull();
        assertThat(d.groups().get(1).canonicalId()).isEqualTo("other");
        assertThat(d.groups().get(1).members().getFirst().duplicateKind()).isNull();
    }

    @Test
    void detail_unknownIncident_isEmpty() {
        assertThat(store.incidentDetail("nope")).isEmpty();
    }
}
