package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

class ReferenceLinkerTest {
    private static final Evidence E = new Evidence("a", 0, 1, "x");

    private static Incident incident(String id, LocalDate day, List<Fact> facts) {
        IncidentDate d = day == null ? null : new IncidentDate(day, Precision.DAY, E, 0.8);
        return new Incident(id, List.of("a-" + id), 1, d, null, "Explosions/Remote violence|Shelling/artillery/missile attack",
                null, null, facts, null, "", null);
    }

    @Test
    void parse_monthWithoutYear_takesTheLastOneBeforeTheIncident() {
        ReferenceLinker.Reference r = ReferenceLinker.parse("Kramatorsk train station strike (April)", LocalDate.of(2023, 3, 14));
        assertThat(r.label()).isEqualTo("Kramatorsk train station strike (April 2022)");
        assertThat(r.place()).isEqualTo("Kramatorsk");
        assertThat(r.target()).isEqualTo("train station");
        assertThat(r.from()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2022, 4, 30));
        assertThat(ReferenceLinker.parse("Mariupol drama theatre strike (March 2022)", null).place()).isEqualTo("Mariupol");
        assertThat(ReferenceLinker.parse("train station strike (April)", null)).isNull();
    }

    @Test
    void link_candidateInPeriodAndPlace_linksAndQueriesByIndex() {
        Incident station = incident("st", LocalDate.of(2022, 4, 8),
                List.of(new Fact(FactKind.TARGET, "train station", null, null, E, 0.7)));
        Incident other = incident("ot", LocalDate.of(2022, 4, 20), List.of());
        Fact ref = new Fact(FactKind.REFERENCE, "Kramatorsk train station strike (April)", "earlier incident", null, E, 0.6);
        Incident now = incident("now", LocalDate.of(2023, 3, 14), List.of(ref));
        List<IncidentQuery> asked = new ArrayList<>();
        Incident linked = ReferenceLinker.link(now, q -> {
            asked.add(q);
            return List.of(other, station);
        });
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.place()).isEqualTo("Kramatorsk");
            assertThat(q.from()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(q.to()).isEqualTo(LocalDate.of(2022, 4, 30));
            assertThat(q.eventType()).isEqualTo("Explosions/Remote violence");
        });
        Fact out = linked.facts().getFirst();
        assertThat(out.linkedIncident()).isEqualTo("st");
        assertThat(out.value()).isEqualTo("Kramatorsk train station strike (April 2022)");
    }

    @Test
    void link_noCandidate_keepsTypedUnresolvedLabel() {
        Fact ref = new Fact(FactKind.REFERENCE, "Mariupol theatre strike (March 2022)", "earlier incident", null, E, 0.6);
        Incident now = incident("now", LocalDate.of(2022, 6, 27), List.of(ref));
        Incident linked = ReferenceLinker.link(now, q -> List.of());
        assertThat(linked).isSameAs(now);
        assertThat(linked.facts().getFirst().linkedIncident()).isNull();
    }

    @Test
    void link_noPlace_needsTheTargetKind() {
        Incident mall = incident("mall", LocalDate.of(2022, 6, 27),
                List.of(new Fact(FactKind.TARGET, "shopping mall", null, null, E, 0.7)));
        Fact ref = new Fact(FactKind.REFERENCE, "train station strike (June 2022)", "earlier incident", null, E, 0.5);
        Incident now = incident("now", LocalDate.of(2023, 3, 14), List.of(ref));
        assertThat(ReferenceLinker.link(now, q -> List.of(mall)).facts().getFirst().linkedIncident()).isNull();
    }
}
