package org.sitrep.testkit.store;

import java.nio.file.Path;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;

/**
 * Child process of {@link SqliteStoreCrashTest}: writes synthetic articles 0..total-1 in batches, commits
 * after each batch and prints "committed N" (the article count after the commit), then "done N".
 * Idempotent, so a rerun after a kill finishes the job.
 *
 * <p>Usage: {@code CrashWriter <dataDir> <total> <batch>}
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (Store store = Stores.open(dir)) {
            System.out.println("open " + store.articleCount());
            System.out.flush();
            for (int i = 0; i < total; i++) {
                store.putArticle(StoreFixtures.numbered("crash", i));
                if ((i + 1) % batch == 0 || i == total - 1) {
                    store.commit();
                    System.out.println("committed " + store.articleCount());
                    System.out.flush();
                }
            }
            System.out.println("done " + store.articleCount());
        }
    }
}
