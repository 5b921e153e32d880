package org.sitrep.core.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        for (Pair p : align(gold, predicted)) {
            if (p.gold() == null || p.predicted() == null) continue;
            relaxed++;
            if (p.strict()) strict++;
            if (p.sameValue()) value++;
        }
        return new Score(gold.size(), predicted.size(), strict, relaxed, value);
    }

    /** A gold expression and the prediction matched to it; either is null when it has no partner. */
    public record Pair(Timex gold, Timex predicted) {
        /** Both present with identical offsets. */
        public boolean strict() {
            return gold != null && predicted != null && gold.start() == predicted.start()
                    && gold.end() == predicted.end();
        }

        /** Both present with the same value. */
        public boolean sameValue() {
            return gold != null && predicted != null && TimexScorer.sameValue(gold, predicted);
        }
    }

    /**
     * The one-to-one alignment the scores count: each gold expression in turn takes the unused overlapping
     * prediction with its value, else the nearest one. Gold without a partner, then predictions without one
     * (spurious), follow in text order.
     */
    public static List<Pair> align(List<Timex> gold, List<Timex> predicted) {
        boolean[] used = new boolean[predicted.size()];
        List<Pair> out = new ArrayList<>();
        for (Timex g : gold) {
            int best = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i] || !predicted.get(i).overlaps(g)) continue;
                if (best < 0 || better(g, predicted.get(i), predicted.get(best))) best = i;
            }
            if (best >= 0) used[best] = true;
            out.add(new Pair(g, best < 0 ? null : predicted.get(best)));
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) out.add(new Pair(null, predicted.get(i)));
        }
        return out;
    }

    private static final Pattern SHORT_WEEK = Pattern.compile("^(\\d{4})-W(\\d)(?=$|-)");
    private static final Pattern HOUR_ONLY = Pattern.compile("T(\\d{2})$");

    /** True when the two values are the same TIMEX3 value, written alike or not ({@link #canonical}). */
    static boolean sameValue(Timex a, Timex b) {
        return a.value().equals(b.value()) || canonical(a.value()).equals(canonical(b.value()));
    }

    /**
     * The ISO 8601 spelling of a value: a one-digit week is zero-padded ("2000-W7" is "2000-W07") and an hour
     * without minutes gets them ("1989-11-06T17" is "1989-11-06T17:00"). Some TempEval-3 gold values are
     * written the short way; the value is the same, so it must not count as an error.
     */
    static String canonical(String value) {
        String v = SHORT_WEEK.matcher(value).replaceFirst("$1-W0$2");
        return HOUR_ONLY.matcher(v).replaceFirst("T$1:00");
    }

    private static boolean better(Timex g, Timex a, Timex b) {
        boolean av = sameValue(a, g);
        boolean bv = sameValue(b, g);
        if (av != bv) return av;
        return Math.abs(a.start() - g.start()) < Math.abs(b.start() - g.start());
    }
}
