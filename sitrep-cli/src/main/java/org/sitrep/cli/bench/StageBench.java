package org.sitrep.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.Clusterers;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicator;
import org.sitrep.core.dedup.Deduplicators;
import org.sitrep.core.embed.Embedder;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.Extractors;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.RunReport;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/**
 * Throughput of each stage and of the whole pipeline on one corpus, measured in one process so that ratios are
 * comparable on a noisy machine: one warm-up, then the best of {@code rounds} timed runs of each stage. Stages run
 * on one thread also report a rate per second of that thread's CPU time ({@code _cpu}).
 *
 * <p>Dedup and clustering are timed apart and together. Dedup checks a few reworded-copy candidates with sentence
 * embeddings (all-MiniLM-L6-v2); the {@code dedup_*} and {@code dedup_cluster_*} rates run it without that check
 * (exact hash, MinHash LSH and stem alignment only: "excluding embedding"), the {@code *_with_embeddings} rates with
 * it, the model loaded beforehand. Clustering alone is fed the dedup decisions and facts computed beforehand.
 * The optional peer run executes the Miranda-style TF-IDF baseline (Python) on the same file for a same-session ratio.
 */
public final class StageBench {
    private static final Pattern PEER_RATE = Pattern.compile("([0-9.]+) articles/s");

    private final int rounds;
    private final int workers;

    public StageBench(int rounds, int workers) {
        this.rounds = Math.max(1, rounds);
        this.workers = Math.max(1, workers);
    }

    /** Runs every stage; keys are stable names, values numbers or short strings. */
    public Map<String, Object> run(Corpus corpus) throws Exception {
        List<RawRecord> records = corpus.records();
        List<Article> articles = corpus.articles();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles.size());
        out.put("workers", workers);
        Normalizer normalizer = Normalizers.standard();
        rateWithCpu(out, "normalize_per_s", records.size(), () -> {
            for (RawRecord r : records) normalizer.normalize(r);
        });
        Extractor extractor = Extractors.standard();
        List<ArticleFacts> facts = new ArrayList<>(articles.size());
        rateWithCpu(out, "extract_per_s_1thread", articles.size(), () -> {
            facts.clear();
            for (Article a : articles) facts.add(extractor.extract(a));
        });
        out.put("extract_per_s", rate(articles.size(), () -> parallel(articles, extractor, workers)));
        List<DedupDecision> decisions = new ArrayList<>(articles.size());
        rateWithCpu(out, "dedup_per_s", articles.size(), () -> {
            Deduplicator d = Deduplicators.standard(null);
            decisions.clear();
            for (Article a : articles) decisions.add(d.observe(a));
        });
        rateWithCpu(out, "cluster_per_s", articles.size(), () -> {
            IncidentClusterer c = Clusterers.standard();
            for (int i = 0; i < articles.size(); i++) {
                c.assign(new ClusterInput(articles.get(i), facts.get(i), decisions.get(i)));
            }
        });
        rateWithCpu(out, "dedup_cluster_per_s", articles.size(), () -> {
            Deduplicator d = Deduplicators.standard(null);
            IncidentClusterer c = Clusterers.standard();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                c.assign(new ClusterInput(a, facts.get(i), d.observe(a)));
            }
        });
        Embedder.miniLm().embed("load the model before timing");
        rateWithCpu(out, "dedup_cluster_per_s_with_embeddings", articles.size(), () -> {
            Deduplicator d = Deduplicators.standard(Embedder.miniLm());
            IncidentClusterer c = Clusterers.standard();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                c.assign(new ClusterInput(a, facts.get(i), d.observe(a)));
            }
        });
        out.put("embeddings", "all-MiniLM-L6-v2 in dedup's reworded-copy check (pipeline and *_with_embeddings)");
        out.put("pipeline_per_s", rate(records.size(), () -> pipeline(records, workers)));
        return out;
    }

    /** Runs the whole pipeline (all stages, store included) into a fresh temporary store. */
    static void pipeline(List<RawRecord> records, int workers) throws Exception {
        Path dir = Files.createTempDirectory("sitrep-bench-");
        try (Store store = Stores.open(dir);
             Pipeline p = Pipeline.builder().defaults().store(store).workers(workers).build()) {
            for (RawRecord r : records) p.accept(r);
            RunReport report = p.finish();
            if (report.records() != records.size()) throw new IllegalStateException("pipeline lost records");
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Runs the Miranda-style peer ({@code miranda_tfidf.py} under {@code peersDir}) on {@code file} with
     * {@code python} and returns its reported clustering rate in articles/s, or -1 with the reason in {@code why}.
     */
    public static double peerRate(Path python, Path peersDir, Path file, StringBuilder why) throws Exception {
        Path script = peersDir.resolve("miranda_tfidf.py");
        if (!Files.isExecutable(python) || !Files.exists(script)) {
            why.append("no peer at ").append(script).append(" or no ").append(python);
            return -1;
        }
        Path outDir = Files.createTempDirectory("sitrep-peer-");
        try {
            Process p = new ProcessBuilder(python.toString(), script.toString(), "--tag", "gva", "--dev",
                    file.toAbsolutePath().toString(), "--outdir", outDir.toString(), "--params",
                    "{\"threshold\": 0.2, \"sigma_days\": 7.0}").redirectErrorStream(true).start();
            double rate = -1;
            String last = "";
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    last = line;
                    Matcher m = PEER_RATE.matcher(line);
                    if (m.find()) rate = Double.parseDouble(m.group(1));
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
            if (rate < 0) why.append("peer printed no rate (last line: ").append(last).append(')');
            return rate;
        } finally {
            deleteTree(outDir);
        }
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

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }

    /** Work to time. */
    interface Work {
        void run() throws Exception;
    }

    /** One warm-up, then the best of {@code rounds} timed runs, in items per second of wall-clock time. */
    private double rate(int items, Work work) throws Exception {
        return rates(items, work)[0];
    }

    /**
     * Like {@link #rate} for single-threaded work, and also puts {@code key + "_cpu"}: items per second of this
     * thread's CPU time, which other processes on a shared machine disturb much less than wall-clock time.
     */
    private void rateWithCpu(Map<String, Object> out, String key, int items, Work work) throws Exception {
        double[] r = rates(items, work);
        out.put(key, r[0]);
        out.put(key + "_cpu", r[1]);
    }

    private double[] rates(int items, Work work) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        work.run();
        double best = 0;
        double bestCpu = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            best = Math.max(best, items / s);
            bestCpu = Math.max(bestCpu, items / Math.max(cpu, 1e-9));
        }
        return new double[] {Math.round(best * 10) / 10.0, Math.round(bestCpu * 10) / 10.0};
    }
}
