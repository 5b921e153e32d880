package org.sitrep.core.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores a clustering against gold labels, with the same definitions and conventions as the peers'
 * {@code score.py}: BCubed precision/recall/F1 (Bagga and Baldwin 1998) averaged over articles, pairwise
 * precision/recall/F1 over unordered pairs, and cluster counts, over all gold articles ("all") and over the
 * articles of gold clusters with at least two members ("multi", with predicted clusters restricted to those
 * articles). A ratio with a zero denominator is 1; F1 is 0 when precision + recall is 0. Gold articles
 * missing from the predictions count as singletons; predicted ids unknown to gold are ignored. Stateless and
 * thread-safe.
 */
public final class ClusterMetrics {
    /** Scores over one article set. */
    public record Scores(int n, int predClusters, int goldClusters, double bcubedP, double bcubedR,
                         double bcubedF1, double pairP, double pairR, double pairF1) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "n=%d pred=%d gold=%d BCubed P=%.4f R=%.4f F1=%.4f pairwise P=%.4f R=%.4f F1=%.4f",
                    n, predClusters, goldClusters, bcubedP, bcubedR, bcubedF1, pairP, pairR, pairF1);
        }
    }

    /** The full report: all articles, multi-article gold clusters, and alignment counts. */
    public record Report(Scores all, Scores multi, int missing, int unknown) {
    }

    private ClusterMetrics() {
    }

    /**
     * Scores {@code predicted} (article id to cluster id) against {@code gold} (article id to gold cluster id).
     */
    public static Report evaluate(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, String> aligned = new LinkedHashMap<>();
        int missing = 0;
        for (String a : gold.keySet()) {
            String p = predicted.get(a);
            if (p == null) {
                missing++;
                aligned.put(a, "\u0000missing\u0000" + a);
            } else {
                aligned.put(a, "p:" + p);
            }
        }
        int unknown = 0;
        for (String a : predicted.keySet()) if (!gold.containsKey(a)) unknown++;
        Map<String, Integer> gsize = counts(gold);
        Map<String, String> goldMulti = new LinkedHashMap<>();
        Map<String, String> predMulti = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            if (gsize.get(e.getValue()) >= 2) {
                goldMulti.put(e.getKey(), e.getValue());
                predMulti.put(e.getKey(), aligned.get(e.getKey()));
            }
        }
        return new Report(scores(gold, aligned), scores(goldMulti, predMulti), missing, unknown);
    }

    /** Scores two labelings of the same article set. */
    static Scores scores(Map<String, String> gold, Map<String, String> pred) {
        int n = gold.size();
        if (n == 0) return new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0);
        Map<String, Integer> csize = counts(pred);
        Map<String, Integer> gsize = counts(gold);
        Map<String, Integer> cells = new HashMap<>();
        for (String a : gold.keySet()) cells.merge(pred.get(a) + "\u0001" + gold.get(a), 1, Integer::sum);
        double pSum = 0;
        double rSum = 0;
        long tp = 0;
        for (Map.Entry<String, Integer> cell : cells.entrySet()) {
            int sep = cell.getKey().indexOf('\u0001');
            String c = cell.getKey().substring(0, sep);
            String g = cell.getKey().substring(sep + 1);
            long k = cell.getValue();
            pSum += (double) (k * k) / csize.get(c);
            rSum += (double) (k * k) / gsize.get(g);
            tp += pairs(k);
        }
        double bp = pSum / n;
        double br = rSum / n;
        long predPairs = csize.values().stream().mapToLong(ClusterMetrics::pairs).sum();
        long goldPairs = gsize.values().stream().mapToLong(ClusterMetrics::pairs).sum();
        double pp = predPairs == 0 ? 1.0 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1.0 : (double) tp / goldPairs;
        return new Scores(n, csize.size(), gsize.size(), bp, br, f1(bp, br), pp, pr, f1(pp, pr));
    }

    private static long pairs(long k) {
        return k * (k - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(Map<String, String> labels) {
        Map<String, Integer> out = new HashMap<>();
        for (String v : labels.values()) out.merge(v, 1, Integer::sum);
        return out;
    }
}
