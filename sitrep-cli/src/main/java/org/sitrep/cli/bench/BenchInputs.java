package org.sitrep.cli.bench;

import java.nio.file.Path;

/** Where benchmark inputs are found by default. */
public final class BenchInputs {
    private BenchInputs() {
    }

    /** {@code <sitrep.root>/../shared/datasets/gva-dev.jsonl} (sitrep.root is set by the launcher; default "."). */
    public static Path defaultDataset() {
        return Path.of(System.getProperty("sitrep.root", "."), "..", "shared", "datasets", "gva-dev.jsonl").normalize();
    }

    /** {@code <sitrep.root>/../shared/peers}. */
    public static Path peersDir() {
        return Path.of(System.getProperty("sitrep.root", "."), "..", "shared", "peers").normalize();
    }
}
