package org.sitrep.core.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;

/**
 * Error analysis (a measurement, not a guard): runs the standard clusterer over gva-dev in stream order and writes the
 * final prediction of every article ({@code pred.tsv}: index, id, gold, predicted incident, published, title) and every
 * merge and split ({@code log.tsv}) to {@code -Dsitrep.pairDump=DIR}, to rank gold incidents by lost pairs and
 * predicted incidents by false pairs ({@code -Dsitrep.pairShuffle=SEED}: in the harness's shuffled order;
 * {@code -Dsitrep.pairSet=FILE}: another dataset). Skips without the property or without ../shared.
 */
class PairDumpTest {
    @Test
    void dump() throws Exception {
        String dir = System.getProperty("sitrep.pairDump");
        Assumptions.assumeTrue(dir != null, "skipped");
        List<DevData.Item> items = new java.util.ArrayList<>(DevData.load(System.getProperty("sitrep.pairSet", "gva-dev.jsonl")));
        String seed = System.getProperty("sitrep.pairShuffle");
        if (seed != null) java.util.Collections.shuffle(items, new java.util.Random(Long.parseLong(seed)));
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        IncidentClusterer c = Clusterers.standard();
        Map<String, String> pred = new LinkedHashMap<>();
        Map<String, String> alias = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            var it = items.get(k);
            var a = it.article();
            Assignment as = c.assign(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
            pred.put(a.id(), as.incidentId());
            for (String m : as.merged()) {
                alias.put(m, as.incidentId());
                log.append("MERGE\t").append(k).append('\t').append(a.id()).append('\t').append(as.incidentId())
                        .append('\t').append(m).append('\n');
            }
            for (Assignment.Split sp : as.splits()) {
                DevRun.applySplit(pred, alias, sp);
                log.append("SPLIT\t").append(k).append('\t').append(a.id()).append('\t').append(sp.from()).append('\t')
                        .append(sp.to()).append('\t').append(String.join(",", sp.moved())).append('\t')
                        .append(sp.reasons()).append('\n');
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            var it = items.get(k);
            String id = it.article().id();
            String r = pred.get(id);
            while (alias.containsKey(r)) r = alias.get(r);
            out.append(k).append('\t').append(id).append('\t').append(it.gold()).append('\t').append(r).append('\t')
                    .append(it.article().published()).append('\t').append(it.article().title().replace('\t', ' ')).append('\n');
        }
        Files.writeString(Path.of(dir, "pred.tsv"), out);
        Files.writeString(Path.of(dir, "log.tsv"), log);
    }
}
