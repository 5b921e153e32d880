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

    private static final Map<org.sitrep.model.Article, ArticleFacts> FACTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final org.sitrep.core.extract.Extractor EXTRACTOR = org.sitrep.core.extract.Extractors.standard();

    /** The extracted facts of an article, as the pipeline computes them (cached across runs in this JVM). */
    static ArticleFacts facts(org.sitrep.model.Article a) {
        if (Boolean.getBoolean("sitrep.noFacts")) return ArticleFacts.empty(a.id());
        return FACTS.computeIfAbsent(a, EXTRACTOR::extract);
    }

    /**
     * Extracts (and caches) the facts of all items up front, so timings cover dedup + clustering only. With
     * {@code -Dsitrep.cacheDir=DIR} the facts are also kept on disk across runs (for error analysis and fits).
     */
    static void extractAll(List<DevData.Item> items) {
        java.nio.file.Path file = cacheFile("facts", items.stream().map(i -> i.article().id()).sorted().toList());
        if (file != null && java.nio.file.Files.exists(file)) {
            Map<String, ArticleFacts> byId = new java.util.HashMap<>();
            try {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    ArticleFacts f = org.sitrep.core.store.internal.Json.read(line, ArticleFacts.class);
                    byId.put(f.articleId(), f);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (DevData.Item i : items) if (byId.containsKey(i.article().id())) FACTS.putIfAbsent(i.article(), byId.get(i.article().id()));
        }
        items.parallelStream().forEach(i -> facts(i.article()));
        if (file != null && !java.nio.file.Files.exists(file) && !Boolean.getBoolean("sitrep.noFacts")) {
            StringBuilder sb = new StringBuilder();
            for (DevData.Item i : items) sb.append(org.sitrep.core.store.internal.Json.write(facts(i.article()))).append('\n');
            write(file, sb.toString());
        }
    }

    static List<DedupDecision> dedup(List<DevData.Item> items) {
        java.nio.file.Path file = cacheFile("dedup", items.stream().map(i -> i.article().id()).toList());
        if (file != null && java.nio.file.Files.exists(file)) {
            try {
                List<DedupDecision> out = new ArrayList<>();
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    out.add(org.sitrep.core.store.internal.Json.read(line, DedupDecision.class));
                }
                if (out.size() == items.size()) return out;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        var d = Deduplicators.standard();
        List<DedupDecision> out = new ArrayList<>();
        for (DevData.Item i : items) out.add(d.observe(i.article()));
        if (file != null) {
            StringBuilder sb = new StringBuilder();
            for (DedupDecision x : out) sb.append(org.sitrep.core.store.internal.Json.write(x)).append('\n');
            write(file, sb.toString());
        }
        return out;
    }

    /** The disk cache file for {@code kind} over these ids, or null when {@code sitrep.cacheDir} is not set. */
    private static java.nio.file.Path cacheFile(String kind, List<String> ids) {
        String dir = System.getProperty("sitrep.cacheDir");
        if (dir == null || dir.isBlank()) return null;
        return java.nio.file.Path.of(dir, kind + "-" + DevData.sha1Public(String.join("\n", ids)) + ".jsonl");
    }

    private static void write(java.nio.file.Path file, String text) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Result run(List<DevData.Item> items, IncidentClusterer clusterer) {
        extractAll(items);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<DedupDecision> ds = dedup(items);
        double dedupCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        Map<String, String> pred = new LinkedHashMap<>();
        Map<String, String> alias = new LinkedHashMap<>();
        int merges = 0;
        for (int k = 0; k < items.size(); k++) {
            var a = items.get(k).article();
            Assignment as = clusterer.assign(new ClusterInput(a, facts(a), ds.get(k)));
            pred.put(a.id(), as.incidentId());
            for (String m : as.merged()) {
                alias.put(m, as.incidentId());
                merges++;
            }
            for (Assignment.Split sp : as.splits()) applySplit(pred, alias, sp);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "cpu seconds: dedup %.2f, clustering %.2f%n", dedupCpu, cpu - dedupCpu);
        pred.replaceAll((a, inc) -> resolve(alias, inc));
        return new Result(pred, ClusterMetrics.evaluate(DevData.gold(items), pred), items.size() / secs, items.size() / cpu, merges);
    }

    /** Applies a split to the predictions so far: members still resolving to the parent are pinned to it first. */
    static void applySplit(Map<String, String> pred, Map<String, String> alias, Assignment.Split sp) {
        pred.replaceAll((a, inc) -> resolve(alias, inc).equals(sp.from()) ? sp.from() : inc);
        alias.remove(sp.to());
        for (String al : sp.aliases()) alias.put(al, sp.to());
        for (String m : sp.moved()) pred.put(m, sp.to());
    }

    private static String resolve(Map<String, String> alias, String inc) {
        String r = inc;
        while (alias.containsKey(r)) r = alias.get(r);
        return r;
    }

    static boolean evenHash(String gold) {
        return (DevData.sha1Public(gold).charAt(39) - '0') % 2 == 0;
    }
}
