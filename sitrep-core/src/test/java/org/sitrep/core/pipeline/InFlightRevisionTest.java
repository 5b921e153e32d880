package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Article;

/**
 * Two records for one URL can be in flight at once: the worker that extracts the second one does not yet see
 * the first in the store. The sequencer must still store the second as a revision of the first, with its facts
 * under the first one's id (it used to fail the whole run with "cannot store facts ... no such article").
 */
class InFlightRevisionTest {
    private static RawRecord record(String id, String text) {
        return new RawRecord("test", id, id, "Two killed in shooting on Main Street", text, null, "2016-03-02",
                "https://example.org/news/main-street-shooting", "en", Map.of());
    }

    /** A store whose first lookup of each article finds nothing, as a worker racing the sequencer would. */
    private static Store staleForWorkers(Store real) {
        Set<String> looked = new HashSet<>();
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findExisting")) {
                        synchronized (looked) {
                            if (looked.add(((Article) args[0]).id())) return Optional.empty();
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void sameUrlTwiceInFlight_secondIsRevisionOfFirst(@TempDir Path dir) {
        try (Store real = Stores.open(dir)) {
            Store store = staleForWorkers(real);
            try (Pipeline p = Pipeline.builder().defaults().store(store).workers(1).batchSize(100).build()) {
                p.accept(record("first", "Two men were killed in a shooting on Main Street on Tuesday night, police said."));
                p.accept(record("second", "Two men were killed and one was injured in a shooting on Main Street on "
                        + "Tuesday night, police said on Wednesday."));
                p.finish();
            }
            assertThat(real.articleCount()).isEqualTo(1);
            Article stored = real.article("first").orElseThrow();
            assertThat(stored.text()).contains("one was injured");
            assertThat(real.facts("first")).isPresent();
            assertThat(real.article("second")).isEmpty();
        }
    }
}
