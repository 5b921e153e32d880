package org.sitrep.core.extract.time;

import java.util.List;

/**
 * TempEval-3 style scoring of found time expressions against gold ones: strict span F1 (identical
 * offsets), relaxed span F1 (overlap), and value F1 (overlap with an identical TIMEX3 value). Matching is
 * one-to-one. Stateless; accumulate documents with {@link Score#plus}.
 */
public final class TimexScorer {
    private TimexScorer() {
    }

    /** Counts over one or more documents. */
    public record Score(int gold, int predicted, int strict, int relaxed, int value) {
        public static final Score EMPTY = new Score(0, 0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(gold + o.gold, predicted + o.predicted, strict + o.strict, relaxed + o.relaxed,
                    value + o.value);
        }

        public double strictF1() {
            return f1(strict);
        }

        public double relaxedF1() {
            return f1(relaxed);
        }

        public double valueF1() {
            return f1(value);
        }

        private double f1(int tp) {
            if (tp == 0) return 0;
            double p = tp / (double) predicted;
            double r = tp / (double) gold;
            return 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("gold=%d predicted=%d strictF1=%.3f relaxedF1=%.3f valueF1=%.3f",
                    gold, predicted, strictF1(), relaxedF1(), valueF1());
        }
    }

    /** Scores one document's predictions against its gold expressions. */
    public static Score score(List<Timex> gold, List<Timex> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        for (Timex g : gold) {
            int best = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i] || !predicted.get(i).overlaps(g)) continue;
                if (best < 0 || better(g, predicted.get(i), predicted.get(best))) best = i;
            }
            if (best < 0) continue;
            used[best] = true;
            Timex p = predicted.get(best);
            relaxed++;
            if (p.start() == g.start() && p.end() == g.end()) strict++;
            if (p.value().equals(g.value())) value++;
        }
        return new Score(gold.size(), predicted.size(), strict, relaxed, value);
    }

    private static boolean better(Timex g, Timex a, Timex b) {
        boolean av = a.value().equals(g.value());
        boolean bv = b.value().equals(g.value());
        if (av != bv) return av;
        return Math.abs(a.start() - g.start()) < Math.abs(b.start() - g.start());
    }
}
