package org.sitrep.core.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.PipelineListener;
import org.sitrep.core.pipeline.RunReport;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;

/**
 * Runs the full pipeline over gold data into a temporary store and scores it: clustering (BCubed,
 * pairwise F1 on multi-article incidents), per-incident facts, time expressions, seed assertions,
 * throughput and peak heap.
 *
 * <p>Honest by construction: the pipeline is fed only each item's {@link GoldItem#record()} (what a real
 * feed carries), in {@link StreamOrder}; event ids and gold facts are read only here, after the run.
 */
public final class Evaluator {
    /**
     * @param shuffleSeed feed a seeded random order instead of stream order, or null
     * @param workers     pipeline worker threads
     * @param goldJson    a seeds-style gold.json to check assertions against, or null
     * @param progress    called with the number of records processed after each commit, or null
     */
    public record Options(Long shuffleSeed, int workers, Path goldJson, Consumer<Long> progress) {
    }

    private Evaluator() {
    }

    public static EvalResult run(List<GoldItem> items, Options options) throws IOException {
        List<GoldItem> ordered = options.shuffleSeed() == null ? StreamOrder.of(items)
                : StreamOrder.shuffled(items, options.shuffleSeed());
        Path tmp = Files.createTempDirectory("sitrep-eval-");
        try {
            return runIn(tmp, ordered, options);
        } finally {
            deleteRecursively(tmp);
        }
    }

    private static EvalResult runIn(Path dir, List<GoldItem> ordered, Options options) throws IOException {
        Map<String, String> storedId = new HashMap<>();
        EvalResult result = new EvalResult();
        resetPeaks();
        long t0 = System.nanoTime();
        try (Store store = Stores.open(dir)) {
            PipelineListener listener = new PipelineListener() {
                @Override
                public void onRecord(String recordId, String stored, Store.PutStatus status) {
                    if (recordId != null && stored != null) storedId.put(recordId, stored);
                }

                @Override
                public void onCommit(long processed) {
                    if (options.progress() != null) options.progress().accept(processed);
                }
            };
            RunReport report;
            try (Pipeline p = Pipeline.builder().defaults().store(store).workers(options.workers()).listener(listener)
                    .build()) {
                for (GoldItem g : ordered) p.accept(g.record());
                report = p.finish();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;

            // predicted cluster per article: its incident, or a singleton when it produced no article
            Map<String, String> pred = new LinkedHashMap<>();
            Map<String, String> gold = new LinkedHashMap<>();
            for (GoldItem g : ordered) {
                String sid = storedId.get(g.id());
                String inc = sid == null ? null : store.incidentOf(sid).orElse(null);
                pred.put(g.id(), inc == null ? "unassigned:" + g.id() : inc);
                if (g.eventId() != null) gold.put(g.id(), g.eventId());
            }
            result.put("articles", ordered.size());
            if (!gold.isEmpty()) {
                Map<String, String> predForGold = new LinkedHashMap<>();
                for (String id : gold.keySet()) predForGold.put(id, pred.get(id));
                ClusterMetrics.Report r = ClusterMetrics.evaluate(gold, predForGold);
                result.put("gold_clusters", r.all().goldClusters());
                result.put("pred_clusters", r.all().predClusters());
                result.put("bcubed_p", round(r.all().bcubedP(), 4));
                result.put("bcubed_r", round(r.all().bcubedR(), 4));
                result.put("bcubed_f1", round(r.all().bcubedF1(), 4));
                result.put("pairwise_f1_multi", round(r.multi().pairF1(), 4));
            }
            scoreFacts(ordered, pred, store, result);
            TimexEval.score(ordered, result);
            if (options.goldJson() != null) {
                SeedChecks checks = SeedChecks.run(options.goldJson(), store, storedId);
                result.put("seeds_checks_passed", checks.passed());
                result.put("seeds_checks_total", checks.total());
                checks.failures().forEach(f -> result.error("seeds", f));
                checks.lines().forEach(result::note);
            }
            result.put("seconds", round(seconds, 2));
            result.put("articles_per_s", round(ordered.size() / Math.max(seconds, 1e-9), 1));
            result.put("peak_heap_mb", peakHeapMb());
            result.note(String.format(Locale.ROOT, "pipeline: %d records, %d stored, %d unchanged, %d failed, %d problems",
                    report.records(), report.stored(), report.unchanged(), report.failed(), report.problemCount()));
        }
        return result;
    }

    /** Per gold incident with facts: the predicted incident holding most of its articles, compared field by field. */
    private static void scoreFacts(List<GoldItem> items, Map<String, String> pred, Store store, EvalResult result) {
        Map<String, List<GoldItem>> byEvent = new LinkedHashMap<>();
        for (GoldItem g : items) {
            if (g.eventId() != null && g.facts() != null) byEvent.computeIfAbsent(g.eventId(), k -> new ArrayList<>()).add(g);
        }
        if (byEvent.isEmpty()) return;
        int[] n = new int[5];
        int[] ok = new int[5];
        String[] names = {"date", "city", "state", "killed", "injured"};
        for (var e : byEvent.entrySet()) {
            GoldItem.GoldFacts f = e.getValue().getFirst().facts();
            Map<String, Integer> votes = new HashMap<>();
            for (GoldItem g : e.getValue()) votes.merge(pred.get(g.id()), 1, Integer::sum);
            String predId = votes.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> v) -> v.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
            Optional<Incident> inc = predId == null ? Optional.empty() : store.incident(predId);
            String[] want = {f.incidentDate(), f.city(), f.state(), str(f.killed()), str(f.injured())};
            String[] got = {
                    inc.map(Incident::day).map(LocalDate::toString).orElse(null),
                    inc.map(i -> i.place() == null ? null : i.place().name()).orElse(null),
                    inc.map(i -> i.place() == null ? null : i.place().admin1()).orElse(null),
                    inc.map(i -> figure(i, FigureKind.KILLED)).orElse("0"),
                    inc.map(i -> figure(i, FigureKind.INJURED)).orElse("0")};
            for (int k = 0; k < 5; k++) {
                if (want[k] == null) continue;
                n[k]++;
                boolean match = k == 1 ? Matching.cityMatches(want[k], got[k])
                        : k == 2 ? Matching.stateMatches(want[k], got[k]) : want[k].equals(got[k]);
                if (match) ok[k]++;
                else result.error(names[k], e.getKey() + ": want " + want[k] + ", got " + got[k] + " (incident "
                        + predId + ")");
            }
        }
        for (int k = 0; k < 5; k++) if (n[k] > 0) result.put(names[k] + "_acc", round((double) ok[k] / n[k], 4));
    }

    private static String figure(Incident i, FigureKind kind) {
        Figure f = i.best().get(kind);
        return f == null ? "0" : Integer.toString(f.value());
    }

    private static String str(Integer v) {
        return v == null ? null : v.toString();
    }

    static double round(double v, int digits) {
        double m = Math.pow(10, digits);
        return Math.round(v * m) / m;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024 * 1024);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
