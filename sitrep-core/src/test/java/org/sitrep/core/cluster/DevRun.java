package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicators;
import org.sitrep.core.eval.ClusterMetrics;
import org.sitrep.core.eval.DevData;
import org.sitrep.model.ArticleFacts;

/** Runs dedup + clustering over dev items and scores them (shared by the dev and training tests). */
final class DevRun {
    record Result(Map<String, String> predicted, ClusterMetrics.Report report, double articlesPerSecond,
                  double articlesPerCpuSecond, int merges) {
    }

    private DevRun() {
    }

    static List<DevData.Item> subset(List<DevData.Item> items, Predicate<String> goldFilter) {
        List<DevData.Item> out = new ArrayList<>();
        for (DevData.Item i : items) if (goldFilter.test(i.gold())) out.add(i);
        return out;
    }

    static List<DedupDecision> dedup(List<DevData.Item> items) {
        var d = Deduplicators.standard();
        List<DedupDecision> out = new ArrayList<>();
        for (DevData.Item i : items) out.add(d.observe(i.article()));
        return out;
    }

    static Result run(List<DevData.Item> items, IncidentClusterer clusterer) {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<DedupDecision> ds = dedup(items);
        Map<String, String> pred = new LinkedHashMap<>();
        Map<String, String> alias = new LinkedHashMap<>();
        int merges = 0;
        for (int k = 0; k < items.size(); k++) {
            var a = items.get(k).article();
            Assignment as = clusterer.assign(new ClusterInput(a, ArticleFacts.empty(a.id()), ds.get(k)));
            pred.put(a.id(), as.incidentId());
            for (String m : as.merged()) {
                alias.put(m, as.incidentId());
                merges++;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        pred.replaceAll((a, inc) -> {
            String r = inc;
            while (alias.containsKey(r)) r = alias.get(r);
            return r;
        });
        return new Result(pred, ClusterMetrics.evaluate(DevData.gold(items), pred), items.size() / secs, items.size() / cpu, merges);
    }

    static boolean evenHash(String gold) {
        return (DevData.sha1Public(gold).charAt(39) - '0') % 2 == 0;
    }
}
