package org.sitrep.core.store;

import java.nio.file.Path;

/** Opens the embedded default store. (Placeholder until the store lands.) */
public final class Stores {
    private Stores() {
    }

    /** Opens (creating and migrating when needed) the store in a data directory. */
    public static Store open(Path dataDir) {
        throw new UnsupportedOperationException("the embedded store is not built yet");
    }
}
