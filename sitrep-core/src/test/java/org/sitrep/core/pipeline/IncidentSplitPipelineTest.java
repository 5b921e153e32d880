package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.cluster.Assignment;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;

/**
 * After a split the store is consistent: each part holds its own members with facts reconciled from them alone, the
 * part that reuses an id merged earlier is an incident again (no longer an alias), and listeners see both parts
 * change, and the merge and the split are recorded in the incident history. The clusterer is scripted so that the
 * pipeline's side is tested whatever the split rule decides.
 */
class IncidentSplitPipelineTest {
    private static RawRecord record(String id, String title, String text, String date) {
        return new RawRecord("test", id, id, title, text, null, date, "https://example.org/" + id, "en", Map.of());
    }

    private static final String ELM = "A man was shot and killed on Elm Street in Dayton, Ohio, on May 5, 2024, police said.";
    private static final String OAK = "A woman was wounded in a shooting on Oak Avenue in Dayton, Ohio, on May 12, 2024, "
            + "police said. Two other people were injured.";

    /** Plays back fixed assignments: a1, a2 found i-a1; b1, b2 found i-b1; v merges i-b1 into i-a1; b3 splits it. */
    private static final class Scripted implements IncidentClusterer {
        @Override
        public Assignment assign(ClusterInput in) {
            String id = in.article().id();
            return switch (id) {
                case "a1" -> new Assignment(id, "i-a1", List.of(), true);
                case "b1" -> new Assignment(id, "i-b1", List.of(), true);
                case "a2" -> new Assignment(id, "i-a1", List.of(), false);
                case "b2" -> new Assignment(id, "i-b1", List.of(), false);
                case "v" -> new Assignment(id, "i-a1", List.of("i-b1"), false);
                case "b3" -> new Assignment(id, "i-a1", List.of(), false,
                        List.of(new Assignment.Split("i-a1", "i-b1", List.of("b1", "b2", "b3"), List.of(),
                                List.of(IncidentEvent.Reason.DAY_GAP))));
                default -> throw new IllegalArgumentException(id);
            };
        }

        @Override
        public void restore(ClusterInput input, String incidentId) {
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void split_afterMerge_storeConsistent(int batchSize, @TempDir Path dir) {
        List<String> seen = new ArrayList<>();
        Instant started = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (Store store = Stores.open(dir)) {
            PipelineListener listener = new PipelineListener() {
                @Override
                public void onIncident(Incident incident) {
                    seen.add(incident.id() + "=" + incident.articleIds().size());
                }
            };
            try (Pipeline p = Pipeline.builder().defaults().clusterer(new Scripted()).store(store).workers(1)
                    .batchSize(batchSize).listener(listener).build()) {
                p.accept(record("a1", "Man shot dead on Elm Street", ELM, "2024-05-06"));
                p.accept(record("a2", "Elm Street shooting: man killed", "Police said " + ELM, "2024-05-06"));
                p.accept(record("b1", "Woman wounded on Oak Avenue", OAK, "2024-05-13"));
                p.accept(record("b2", "Oak Avenue shooting leaves three hurt", "Police said " + OAK, "2024-05-13"));
                p.accept(record("v", "Dayton shootings", "Police are investigating shootings on Elm Street and Oak Avenue.",
                        "2024-05-14"));
                if (batchSize == 1) {
                    // the merge is committed first; with big batches the merge and the split land in one commit
                    p.flush();
                    assertThat(store.incident("i-b1").orElseThrow().id()).isEqualTo("i-a1");
                    assertThat(store.incidentEvents("i-b1")).extracting(IncidentEvent::kind)
                            .containsExactly(IncidentEvent.Kind.MERGE);
                    seen.clear();
                }
                p.accept(record("b3", "Three hurt in Oak Avenue shooting", "Detectives said " + OAK, "2024-05-14"));
                p.finish();
            }
            assertThat(seen).containsExactlyInAnyOrder("i-a1=3", "i-b1=3");
            Incident elm = store.incident("i-a1").orElseThrow();
            Incident oak = store.incident("i-b1").orElseThrow();
            assertThat(elm.id()).isEqualTo("i-a1");
            assertThat(oak.id()).isEqualTo("i-b1");
            assertThat(elm.articleIds()).containsExactly("a1", "a2", "v");
            assertThat(oak.articleIds()).containsExactly("b1", "b2", "b3");
            assertThat(elm.aliases()).doesNotContain("i-b1");
            assertThat(oak.aliases()).isEmpty();
            for (String b : List.of("b1", "b2", "b3")) assertThat(store.incidentOf(b)).contains("i-b1");
            assertThat(store.incidentOf("v")).contains("i-a1");
            assertThat(store.incidentCount()).isEqualTo(2);
            assertThat(elm.day()).isEqualTo(LocalDate.of(2024, 5, 5));
            assertThat(oak.day()).isEqualTo(LocalDate.of(2024, 5, 12));
            assertThat(oak.history()).allMatch(f -> List.of("b1", "b2", "b3").contains(f.evidence().articleId()));
            assertThat(elm.history()).noneMatch(f -> List.of("b1", "b2", "b3").contains(f.evidence().articleId()));

            List<IncidentEvent> events = store.incidentEvents("i-a1");
            assertThat(events).extracting(IncidentEvent::kind, IncidentEvent::from, IncidentEvent::to,
                    IncidentEvent::articleId, IncidentEvent::moved, IncidentEvent::reasons).containsExactly(
                    tuple(IncidentEvent.Kind.MERGE, "i-b1", "i-a1", "v", List.of("b1", "b2"), List.of()),
                    tuple(IncidentEvent.Kind.SPLIT, "i-a1", "i-b1", "b3", List.of("b1", "b2", "b3"),
                            List.of(IncidentEvent.Reason.DAY_GAP)));
            assertThat(events.get(0).at()).isBetween(started, Instant.now());
            assertThat(events.get(1).at()).isAfterOrEqualTo(events.get(0).at());
            assertThat(store.incidentEvents("i-b1")).isEqualTo(events);
            assertThat(store.incidentDetail("i-b1").orElseThrow().events()).isEqualTo(events);
        }
    }

    /** Incidents that never merge or split have no history. */
    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void noMergeOrSplit_noEvents(int batchSize, @TempDir Path dir) {
        try (Store store = Stores.open(dir)) {
            try (Pipeline p = Pipeline.builder().defaults().clusterer(new Scripted()).store(store).workers(1)
                    .batchSize(batchSize).build()) {
                p.accept(record("a1", "Man shot dead on Elm Street", ELM, "2024-05-06"));
                p.accept(record("b1", "Woman wounded on Oak Avenue", OAK, "2024-05-13"));
                p.accept(record("a2", "Elm Street shooting: man killed", "Police said " + ELM, "2024-05-06"));
                p.finish();
            }
            assertThat(store.incidentCount()).isEqualTo(2);
            assertThat(store.incidentEvents("i-a1")).isEmpty();
            assertThat(store.incidentEvents("i-b1")).isEmpty();
        }
    }
}
