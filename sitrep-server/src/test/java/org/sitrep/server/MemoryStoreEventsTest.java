package org.sitrep.server;

import java.nio.file.Path;
import org.sitrep.core.store.Store;
import org.sitrep.testkit.store.IncidentEventContract;

/** The server tests' in-memory store keeps the history of merges and splits as the store contract says. */
class MemoryStoreEventsTest extends IncidentEventContract {
    @Override
    protected Store open(Path dataDir) {
        return new MemoryStore();
    }

    @Override
    protected boolean durable() {
        return false;
    }
}
