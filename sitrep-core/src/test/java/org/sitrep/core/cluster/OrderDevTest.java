package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.DevData;

/**
 * Order sensitivity in one run (a measurement, not a guard): dedup + clustering over gva-dev in stream order and in
 * the harness's shuffled order (seed 42), ecbplus-dev, and gva-dev's even- and odd-hash incidents alone, each line
 * BCubed F1 / pairwise F1 of multi-article incidents. Run with {@code -Dsitrep.measure=true} (and {@code
 * -Dsitrep.normalize=true -Dsitrep.cacheDir=DIR} as the fits do); skips without it or without ../shared.
 */
class OrderDevTest {
    @Test
    void assign_streamAndShuffled_printsScores() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.measure"), "skipped: set -Dsitrep.measure=true");
        List<DevData.Item> gva = DevData.load("gva-dev.jsonl");
        List<DevData.Item> shuffled = new ArrayList<>(gva);
        Collections.shuffle(shuffled, new Random(42));
        print("gva stream", DevRun.run(gva, Clusterers.standard()));
        print("gva shuffled", DevRun.run(shuffled, Clusterers.standard()));
        print("ecbplus", DevRun.run(DevData.load("ecbplus-dev.jsonl"), Clusterers.standard()));
        print("gva even-hash", DevRun.run(DevRun.subset(gva, DevRun::evenHash), Clusterers.standard()));
        print("gva odd-hash", DevRun.run(DevRun.subset(gva, g -> !DevRun.evenHash(g)), Clusterers.standard()));
    }

    private static void print(String label, DevRun.Result r) {
        System.out.printf(Locale.ROOT, "ORDER %s: BCubed %.4f, pairwise multi %.4f, merges %d%n", label,
                r.report().all().bcubedF1(), r.report().multi().pairF1(), r.merges());
    }
}
