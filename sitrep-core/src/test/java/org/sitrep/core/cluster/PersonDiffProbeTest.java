package org.sitrep.core.cluster;

import java.util.*;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.DevData;

class PersonDiffProbeTest {
    @Test
    void probe() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.probe"));
        List<DevData.Item> items = DevData.load("gva-dev.jsonl");
        double[] w = LinkModel.FITTED.clone();
        double[] w0 = w.clone();
        w0[LinkModel.SHARED_PERSON] = 0; w0[LinkModel.SHARED_PERSON + 1] = 0;
        var r1 = DevRun.run(items, new StandardClusterer(new LinkModel(w, LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD)));
        var r0 = DevRun.run(items, new StandardClusterer(new LinkModel(w0, LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD)));
        System.out.println("with " + r1.report().all() + " multi " + r1.report().multi().pairF1());
        System.out.println("without " + r0.report().all() + " multi " + r0.report().multi().pairF1());
        Map<String, String> gold = new HashMap<>();
        Map<String, String> title = new HashMap<>();
        for (var it : items) { gold.put(it.article().id(), it.gold()); title.put(it.article().id(), it.article().title()); }
        for (var pair : List.of(Map.entry("WITH", r1.predicted()), Map.entry("WITHOUT", r0.predicted()))) {
            var other = pair.getValue() == r1.predicted() ? r0.predicted() : r1.predicted();
            Map<String, List<String>> byInc = new TreeMap<>();
            pair.getValue().forEach((a, i) -> byInc.computeIfAbsent(i, x -> new ArrayList<>()).add(a));
            Map<String, Set<String>> otherSets = new HashMap<>();
            other.forEach((a, i) -> otherSets.computeIfAbsent(i, x -> new TreeSet<>()).add(a));
            Set<Set<String>> otherClusters = new HashSet<>(otherSets.values());
            for (var e : byInc.entrySet()) {
                Set<String> mem = new TreeSet<>(e.getValue());
                if (otherClusters.contains(mem)) continue;
                StringBuilder sb = new StringBuilder(pair.getKey() + " cluster " + e.getKey() + "\n");
                for (String a : mem) sb.append("   ").append(gold.get(a)).append(" ").append(a).append(" ").append(title.get(a)).append('\n');
                System.out.print(sb);
            }
        }
    }
}
