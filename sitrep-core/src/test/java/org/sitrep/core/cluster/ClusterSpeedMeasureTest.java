package org.sitrep.core.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;

/**
 * Clustering alone over gva-dev, as {@code bench --peer}'s "cluster alone" (facts and dedup decisions computed
 * beforehand), timed in CPU seconds of this thread: 3 warm-up passes, then {@code -Dspeed.runs} (12) timed ones, with a
 * checksum of every assignment so that two versions can be checked for the same decisions. A measure, not a check:
 * runs only with {@code -Dsitrep.speed=true} (docs/PERFORMANCE.md, session 10). Also runs as a main class, so that
 * two builds can be timed side by side without Maven.
 */
class ClusterSpeedMeasureTest {
    public static void main(String[] args) throws Exception {
        run();
    }

    @Test
    void clusterAlone_cpuPerArticle() throws Exception {
        assumeTrue(Boolean.getBoolean("sitrep.speed"), "a measure: run with -Dsitrep.speed=true");
        run();
    }

    private static void run() throws Exception {
        List<DevData.Item> items = DevData.load(System.getProperty("speed.data", "gva-dev.jsonl"));
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        List<ClusterInput> in = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            var a = items.get(k).article();
            in.add(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int runs = Integer.getInteger("speed.runs", 12);
        int warm = 3;
        double[] cpu = new double[runs];
        long check = 0;
        for (int r = 0; r < warm + runs; r++) {
            IncidentClusterer c = Clusterers.standard();
            long h = 1;
            long c0 = mx.getCurrentThreadCpuTime();
            for (ClusterInput x : in) h = h * 31 + c.assign(x).toString().hashCode();
            long c1 = mx.getCurrentThreadCpuTime();
            if (r >= warm) cpu[r - warm] = (c1 - c0) / 1e9;
            if (r > 0 && h != check) throw new AssertionError("decisions differ between passes");
            check = h;
        }
        double[] s = cpu.clone();
        Arrays.sort(s);
        double med = s[runs / 2];
        System.out.printf(java.util.Locale.ROOT, "cluster alone: checksum %x, CPU seconds %s, median %.3f s = %.1f us per"
                + " article = %.0f articles per CPU second%n", check,
                Arrays.toString(Arrays.stream(cpu).map(v -> Math.round(v * 1000) / 1000.0).toArray()), med,
                med * 1e6 / in.size(), in.size() / med);
    }
}
