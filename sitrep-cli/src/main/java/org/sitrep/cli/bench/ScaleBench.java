package org.sitrep.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.Clusterers;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicator;
import org.sitrep.core.dedup.Deduplicators;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/**
 * Per-article cost of streaming dedup + cluster assignment as the state grows: the default
 * {@link Deduplicators#standard()} and {@link Clusterers#standard()} are fed a synthetic stream ({@link Synth}
 * copies of a corpus laid end to end in time) and, each time the state holds one of the requested sizes, a window
 * of new articles is timed (dedup and assignment apart, wall clock; and the thread's CPU time for both, which other
 * processes on a shared machine disturb less) and the heap is measured after a full GC.
 *
 * <p>The stream is generated on the fly, so the harness itself holds only the corpus. Window inputs are generated
 * before their timing starts. The run stops early, with {@code stopped} set, when the heap after GC passes
 * {@code heapStopFraction} of the old generation's maximum or the wall-clock budget is spent; the points measured
 * so far stand. At the end the heap is measured with and without the deduplicator (the rest is the clusterer and
 * the corpus).
 *
 * <p>Fairness. Per-article cost depends on which articles are timed, so every window starts at the same article of
 * the base corpus (a size is reached at the next such point, less than one corpus length later), and each size
 * times copies of the same articles. With {@link #warmup} a throwaway state is filled and timed first, so the
 * first size is not charged with JIT compilation and the embedding model's start. Times are disturbed by other
 * processes; the deduplicator's work counters ({@link Deduplicators#counters}) per window are not.
 */
public final class ScaleBench {
    /**
     * One measurement: requested state size and the articles actually fed before the window ({@code at}, the next
     * point of the stream where the window starts at the same base article as the first size's), mean
     * microseconds per article, heap after GC, and the deduplicator's work counters over the window.
     */
    public record Point(long size, long at, double dedupUs, double clusterUs, double totalUs, double cpuUs, double heapMb,
                        double fillPerS,
                        double windowDupShare, double crossCopyDupShare, java.util.Map<String, Integer> crossKinds,
                        java.util.Map<String, Long> dedupWork) {
    }

    /** All points, why the run ended early (null when every size was reached), and the warm-up's window (or null). */
    public record Result(List<Point> points, String stopped, int shiftMonths, String histogram, long endArticles,
                         double endHeapMb, double endClusterHeapMb, Point warmup) {
    }

    private final int window;
    private final double heapStopFraction;
    private final long budgetNanos;
    private final boolean withDedup;
    private int warmup;

    public ScaleBench(int window, double heapStopFraction, long budgetSeconds) {
        this(window, heapStopFraction, budgetSeconds, true);
    }

    /** With {@code withDedup} false the deduplicator is left out and the clusterer sees no dedup decisions. */
    public ScaleBench(int window, double heapStopFraction, long budgetSeconds, boolean withDedup) {
        this.withDedup = withDedup;
        this.window = Math.max(1, window);
        this.heapStopFraction = heapStopFraction;
        this.budgetNanos = budgetSeconds <= 0 ? Long.MAX_VALUE : budgetSeconds * 1_000_000_000L;
    }

    /**
     * Before the measured run, feeds this many articles of the same stream to a throwaway deduplicator and
     * clusterer and times one window there (reported as {@link Result#warmup}), so that the first measured size
     * is not charged with class loading, the embedding model's start and JIT compilation. 0 (the default): none.
     */
    public ScaleBench warmup(int articles) {
        this.warmup = Math.max(0, articles);
        return this;
    }

    /** Feeds the synthetic stream up to each size in {@code sizes} (ascending) and measures there. */
    public Result run(List<Article> base, List<ArticleFacts> facts, long[] sizes, boolean histogram, PrintStream log) {
        Synth synth = Synth.of(base);
        int shift = synth.shiftMonths();
        Point warm = null;
        if (warmup > 0) {
            Deduplicator d = withDedup ? Deduplicators.standard() : null;
            IncidentClusterer c = Clusterers.standard();
            for (long i = 0; i < warmup; i++) feed(d, c, input(synth, base, facts, i));
            warm = measure(d, c, synth, base, facts, warmup, warmup, 0);
            if (log != null) log.printf("scale: warm-up %s%n", warm);
        }
        Deduplicator dedup = withDedup ? Deduplicators.standard() : null;
        IncidentClusterer clusterer = Clusterers.standard();
        List<Point> points = new ArrayList<>();
        long start = System.nanoTime();
        long fed = 0;
        String stopped = null;
        int n = base.size();
        long phase = sizes.length == 0 ? 0 : Math.floorMod(sizes[0], n);
        outer:
        for (long size : sizes) {
            long t0 = System.nanoTime();
            long from = fed;
            // every window starts at the same place in the base corpus, so each times the same articles' copies
            long target = size + Math.floorMod(phase - size, n);
            while (fed < target) {
                feed(dedup, clusterer, input(synth, base, facts, fed));
                fed++;
                if (fed % 1_000 == 0) {
                    if (oldGenFill() > heapStopFraction) {
                        heapAfterGc();
                        if (oldGenFill() > heapStopFraction) {
                            stopped = "old generation above " + Math.round(heapStopFraction * 100)
                                    + "% of its maximum after a full GC at " + fed + " articles";
                            break outer;
                        }
                    }
                    if (System.nanoTime() - start > budgetNanos) {
                        stopped = "time budget spent at " + fed + " articles";
                        break outer;
                    }
                    if (log != null && fed % 100_000 == 0) log.printf("scale: %d articles fed%n", fed);
                }
            }
            double fillPerS = (fed - from) / ((System.nanoTime() - t0) / 1e9);
            double heapMb = heapAfterGc() / 1048576.0;
            Point p = measure(dedup, clusterer, synth, base, facts, size, fed, heapMb);
            p = new Point(p.size(), p.at(), p.dedupUs(), p.clusterUs(), p.totalUs(), p.cpuUs(), heapMb, fillPerS,
                    p.windowDupShare(), p.crossCopyDupShare(), p.crossKinds(), p.dedupWork());
            fed += window;
            points.add(p);
            if (log != null) log.printf("scale: %s%n", p);
        }
        String hist = histogram ? histogram(20) : null;
        double endHeapMb = heapAfterGc() / 1048576.0;
        java.lang.ref.Reference.reachabilityFence(dedup);
        dedup = null; // what remains after this GC is the clusterer's state plus the corpus
        double clusterHeapMb = heapAfterGc() / 1048576.0;
        java.lang.ref.Reference.reachabilityFence(clusterer);
        return new Result(points, stopped, shift, hist, fed, endHeapMb, clusterHeapMb, warm);
    }

    /** Times the next window of articles (stream positions from {@code fed}) on the given state. */
    private Point measure(Deduplicator dedup, IncidentClusterer clusterer, Synth synth, List<Article> base,
                          List<ArticleFacts> facts, long size, long fed, double heapMb) {
        List<ClusterInput> next = new ArrayList<>(window);
        for (int i = 0; i < window; i++) next.add(input(synth, base, facts, fed + i));
        java.util.Map<String, Long> work0 = dedup == null ? java.util.Map.of() : Deduplicators.counters(dedup);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long dedupNs = 0;
        long clusterNs = 0;
        int dups = 0;
        int cross = 0;
        java.util.Map<String, Integer> crossKinds = new java.util.TreeMap<>();
        for (ClusterInput in : next) {
            long a = System.nanoTime();
            DedupDecision d = dedup == null ? null : dedup.observe(in.article());
            long b = System.nanoTime();
            clusterer.assign(new ClusterInput(in.article(), in.facts(), d));
            long c = System.nanoTime();
            dedupNs += b - a;
            clusterNs += c - b;
            if (d != null && d.kind() != null) dups++;
            if (d != null && d.kind() != null && d.copyOf() != null && !copyOf(d.copyOf()).equals(copyOf(in.article().id()))) {
                cross++;
                crossKinds.merge(d.kind().name(), 1, Integer::sum);
            }
        }
        long cpuNs = threads.getCurrentThreadCpuTime() - cpu0;
        java.util.Map<String, Long> work = new java.util.LinkedHashMap<>();
        if (dedup != null) {
            Deduplicators.counters(dedup).forEach((k, v) -> work.put(k, v - work0.getOrDefault(k, 0L)));
            work.put("kept", Deduplicators.counters(dedup).get("kept"));
        }
        return new Point(size, fed, dedupNs / 1e3 / window, clusterNs / 1e3 / window,
                (dedupNs + clusterNs) / 1e3 / window, cpuNs / 1e3 / window, heapMb, 0, dups / (double) window,
                cross / (double) window, crossKinds, work);
    }

    /** Which synthetic copy an article id belongs to ("" for the originals). */
    private static String copyOf(String id) {
        int at = id.lastIndexOf('~');
        return at < 0 ? "" : id.substring(at + 1);
    }

    private static ClusterInput input(Synth synth, List<Article> base, List<ArticleFacts> facts, long i) {
        int n = base.size();
        int b = (int) (i % n);
        int k = (int) (i / n);
        Article a = base.get(b);
        return new ClusterInput(synth.article(a, k), synth.facts(a, facts.get(b), k), null);
    }

    private static void feed(Deduplicator dedup, IncidentClusterer clusterer, ClusterInput in) {
        DedupDecision d = dedup == null ? null : dedup.observe(in.article());
        clusterer.assign(new ClusterInput(in.article(), in.facts(), d));
    }

    /**
     * The fullest of the heap pools that survive young collections (old or tenured generation; the whole heap for
     * single-pool collectors), as used / max of that pool: cheap to read, so a full collection is forced only when
     * it passes the stop threshold.
     */
    static double oldGenFill() {
        double fill = 0;
        for (java.lang.management.MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != java.lang.management.MemoryType.HEAP) continue;
            String n = p.getName().toLowerCase(java.util.Locale.ROOT);
            if (n.contains("eden") || n.contains("survivor")) continue;
            java.lang.management.MemoryUsage u = p.getUsage();
            long max = u.getMax() > 0 ? u.getMax() : Runtime.getRuntime().maxMemory();
            fill = Math.max(fill, u.getUsed() / (double) max);
        }
        return fill;
    }

    /** Heap in use after a full collection, in bytes. */
    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The first {@code lines} lines of the live-object class histogram (what holds the heap). */
    static String histogram(int lines) {
        try {
            Object r = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] all = String.valueOf(r).split("\n");
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < all.length && i < lines + 3; i++) b.append(all[i]).append('\n');
            if (all.length > 0) b.append(all[all.length - 1]).append('\n');
            return b.toString();
        } catch (Exception | LinkageError e) {
            return "histogram unavailable: " + e;
        }
    }
}
