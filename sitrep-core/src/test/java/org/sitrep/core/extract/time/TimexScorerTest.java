package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.time.Timex.Type;

class TimexScorerTest {
    private static Timex t(String value, int start, int end) {
        return new Timex(Type.DATE, value, start, end, "x".repeat(end - start));
    }

    @Test
    void score_exactSpanSameValue_countsEverywhere() {
        TimexScorer.Score s = TimexScorer.score(List.of(t("2013-03-22", 0, 6)), List.of(t("2013-03-22", 0, 6)));
        assertEquals(1.0, s.strictF1());
        assertEquals(1.0, s.valueF1());
    }

    @Test
    void score_overlapWithSameValue_isValueMatchButNotStrict() {
        TimexScorer.Score s = TimexScorer.score(List.of(t("2013-03-15", 0, 11)), List.of(t("2013-03-15", 5, 11)));
        assertEquals(0.0, s.strictF1());
        assertEquals(1.0, s.relaxedF1());
        assertEquals(1.0, s.valueF1());
    }

    @Test
    void score_wrongValueAndSpuriousPrediction_lowerPrecision() {
        TimexScorer.Score s = TimexScorer.score(List.of(t("2013", 0, 4), t("P3D", 10, 16)),
                List.of(t("2013", 0, 4), t("P2D", 10, 16), t("PRESENT_REF", 20, 23)));
        assertEquals(2, s.gold());
        assertEquals(3, s.predicted());
        assertEquals(2, s.strict());
        assertEquals(1, s.value());
        assertEquals(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), s.valueF1(), 1e-9);
    }

    @Test
    void score_nothingPredicted_isZero() {
        TimexScorer.Score s = TimexScorer.score(List.of(t("2013", 0, 4)), List.of());
        assertEquals(0.0, s.valueF1());
        assertEquals(s, TimexScorer.Score.EMPTY.plus(s));
    }

    @Test
    void score_sameValueSpelledShort_countsAsValueMatch() {
        TimexScorer.Score s = TimexScorer.score(List.of(t("2000-W7", 0, 9), t("1989-11-06T17", 10, 20)),
                List.of(t("2000-W07", 0, 9), t("1989-11-06T17:00", 10, 20)));
        assertEquals(2, s.value());
        assertEquals("2000-W07-WE", TimexScorer.canonical("2000-W7-WE"));
        assertEquals("2000-W12", TimexScorer.canonical("2000-W12"));
        assertEquals("P17D", TimexScorer.canonical("P17D"));
    }

    @Test
    void score_differentWeek_isNoValueMatch() {
        TimexScorer.Score s = TimexScorer.score(List.of(t("2000-W7", 0, 9)), List.of(t("2000-W17", 0, 9)));
        assertEquals(0, s.value());
    }
}
