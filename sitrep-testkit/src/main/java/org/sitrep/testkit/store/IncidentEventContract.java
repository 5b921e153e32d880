package org.sitrep.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.testkit.store.StoreFixtures.incident;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.store.Store;
import org.sitrep.model.IncidentEvent;
import org.sitrep.model.IncidentEvent.Reason;

/**
 * The incident history part of the store contract: merges and splits read back in the order recorded, by either
 * incident, unresolved through aliases, and with the incident's detail. Durability across a reopen is checked where
 * the implementation is durable ({@link #durable()}).
 */
public abstract class IncidentEventContract extends StoreContractBase {
    private static final Instant T = Instant.parse("2024-05-14T10:15:30.123Z");

    /** Whether committed writes survive {@link #reopen}; an in-memory test double overrides this with false. */
    protected boolean durable() {
        return true;
    }

    @Test
    void incidentEvents_mergeThenSplit_readBackByEitherIdInOrder() {
        Store s = store();
        for (String id : List.of("a1", "b1", "b2", "v", "b3")) s.putArticle(art(id, "Report " + id + "."));
        IncidentEvent merge = IncidentEvent.merge("B", "A", T, "v", List.of("b1", "b2"));
        IncidentEvent split = IncidentEvent.split("A", "B", T.plusSeconds(60), "b3", List.of("b1", "b2", "b3"),
                List.of(Reason.DAY_GAP, Reason.PLACE_MISMATCH));
        IncidentEvent other = IncidentEvent.merge("C", "D", T, "a1", List.of());
        s.putIncidentEvent(merge);
        s.putIncidentEvent(other);
        s.putIncidentEvent(split);
        assertThat(s.incidentEvents("A")).containsExactly(merge, split);
        assertThat(s.incidentEvents("B")).containsExactly(merge, split);
        assertThat(s.incidentEvents("D")).containsExactly(other);
        s.commit();
        if (durable()) s = reopen(s);
        assertThat(s.incidentEvents("A")).containsExactly(merge, split);
        assertThat(s.incidentEvents("C")).containsExactly(other);
        IncidentEvent read = s.incidentEvents("B").get(1);
        assertThat(read.kind()).isEqualTo(IncidentEvent.Kind.SPLIT);
        assertThat(read.at()).isEqualTo(T.plusSeconds(60));
        assertThat(read.reasons()).containsExactly(Reason.DAY_GAP, Reason.PLACE_MISMATCH);
        assertThat(read.moved()).containsExactly("b1", "b2", "b3");
    }

    @Test
    void incidentEvents_unknownOrNull_empty() {
        Store s = store();
        s.putIncidentEvent(IncidentEvent.merge("B", "A", T, null, List.of()));
        assertThat(s.incidentEvents("nope")).isEmpty();
        assertThat(s.incidentEvents(null)).isEmpty();
        assertThatThrownBy(() -> s.putIncidentEvent(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void incidentEvents_notResolvedThroughAliases_butDetailOfAliasShowsSurvivorsEvents() {
        Store s = store();
        for (String id : List.of("a1", "a2", "a3")) s.putArticle(art(id, "Report " + id + "."));
        s.putIncident(incident("A", List.of("a1"), null));
        s.putIncident(incident("B", List.of("a2"), null));
        s.putIncident(incident("C", List.of("a3"), null));
        s.commit();
        s.putIncident(incident("B", List.of("a2", "a3"), null, null, null, null, null, null, null, null, null, List.of("C")));
        s.removeIncident("C");
        IncidentEvent first = IncidentEvent.merge("C", "B", T, "a2", List.of("a3"));
        s.putIncidentEvent(first);
        s.putIncident(incident("A", List.of("a1", "a2", "a3"), null, null, null, null, null, null, null, null, null,
                List.of("B")));
        s.removeIncident("B");
        IncidentEvent second = IncidentEvent.merge("B", "A", T.plusMillis(1), "a1", List.of("a2", "a3"));
        s.putIncidentEvent(second);
        s.commit();
        assertThat(s.incidentEvents("A")).containsExactly(second);
        assertThat(s.incidentEvents("C")).containsExactly(first);
        assertThat(s.incidentDetail("C").orElseThrow().events()).containsExactly(second);
        assertThat(s.incidentDetail("A").orElseThrow().events()).containsExactly(second);
    }

    @Test
    void incidentEvents_uncommitted_visibleHereButGoneAfterCloseWithoutCommit() {
        Store s = store();
        IncidentEvent e = IncidentEvent.merge("B", "A", T, null, List.of());
        s.putIncidentEvent(e);
        assertThat(s.incidentEvents("A")).containsExactly(e);
        if (!durable()) return;
        s = reopen(s);
        assertThat(s.incidentEvents("A")).isEmpty();
    }
}
