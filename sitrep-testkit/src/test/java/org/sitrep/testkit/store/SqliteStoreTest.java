package org.sitrep.testkit.store;

import java.nio.file.Path;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;

/** The embedded default store passes the store contract. */
class SqliteStoreTest extends StoreContract {
    @Override
    protected Store open(Path dataDir) {
        return Stores.open(dataDir);
    }
}
