package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.Clusterers;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicator;
import org.sitrep.core.dedup.Deduplicators;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.core.eval.StreamOrder;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.Extractors;
import org.sitrep.core.internal.Outcome;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.RunReport;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench}: throughput of each stage and of the whole pipeline on a dataset, measured in one
 * run so that ratios are comparable on a noisy machine. Speed targets live here, not in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures stage and pipeline throughput on a JSONL dataset (default: ../shared/datasets/gva-dev.jsonl).",
                "Prints a table, then one JSON line."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "JSONL dataset to run on.")
    Path input;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads for parallel stages (default: cores).")
    Integer workers;

    @Option(names = "--rounds", defaultValue = "2", description = "Timed rounds per stage after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        Path file = input != null ? input : Path.of(System.getProperty("sitrep.root", "."), "..", "shared", "datasets",
                "gva-dev.jsonl").normalize();
        if (!Files.exists(file)) {
            System.err.println("sitrep bench: no dataset at " + file + " (give one with --input)");
            return ExitCodes.USAGE;
        }
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        List<Problem> problems = new ArrayList<>();
        List<GoldItem> items = StreamOrder.of(GoldLoader.load(file, problems));
        Normalizer normalizer = Normalizers.standard();
        List<Article> articles = new ArrayList<>();
        for (GoldItem g : items) {
            Outcome<Article> o = normalizer.normalize(g.record());
            if (o.isOk()) articles.add(o.value());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("articles", articles.size());
        out.put("workers", w);

        out.put("normalize_per_s", rate(items.size(), () -> {
            for (GoldItem g : items) normalizer.normalize(g.record());
        }));
        Extractor extractor = Extractors.standard();
        List<ArticleFacts> facts = new ArrayList<>(articles.size());
        out.put("extract_per_s_1thread", rate(articles.size(), () -> {
            facts.clear();
            for (Article a : articles) facts.add(extractor.extract(a));
        }));
        out.put("extract_per_s", rate(articles.size(), () -> parallel(articles, extractor, w)));
        out.put("dedup_cluster_per_s", rate(articles.size(), () -> {
            Deduplicator d = Deduplicators.standard();
            IncidentClusterer c = Clusterers.standard();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                DedupDecision decision = d.observe(a);
                c.assign(new ClusterInput(a, facts.get(i), decision));
            }
        }));
        out.put("pipeline_per_s", rate(items.size(), () -> {
            Path dir = Files.createTempDirectory("sitrep-bench-");
            try (Store store = Stores.open(dir);
                 Pipeline p = Pipeline.builder().defaults().store(store).workers(w).build()) {
                for (GoldItem g : items) p.accept(g.record());
                RunReport r = p.finish();
                if (r.records() != items.size()) throw new IllegalStateException("pipeline lost records");
            } finally {
                try (var s = Files.walk(dir)) {
                    for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
                }
            }
        }));
        out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-24s %s%n", k, v));
        System.out.println(Json.line(out));
        return ExitCodes.OK;
    }

    private static void parallel(List<Article> articles, Extractor extractor, int w) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(w);
        try {
            List<Future<ArticleFacts>> fs = new ArrayList<>();
            for (Article a : articles) fs.add(pool.submit(() -> extractor.extract(a)));
            for (Future<ArticleFacts> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** One warm-up, then the best of {@code rounds} timed runs, in items per second. */
    private double rate(int items, Work work) throws Exception {
        work.run();
        double best = 0;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            long t0 = System.nanoTime();
            work.run();
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, items / s);
        }
        return Math.round(best * 10) / 10.0;
    }
}
