package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads or writes a store. */
public final class DataDir {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
            description = "Data directory holding the store (default: ${DEFAULT-VALUE}).")
    Path dir;

    Store open() {
        return Stores.open(dir);
    }
}
