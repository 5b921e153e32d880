package org.sitrep.core.store;

import java.nio.file.Path;
import org.sitrep.core.store.internal.SqliteStore;

/** Opens the embedded default store. */
public final class Stores {
    private Stores() {
    }

    /**
     * Opens (creating and migrating when needed) the store in a data directory: SQLite in
     * {@code sitrep.db}, the search index in {@code index/}, and a lock file {@code sitrep.lock} that keeps
     * a second process (or a second open in this one) out until {@link Store#close()}.
     *
     * @throws StoreException when the directory is in use, was written by a newer sitrep, or cannot be
     *                        opened; the message names the directory
     */
    public static Store open(Path dataDir) {
        return SqliteStore.open(dataDir);
    }
}
