package org.sitrep.core.dedup;

import java.util.List;
import java.util.Set;

/**
 * Ordered sentence alignment for translation and paraphrase copies. Two sentences match when their
 * content-word stems and numbers overlap enough (overlap coefficient, so that one sentence may match a
 * translated sentence that merges two). Sentences are aligned monotonically, several to one allowed, by dynamic
 * programming; the coverage of a side is the share of its sentences that find a partner in order.
 */
final class Alignment {
    /** Overlap coefficient at which two sentence signatures are taken as the same sentence. */
    static final double SENTENCE_OVERLAP = 0.5;

    private Alignment() {
    }

    /** Share of the sentences of {@code a} aligned in order with sentences of {@code b}. */
    static double coverage(List<Set<String>> a, List<Set<String>> b) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) return 0;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            cur[0] = 0;
            Set<String> si = a.get(i - 1);
            for (int j = 1; j <= m; j++) {
                int best = Math.max(cur[j - 1], prev[j]);
                if (matches(si, b.get(j - 1))) best = Math.max(best, prev[j] + 1);
                cur[j] = best;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] / (double) n;
    }

    static boolean matches(Set<String> x, Set<String> y) {
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        int common = 0;
        for (String s : small) if (large.contains(s)) common++;
        return common >= 2 && common >= SENTENCE_OVERLAP * small.size();
    }
}
