package org.sitrep.testkit.store;

import static org.sitrep.testkit.store.StoreFixtures.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;

/** Opening, reopening and closing the store under test; the contracts build on it. */
public abstract class StoreContractBase {
    @TempDir
    protected Path tempDir;
    private final List<Store> opened = new ArrayList<>();

    /** Opens, creating when needed, the implementation's store kept in {@code dataDir}. */
    protected abstract Store open(Path dataDir);

    /** Opens the test's store (a fresh one at the start of every test). */
    protected Store store() {
        Store s = open(tempDir.resolve("store"));
        opened.add(s);
        return s;
    }

    /** Closes {@code s} and opens the same store again. */
    protected Store reopen(Store s) {
        s.close();
        return store();
    }

    @AfterEach
    void closeStores() {
        for (Store s : opened) s.close();
    }

    protected static Article art(String id, String text) {
        return article(id, "Title " + id, text, "https://example.org/news/" + id);
    }
}
