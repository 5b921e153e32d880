package org.sitrep.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class SqliteStoreConcurrencyTest {
    @TempDir
    Path dir;

    private static Article article(int n) {
        return new Article("a-" + n, "Flood report " + n, "The river flooded the town, report number " + n + ".",
                null, "https://example.org/" + n, null, "example", "en", null, "test", Map.of());
    }

    @Test
    void read_whileABatchIsOpen_seesTheBatchFromAnotherThread() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            store.putArticle(article(1));
            store.commit();
            store.putArticle(article(2));
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                assertThat(other.submit(() -> store.article("a-2")).get()).isPresent();
                assertThat(other.submit(() -> store.search("report", 10).size()).get()).isEqualTo(2);
                store.commit();
                assertThat(other.submit(() -> store.articleCount()).get()).isEqualTo(2);
                assertThat(other.submit(() -> store.search("report", 10).size()).get()).isEqualTo(2);
            } finally {
                other.shutdownNow();
            }
        }
    }

    @Test
    void reads_inParallelWithBatches_neverFailOrGoBackwards() throws Exception {
        int readers = 8;
        int batches = 60;
        int perBatch = 10;
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            List<Future<Long>> reads = new ArrayList<>();
            try {
                for (int t = 0; t < readers; t++) {
                    int which = t;
                    reads.add(pool.submit(() -> {
                        long last = 0;
                        long rounds = 0;
                        while (!done.get()) {
                            long count = which % 2 == 0 ? store.articleCount() : store.search("flood", 10_000).size();
                            assertThat(count).as("articles seen").isGreaterThanOrEqualTo(last);
                            if (count > 0) assertThat(store.article("a-" + (count - 1))).isPresent();
                            last = count;
                            rounds++;
                        }
                        return rounds;
                    }));
                }
                int n = 0;
                for (int b = 0; b < batches; b++) {
                    for (int i = 0; i < perBatch; i++) store.putArticle(article(n++));
                    store.commit();
                }
                done.set(true);
                for (Future<Long> f : reads) assertThat(f.get()).isPositive();
            } finally {
                done.set(true);
                pool.shutdownNow();
            }
            assertThat(store.articleCount()).isEqualTo((long) batches * perBatch);
            assertThat(store.search("flood", 10_000)).hasSize(batches * perBatch);
        }
    }
}
