package org.sitrep.core.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicator;
import org.sitrep.core.dedup.Deduplicators;
import org.sitrep.core.eval.DevData;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/**
 * Dedup alone, clustering alone and dedup + clustering over gva-dev as {@code bench --peer} times them (dedup without
 * its embedding check; facts extracted beforehand; clustering alone fed dedup decisions computed beforehand), in CPU
 * seconds of this thread: 3 warm-up passes, then {@code -Dspeed.runs} (12) timed ones of the stage named by
 * {@code -Dspeed.mode} ({@code dedup}, {@code cluster} or {@code both}, the default), with a checksum of every dedup
 * decision and cluster assignment so that two builds can be checked for the same decisions. A measure, not a check:
 * runs only with {@code -Dsitrep.speed=true} (docs/PERFORMANCE.md, session 11). Also runs as a main class, so that two
 * builds can be timed one after the other without Maven.
 */
class DedupClusterSpeedMeasureTest {
    public static void main(String[] args) throws Exception {
        run();
    }

    @Test
    void dedupCluster_cpuPerArticle() throws Exception {
        assumeTrue(Boolean.getBoolean("sitrep.speed"), "a measure: run with -Dsitrep.speed=true");
        run();
    }

    private static String mode;
    private static List<Article> articles;
    private static List<ArticleFacts> facts;
    private static List<DedupDecision> decisions;

    /** Loads the data set and computes the facts and dedup decisions the timed passes read. */
    static void prepare() throws Exception {
        mode = System.getProperty("speed.mode", "both");
        List<DevData.Item> items = DevData.load(System.getProperty("speed.data", "gva-dev.jsonl"));
        DevRun.extractAll(items);
        articles = new ArrayList<>();
        facts = new ArrayList<>();
        for (DevData.Item i : items) {
            articles.add(i.article());
            facts.add(DevRun.facts(i.article()));
        }
        decisions = new ArrayList<>();
        Deduplicator d0 = Deduplicators.standard(null);
        for (Article a : articles) decisions.add(d0.observe(a));
    }

    /**
     * One pass of the stage named by {@code speed.mode} over every article: this thread's CPU nanoseconds and a checksum
     * of every decision. Public to a harness that loads two builds in two class loaders and alternates their passes in
     * one JVM (so that the machine's load falls on both alike).
     */
    static long[] pass() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long h = 1;
        long c0 = mx.getCurrentThreadCpuTime();
        switch (mode) {
            case "dedup" -> {
                Deduplicator d = Deduplicators.standard(null);
                for (Article a : articles) h = h * 31 + d.observe(a).toString().hashCode();
            }
            case "cluster" -> {
                IncidentClusterer c = Clusterers.standard();
                for (int i = 0; i < articles.size(); i++) {
                    h = h * 31 + c.assign(new ClusterInput(articles.get(i), facts.get(i), decisions.get(i)))
                            .toString().hashCode();
                }
            }
            case "both" -> {
                Deduplicator d = Deduplicators.standard(null);
                IncidentClusterer c = Clusterers.standard();
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    DedupDecision x = d.observe(a);
                    h = h * 31 + x.toString().hashCode();
                    h = h * 31 + c.assign(new ClusterInput(a, facts.get(i), x)).toString().hashCode();
                }
            }
            default -> throw new IllegalArgumentException("speed.mode: dedup, cluster or both, got " + mode);
        }
        return new long[] {mx.getCurrentThreadCpuTime() - c0, h};
    }

    /**
     * The cost of {@link Homonyms} ({@code -Dspeed.ab=homonyms}): after warm-up, {@code speed.runs} pairs of passes, with
     * the re-reading and without it, which one goes first alternating from pair to pair, so that the machine's load
     * falls on both alike; prints each side's median CPU seconds and checksum and the median of the per-pair ratios.
     */
    private static void alternate() {
        int runs = Integer.getInteger("speed.runs", 12);
        for (int r = 0; r < 3; r++) {
            Homonyms.enabled = r % 2 == 0;
            pass();
            Homonyms.enabled = r % 2 != 0;
            pass();
        }
        double[] on = new double[runs];
        double[] off = new double[runs];
        double[] ratio = new double[runs];
        long checkOn = 0;
        long checkOff = 0;
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < 2; k++) {
                boolean with = (r + k) % 2 == 0;
                Homonyms.enabled = with;
                long[] x = pass();
                if (with) {
                    on[r] = x[0] / 1e9;
                    checkOn = x[1];
                } else {
                    off[r] = x[0] / 1e9;
                    checkOff = x[1];
                }
            }
            ratio[r] = on[r] / off[r];
        }
        Homonyms.enabled = true;
        double[][] sorted = {on.clone(), off.clone(), ratio.clone()};
        for (double[] s : sorted) Arrays.sort(s);
        System.out.printf(java.util.Locale.ROOT, "%s with Homonyms: checksum %x, CPU seconds %s, median %.3f s%n"
                + "%s without:       checksum %x, CPU seconds %s, median %.3f s%n"
                + "ratio with/without per pair %s, median %.3f, ratio of medians %.3f%n", mode, checkOn,
                Arrays.toString(Arrays.stream(on).map(v -> Math.round(v * 1000) / 1000.0).toArray()), sorted[0][runs / 2],
                mode, checkOff, Arrays.toString(Arrays.stream(off).map(v -> Math.round(v * 1000) / 1000.0).toArray()),
                sorted[1][runs / 2], Arrays.toString(Arrays.stream(ratio).map(v -> Math.round(v * 1000) / 1000.0).toArray()),
                sorted[2][runs / 2], sorted[0][runs / 2] / sorted[1][runs / 2]);
    }

    /** Articles per pass. */
    static int size() {
        return articles.size();
    }

    private static void run() throws Exception {
        prepare();
        if ("homonyms".equals(System.getProperty("speed.ab"))) {
            alternate();
            return;
        }
        int runs = Integer.getInteger("speed.runs", 12);
        int warm = 3;
        double[] cpu = new double[runs];
        long check = 0;
        for (int r = 0; r < warm + runs; r++) {
            long[] x = pass();
            if (r >= warm) cpu[r - warm] = x[0] / 1e9;
            if (r > 0 && x[1] != check) throw new AssertionError("decisions differ between passes");
            check = x[1];
        }
        double[] s = cpu.clone();
        Arrays.sort(s);
        double med = s[runs / 2];
        System.out.printf(java.util.Locale.ROOT, "%s: checksum %x, CPU seconds %s, median %.3f s, min %.3f s = %.1f us"
                + " per article = %.0f articles per CPU second (best %.0f)%n", mode, check,
                Arrays.toString(Arrays.stream(cpu).map(v -> Math.round(v * 1000) / 1000.0).toArray()), med, s[0],
                med * 1e6 / articles.size(), articles.size() / med, articles.size() / s[0]);
    }
}
