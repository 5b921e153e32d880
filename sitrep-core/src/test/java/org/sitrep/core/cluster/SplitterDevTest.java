package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.DevData;

/**
 * Measures {@link IncidentSplitter} rules on gva-dev and ecbplus-dev, in stream and shuffled (seed 42) order, against
 * no splitting. A measurement, not a guard: run with {@code -Dtest=SplitterDevTest -Dsitrep.measure=true} (options:
 * {@code -Dsitrep.splitRules=link:cross:minPart:needConflict[:protMin:protCross],...}, {@code
 * -Dsitrep.splitSets=ecbplus-dev.jsonl}).
 * Skips when ../shared is absent.
 */
class SplitterDevTest {
    @Test
    void split_devSets_measure() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("sitrep.measure"), "set -Dsitrep.measure=true");
        List<IncidentSplitter.Rule> rules = new ArrayList<>();
        rules.add(null);
        String grid = System.getProperty("sitrep.splitRules", "0.3:0.05:2:true,0.3:0.1:2:true,0.3:0.05:2:false,0.3:0.1:2:false");
        for (String r : grid.split(",")) {
            String[] f = r.split(":");
            rules.add(new IncidentSplitter.Rule(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Integer.parseInt(f[2]), Boolean.parseBoolean(f[3]), f.length > 4 ? Integer.parseInt(f[4]) : 0,
                    f.length > 5 ? Double.parseDouble(f[5]) : 0));
        }
        for (String set : System.getProperty("sitrep.splitSets", "gva-dev.jsonl,ecbplus-dev.jsonl").split(",")) {
            List<DevData.Item> items = DevData.load(set);
            List<DevData.Item> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(42));
            for (IncidentSplitter.Rule rule : rules) {
                for (boolean shuffle : new boolean[] {false, true}) {
                    StandardClusterer c = new StandardClusterer(LinkModel.standard(), StandardClusterer.HORIZON_DAYS,
                            StandardClusterer.MAX_LIVE, rule);
                    DevRun.Result r = DevRun.run(shuffle ? shuffled : items, c);
                    System.out.printf(java.util.Locale.ROOT, "MEASURE %s %s %s splits=%d bcubedF1=%.4f P=%.4f R=%.4f pairMulti=%.4f%n",
                            set, shuffle ? "shuffled" : "stream", rule, c.splitCount(), r.report().all().bcubedF1(),
                            r.report().all().bcubedP(), r.report().all().bcubedR(), r.report().multi().pairF1());
                }
            }
        }
    }
}
