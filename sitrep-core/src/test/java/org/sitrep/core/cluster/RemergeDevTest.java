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
 * How the remerge bar ({@link StandardClusterer#REMERGE_BAR}) was chosen: run with {@code -Dtest=RemergeDevTest
 * -Dsitrep.remerge=true} (add {@code -Dsitrep.cacheDir=DIR} to keep extracted facts between runs). For each bar (2:
 * never) it prints BCubed F1 and multi-article pairwise F1 on gva-dev in stream order, on its even-hash and odd-hash
 * incidents separately (the held-out check: choose on one half, read the other), on gva-dev shuffled (seed 42) and on
 * ecbplus-dev. Skips when the property or ../shared is absent.
 */
class RemergeDevTest {
    private static final double[] BARS = {2, 0.5, 0.65, 0.8};

    @Test
    void assign_devFiles_remergeBars() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.remerge"), "skipped: set -Dsitrep.remerge=true to compare remerge bars");
        List<DevData.Item> gva = DevData.load("gva-dev.jsonl");
        List<DevData.Item> shuffled = new ArrayList<>(gva);
        Collections.shuffle(shuffled, new Random(42));
        List<DevData.Item> even = DevRun.subset(gva, DevRun::evenHash);
        List<DevData.Item> odd = DevRun.subset(gva, g -> !DevRun.evenHash(g));
        List<DevData.Item> ecb = DevData.load("ecbplus-dev.jsonl");
        for (double bar : BARS) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "remerge bar %.2f:", bar));
            String[] labels = {"gva", "gva-even", "gva-odd", "gva-shuffled", "ecbplus"};
            List<List<DevData.Item>> sets = List.of(gva, even, odd, shuffled, ecb);
            for (int k = 0; k < sets.size(); k++) {
                var c = new StandardClusterer(LinkModel.standard(), StandardClusterer.HORIZON_DAYS, StandardClusterer.MAX_LIVE,
                        IncidentSplitter.Rule.standard(), bar);
                DevRun.Result r = DevRun.run(sets.get(k), c);
                sb.append(String.format(Locale.ROOT, " %s %.4f (multi %.4f)", labels[k], r.report().all().bcubedF1(),
                        r.report().multi().pairF1()));
            }
            System.out.println(sb);
        }
    }
}
