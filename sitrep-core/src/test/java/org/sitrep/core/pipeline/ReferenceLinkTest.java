package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;

/** A reference to an earlier incident that is in the store is linked to it by id, through the whole pipeline. */
class ReferenceLinkTest {
    private static RawRecord record(String id, String title, String text, String date) {
        return new RawRecord("test", id, id, title, text, null, date, "https://example.org/" + id, "en", Map.of());
    }

    @Test
    void pipeline_referencedIncidentStored_referenceLinkedById(@TempDir Path dir) {
        try (Store store = Stores.open(dir)) {
            try (Pipeline p = Pipeline.builder().defaults().store(store).workers(1).batchSize(1).build()) {
                p.accept(record("a1", "Missile strike on Kramatorsk train station kills 50",
                        "A Russian missile strike hit the train station in Kramatorsk on Friday, killing at least 50 people "
                                + "who were waiting to be evacuated, regional officials said. Dozens more were wounded in the "
                                + "attack on the station.", "2022-04-08"));
                p.flush();
                p.accept(record("b1", "Missile hits apartment building in Kramatorsk",
                        "A Russian missile struck an apartment building in the centre of Kramatorsk on Tuesday, killing one "
                                + "person and injuring three, officials said. A missile strike on the city's train station last "
                                + "April killed more than 50 people.", "2023-03-14"));
                p.finish();
            }
            List<Incident> all = store.incidents(IncidentQuery.all(100));
            assertThat(all).hasSize(2);
            Incident station = all.stream()
                    .filter(i -> store.article(i.articleIds().getFirst()).orElseThrow().title().contains("train station"))
                    .findFirst().orElseThrow();
            Incident flats = all.stream().filter(i -> i != station).findFirst().orElseThrow();
            List<Fact> refs = flats.facts().stream().filter(f -> f.kind() == FactKind.REFERENCE).toList();
            assertThat(refs).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo("Kramatorsk train station strike (April 2022)");
                assertThat(r.linkedIncident()).isEqualTo(station.id());
            });
            assertThat(station.facts()).noneMatch(f -> f.linkedIncident() != null);
        }
    }
}
