package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.eval.EvalResult;
import org.sitrep.core.eval.Evaluator;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.model.Problem;
import org.sitrep.testkit.Seeds;

/**
 * {@code sitrep eval} is reproducible: two runs over the seeds, and a run with one worker, give the same summary
 * (less the timings and heap) and the same per-item errors. The gva-dev version of this check, with the
 * pipeline's per-record trace, is sitrep-core's {@code PipelineReproducibilityTest}.
 */
class EvalReproducibilityTest {
    private static final List<String> MEASURED = List.of("seconds", "articles_per_s", "peak_heap_mb");

    @TempDir
    Path tmp;

    private static Map<String, Object> result(List<GoldItem> items, int workers, Path goldJson) throws Exception {
        EvalResult r = Evaluator.run(items, new Evaluator.Options(null, workers, goldJson, null));
        Map<String, Object> out = new LinkedHashMap<>(r.summary());
        MEASURED.forEach(out::remove);
        out.put("errors", r.errors());
        return out;
    }

    @Test
    void eval_seedsTwiceAndOnOneWorker_sameResult() throws Exception {
        Path dir = Seeds.copyTo(tmp.resolve("seeds"));
        List<Problem> problems = new ArrayList<>();
        List<GoldItem> items = GoldLoader.load(dir, problems);
        assertThat(problems).isEmpty();
        Map<String, Object> first = result(items, 4, dir.resolve("gold.json"));
        assertThat(first).containsEntry("seeds_checks_passed", first.get("seeds_checks_total"));
        assertThat(result(items, 4, dir.resolve("gold.json"))).isEqualTo(first);
        assertThat(result(items, 1, dir.resolve("gold.json"))).isEqualTo(first);
    }
}
