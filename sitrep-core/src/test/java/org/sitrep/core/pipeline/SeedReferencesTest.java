package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.core.eval.StreamOrder;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;

/**
 * The seeds' shared reference: both incidents (the dated Kremenchuk articles and the undated Kramatorsk pair)
 * refer to the same earlier incident by the same label, and each gets a cited summary from distinct sources.
 */
class SeedReferencesTest {
    @Test
    void pipeline_seeds_bothIncidentsShareTheKramatorskStationReference(@TempDir Path dir) throws Exception {
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: no seeds at " + seeds + " (set sitrep.shared)");
        List<GoldItem> items = StreamOrder.of(GoldLoader.load(seeds, new ArrayList<>()));
        try (Store store = Stores.open(dir)) {
            try (Pipeline p = Pipeline.builder().defaults().store(store).workers(1).build()) {
                for (GoldItem g : items) p.accept(g.record());
                p.finish();
            }
            List<Incident> all = store.incidents(IncidentQuery.all(10));
            for (Incident i : all) {
                System.out.println(i.headline());
                i.facts().stream().filter(f -> f.kind() == FactKind.SUMMARY || f.kind() == FactKind.REFERENCE)
                        .forEach(f -> System.out.println("  " + f.kind() + " " + f.value() + " [" + f.evidence().articleId() + "]"));
            }
            assertThat(all).hasSize(2).allSatisfy(i -> {
                assertThat(i.facts()).filteredOn(f -> f.kind() == FactKind.REFERENCE).extracting(Fact::value)
                        .contains("Kramatorsk train station strike (April 2022)");
                List<Fact> summary = i.facts().stream().filter(f -> f.kind() == FactKind.SUMMARY).toList();
                assertThat(summary).hasSizeBetween(2, 3);
                assertThat(summary).allSatisfy(f -> assertThat(f.evidence().sentence()).isEqualTo(f.value()));
            });
        }
    }
}
