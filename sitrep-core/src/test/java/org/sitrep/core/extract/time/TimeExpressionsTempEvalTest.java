package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures TimeExpressions on TempEval-3 train (TimeBank + AQUAINT) from the shared datasets. */
class TimeExpressionsTempEvalTest {
    @Test
    void find_tempeval3Train_reachesValueF1Floor() throws IOException {
        Path shared = TempEvalCorpus.shared();
        Path file = shared == null ? null : shared.resolve("datasets/tempeval3-train.jsonl");
        assumeTrue(file != null && Files.isRegularFile(file),
                "skipped: shared datasets not found (set -Dsitrep.shared to the folder holding datasets/)");
        List<TempEvalCorpus.Doc> docs = TempEvalCorpus.load(file);
        boolean dump = Boolean.getBoolean("timex.dump");
        TimexScorer.Score total = TimexScorer.Score.EMPTY;
        long t0 = System.nanoTime();
        for (TempEvalCorpus.Doc d : docs) {
            List<Timex> found = TimeExpressions.find(d.text(), d.dct());
            total = total.plus(TimexScorer.score(d.gold(), found));
            if (dump) dump(d, found);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("TempEval-3 train (" + docs.size() + " docs, " + ms + " ms): " + total);
        assertTrue(total.strictF1() >= 0.865, "strict F1 " + total.strictF1());
        assertTrue(total.valueF1() >= 0.825, "value F1 " + total.valueF1());
    }

    private static void dump(TempEvalCorpus.Doc d, List<Timex> found) {
        for (Timex g : d.gold()) {
            Timex p = found.stream().filter(f -> f.overlaps(g)).findFirst().orElse(null);
            if (p == null) System.out.println("MISS\t" + g.type() + "\t" + g.text() + "\t" + g.value() + "\t" + d.dct());
            else if (!p.value().equals(g.value()))
                System.out.println("VAL\t" + g.type() + "\t" + g.text() + "\t" + g.value() + "\t" + p.text() + "\t"
                        + p.value() + "\t" + d.dct() + "\t" + ctx(d.text(), g.start()));
            else if (p.start() != g.start() || p.end() != g.end())
                System.out.println("SPAN\t" + g.text() + "\t" + p.text());
        }
        for (Timex p : found) {
            if (d.gold().stream().noneMatch(g -> g.overlaps(p)))
                System.out.println("FP\t" + p.type() + "\t" + p.text() + "\t" + p.value() + "\t" + ctx(d.text(), p.start()));
        }
    }

    private static String ctx(String text, int at) {
        return text.substring(Math.max(0, at - 50), Math.min(text.length(), at + 50)).replace('\n', ' ');
    }
}
