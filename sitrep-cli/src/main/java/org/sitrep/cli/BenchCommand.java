package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.cli.bench.BenchInputs;
import org.sitrep.cli.bench.Corpus;
import org.sitrep.cli.bench.Jmh;
import org.sitrep.cli.bench.LoadBench;
import org.sitrep.cli.bench.ScaleBench;
import org.sitrep.cli.bench.StageBench;
import org.sitrep.core.extract.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench}: throughput of each stage and of the whole pipeline on a dataset (default), the cost of
 * clustering as the state grows ({@code --scale}), the web API under concurrent load ({@code --load}) and JMH
 * micro-benchmarks ({@code --jmh}). Every mode prints a table, then one JSON line last. Speed targets live here
 * and in docs/PERFORMANCE.md, not in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures stage and pipeline throughput on a JSONL dataset (default: ../shared/datasets/gva-dev.jsonl).",
                "--scale: per-article dedup+cluster time and heap as the state grows; --load: web API under load;",
                "--jmh [REGEX]: JMH micro-benchmarks. Prints a table, then one JSON line."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "JSONL dataset to run on.")
    Path input;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N records of the dataset (0: all).")
    int limit;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads for parallel stages (default: cores).")
    Integer workers;

    @Option(names = "--rounds", defaultValue = "2", description = "Timed rounds per stage after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--peer", description = "Also run the Miranda-style TF-IDF peer (../shared/peers, /usr/bin/python3) on the same file.")
    boolean peer;

    @Option(names = "--scale", description = "Per-article dedup + cluster time and heap at growing state sizes.")
    boolean scale;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", defaultValue = "10000,100000,1000000",
            description = "State sizes for --scale (default: ${DEFAULT-VALUE}).")
    long[] sizes;

    @Option(names = "--window", defaultValue = "2000", description = "Articles timed at each size for --scale (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop --scale filling after this many seconds (0: no limit); measured sizes are kept.")
    long budget;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "-1",
            description = "With --scale: articles fed to a throwaway state, and one window timed there, before the "
                    + "measured run (0: none; default: the first size, so that size is timed warm).")
    int warmup;

    @Option(names = "--no-dedup", description = "With --scale: leave the deduplicator out (clustering state and time alone).")
    boolean noDedup;

    @Option(names = "--histogram", description = "With --scale: print the top of the live-object class histogram at the end.")
    boolean histogram;

    @Option(names = "--load", description = "Web API under load: synthetic incidents, concurrent clients.")
    boolean load;

    @Option(names = "--incidents", defaultValue = "100000", description = "Incidents in the store for --load (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--clients", defaultValue = "64", description = "Concurrent clients for --load (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured duration of --load (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--driver", defaultValue = "auto", paramLabel = "auto|java|wrk|both",
            description = "Load generator for --load: wrk (when installed), Java client threads, or both in turn"
                    + " on the same server (default: ${DEFAULT-VALUE}: wrk when installed, else java).")
    String driver;

    @Option(names = "--jmh", arity = "0..1", fallbackValue = "", paramLabel = "REGEX",
            description = "Run the JMH micro-benchmarks (those matching REGEX).")
    String jmh;

    @Option(names = "--jmh-args", paramLabel = "ARGS", defaultValue = "",
            description = "Extra JMH options, space-separated (e.g. \"-f 0 -wi 1 -i 1 -r 1s\").")
    String jmhArgs;

    @Override
    public Integer call() throws Exception {
        if (load) {
            List<LoadBench.Driver> drivers = switch (driver.toLowerCase(Locale.ROOT)) {
                case "auto" -> List.of(LoadBench.Driver.auto());
                case "java" -> List.of(LoadBench.Driver.JAVA);
                case "wrk" -> List.of(LoadBench.Driver.WRK);
                case "both" -> List.of(LoadBench.Driver.JAVA, LoadBench.Driver.WRK);
                default -> null;
            };
            if (drivers == null) {
                System.err.println("sitrep bench: --driver must be auto, java, wrk or both, got '" + driver + "'");
                return ExitCodes.USAGE;
            }
            int code = 0;
            for (Map<String, Object> out : loadRun(drivers)) code = print(out);
            return code;
        }
        Path file = input != null ? input : BenchInputs.defaultDataset();
        if (!Files.exists(file)) {
            System.err.println("sitrep bench: no dataset at " + file + " (give one with --input)");
            return ExitCodes.USAGE;
        }
        if (jmh != null) return print(jmhRun(file));
        Corpus corpus = Corpus.load(file, limit);
        if (corpus.articles().isEmpty()) {
            System.err.println("sitrep bench: no usable articles in " + file);
            return ExitCodes.USAGE;
        }
        if (scale) return print(scaleRun(file, corpus));
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.putAll(new StageBench(rounds, w).run(corpus));
        if (peer) {
            StringBuilder why = new StringBuilder();
            double rate = StageBench.peerRate(Path.of("/usr/bin/python3"), BenchInputs.peersDir(), file, why);
            if (rate > 0) {
                out.put("peer_miranda_per_s", rate);
                out.put("dedup_cluster_vs_peer", Math.round((Double) out.get("dedup_cluster_per_s") / rate * 100) / 100.0);
            } else {
                out.put("peer_miranda_per_s", why.toString());
            }
        }
        return print(out);
    }

    private Map<String, Object> scaleRun(Path file, Corpus corpus) {
        long[] s = Arrays.stream(sizes).sorted().toArray();
        int warm = warmup >= 0 ? warmup : s.length == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, s[0]);
        ScaleBench.Result r = new ScaleBench(window, 0.85, budget, !noDedup).warmup(warm)
                .run(corpus.articles(), corpus.facts(Extractors.standard()), s, histogram, System.err);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", "scale");
        out.put("file", file.getFileName().toString());
        out.put("base_articles", corpus.articles().size());
        out.put("shift_months", r.shiftMonths());
        out.put("window", window);
        out.put("dedup", !noDedup);
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        List<Map<String, Object>> points = new ArrayList<>();
        List<ScaleBench.Point> all = new ArrayList<>();
        if (r.warmup() != null) all.add(r.warmup());
        all.addAll(r.points());
        for (ScaleBench.Point p : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("size", p.size());
            m.put("at", p.at());
            m.put("dedup_us", round(p.dedupUs()));
            m.put("dedup_embed_us", round(embedUs(p)));
            m.put("cluster_us", round(p.clusterUs()));
            m.put("total_us", round(p.totalUs()));
            m.put("cpu_us", round(p.cpuUs()));
            m.put("heap_mb", round(p.heapMb()));
            m.put("fill_per_s", round(p.fillPerS()));
            m.put("window_dup_share", round2(p.windowDupShare()));
            m.put("cross_copy_dup_share", round2(p.crossCopyDupShare()));
            Map<String, Object> work = new LinkedHashMap<>();
            p.dedupWork().forEach((k, v) -> work.put(k, k.equals("kept") ? v : Math.round(v * 1000.0 / window) / 1000.0));
            m.put("dedup_work_per_article", work);
            if (p == r.warmup()) {
                out.put("warmup", m);
                continue;
            }
            points.add(m);
            out.put("n" + p.size() + "_total_us", round(p.totalUs()));
            out.put("n" + p.size() + "_cpu_us", round(p.cpuUs()));
            out.put("n" + p.size() + "_heap_mb", round(p.heapMb()));
        }
        if (r.points().size() >= 2) {
            ScaleBench.Point first = r.points().get(0);
            ScaleBench.Point last = r.points().get(r.points().size() - 1);
            out.put("time_ratio_last_vs_first", round2(last.totalUs() / first.totalUs()));
            out.put("cpu_ratio_last_vs_first", round2(last.cpuUs() / first.cpuUs()));
            out.put("dedup_ratio_last_vs_first", round2(last.dedupUs() / first.dedupUs()));
            out.put("dedup_without_embedding_ratio_last_vs_first",
                    round2((last.dedupUs() - embedUs(last)) / (first.dedupUs() - embedUs(first))));
            out.put("cluster_ratio_last_vs_first", round2(last.clusterUs() / first.clusterUs()));
            out.put("total_without_embedding_ratio_last_vs_first",
                    round2((last.totalUs() - embedUs(last)) / (first.totalUs() - embedUs(first))));
            double perArticle = (last.heapMb() - first.heapMb()) * 1048576 / (last.size() - first.size());
            out.put("heap_bytes_per_article", Math.round(perArticle));
            out.put("heap_mb_at_1m_linear", round(first.heapMb() + perArticle * (1_000_000 - first.size()) / 1048576));
        }
        out.put("end_articles", r.endArticles());
        out.put("end_heap_mb", round(r.endHeapMb()));
        out.put("end_heap_mb_without_dedup", round(r.endClusterHeapMb()));
        out.put("end_heap_mb_dedup", round(r.endHeapMb() - r.endClusterHeapMb()));
        out.put("stopped", r.stopped() == null ? "no" : r.stopped());
        out.put("points", points);
        if (r.histogram() != null) System.err.print(r.histogram());
        return out;
    }

    private List<Map<String, Object>> loadRun(List<LoadBench.Driver> drivers) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        for (LoadBench.Result r : new LoadBench(incidents, clients, Duration.ofMillis(Math.round(seconds * 1000)))
                .run(System.err, drivers)) {
            all.add(loadResult(r));
        }
        return all;
    }

    private static Map<String, Object> loadResult(LoadBench.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", "load");
        out.put("driver", r.driver().name().toLowerCase(Locale.ROOT));
        out.put("load_at_start", round2(r.loadAtStart()));
        out.put("incidents", r.incidents());
        out.put("articles", r.articles());
        out.put("fill_s", round(r.fillSeconds()));
        out.put("clients", r.clients());
        out.put("seconds", r.seconds());
        out.put("requests", r.requests());
        out.put("requests_per_s", round(r.requestsPerS()));
        out.put("p50_ms", r.p50Ms());
        out.put("p95_ms", r.p95Ms());
        out.put("p99_ms", r.p99Ms());
        out.put("max_ms", r.maxMs());
        out.put("errors", r.errors());
        out.put("process_cpu_ms_per_request", round2(r.cpuMsPerRequest()));
        if (r.firstError() != null) out.put("first_error", r.firstError());
        r.byKind().forEach((k, v) -> out.put(k + "_per_s_p50_p95_p99", List.of(round(v[0]), v[1], v[2], v[3])));
        return out;
    }

    private Map<String, Object> jmhRun(Path file) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : jmhArgs.trim().split("\\s+")) if (!a.isEmpty()) args.add(a);
        args.add("-p");
        args.add("input=" + file.toAbsolutePath());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", "jmh");
        out.putAll(Jmh.run(jmh, args));
        return out;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * Wall microseconds per timed article that the deduplicator spent embedding sentences (a few comparisons per
     * thousand articles, each embedding up to 24 sentences: the largest and noisiest part of dedup's time).
     */
    private double embedUs(ScaleBench.Point p) {
        return p.dedupWork().getOrDefault("embedding_ns", 0L) / 1e3 / window;
    }

    /** The size column of a scale point: the warm-up's is marked. */
    private static String label(Map<?, ?> point, Map<String, Object> out) {
        return (point == out.get("warmup") ? "warm " : "") + point.get("size");
    }

    private static int print(Map<String, Object> out) {
        out.forEach((k, v) -> {
            if (!(v instanceof List<?>) && !(v instanceof Map<?, ?>)) System.out.printf(Locale.ROOT, "%-34s %s%n", k, v);
        });
        if (out.get("points") instanceof List<?> measured) {
            List<Object> pts = new ArrayList<>();
            if (out.get("warmup") instanceof Map<?, ?> w) pts.add(w);
            pts.addAll(measured);
            System.out.printf(Locale.ROOT, "%10s %10s %9s %11s %10s %8s %9s %11s %9s %10s%n", "size", "dedup_us",
                    "embed_us", "cluster_us", "total_us", "cpu_us", "heap_mb", "fill_per_s", "dup_share", "cross_dups");
            for (Object o : pts) {
                Map<?, ?> m = (Map<?, ?>) o;
                System.out.printf(Locale.ROOT, "%10s %10s %9s %11s %10s %8s %9s %11s %9s %10s%n", label(m, out),
                        m.get("dedup_us"), m.get("dedup_embed_us"), m.get("cluster_us"), m.get("total_us"), m.get("cpu_us"), m.get("heap_mb"),
                        m.get("fill_per_s"),
                        m.get("window_dup_share"), m.get("cross_copy_dup_share"));
            }
            System.out.println("dedup work per timed article (kept: articles in the deduplicator's state):");
            for (Object o : pts) {
                Map<?, ?> m = (Map<?, ?>) o;
                System.out.printf(Locale.ROOT, "%10s %s%n", label(m, out), m.get("dedup_work_per_article"));
            }
        }
        System.out.println(Json.line(out));
        return ExitCodes.OK;
    }
}
