package org.sitrep.core.dedup;

/**
 * Ordered sentence alignment for translation and paraphrase copies. Sentences are aligned monotonically,
 * several to one allowed, by dynamic programming; the coverage of a side is the share of its sentences that
 * find a partner in order. Two similarity tests plug in: overlap of content-word stems and numbers (cheap,
 * catches close paraphrases) and cosine of sentence embeddings (catches rewordings that share few words).
 */
final class Alignment {
    /** Overlap coefficient at which two sentence signatures are taken as the same sentence. */
    static final double SENTENCE_OVERLAP = 0.5;

    /** Whether sentence {@code i} of one side matches sentence {@code j} of the other. */
    interface Match {
        boolean test(int i, int j);
    }

    private Alignment() {
    }

    /** Coverage of both sides, the smaller of the two, for {@code n} against {@code m} sentences. */
    static double coverage(int n, int m, Match match) {
        if (n == 0 || m == 0) return 0;
        boolean[][] ok = new boolean[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) ok[i][j] = match.test(i, j);
        return Math.min(cover(ok, n, m, false), cover(ok, m, n, true));
    }

    private static double cover(boolean[][] ok, int n, int m, boolean transposed) {
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            cur[0] = 0;
            for (int j = 1; j <= m; j++) {
                int best = Math.max(cur[j - 1], prev[j]);
                boolean hit = transposed ? ok[j - 1][i - 1] : ok[i - 1][j - 1];
                if (hit) best = Math.max(best, prev[j] + 1);
                cur[j] = best;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] / (double) n;
    }

    /** The stem-overlap test over two packed signature arrays ({@link TextSketch#sentences}). */
    static double stemCoverage(char[] a, char[] b) {
        int[] sa = TextSketch.sentenceStarts(a);
        int[] sb = TextSketch.sentenceStarts(b);
        return coverage(sa.length, sb.length, (i, j) -> matches(a, sa[i], b, sb[j]));
    }

    static boolean matches(char[] a, int ia, char[] b, int ib) {
        int na = a[ia];
        int nb = b[ib];
        int i = ia + 1;
        int j = ib + 1;
        int ea = i + na;
        int eb = j + nb;
        int common = 0;
        while (i < ea && j < eb) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                common++;
                i++;
                j++;
            }
        }
        return common >= 2 && common >= SENTENCE_OVERLAP * Math.min(na, nb);
    }
}
