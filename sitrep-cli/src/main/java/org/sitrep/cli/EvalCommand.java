package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.eval.EvalResult;
import org.sitrep.core.eval.Evaluator;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval --gold PATH}: runs the full pipeline on gold data and scores it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the full pipeline over gold data into a temporary store and scores it.",
                "PATH is a JSON Lines file like ../shared/datasets/*.jsonl, or a directory of articles with a "
                        + "gold.json like the seeds'.",
                "Articles are fed in stream order (date, then SHA-1 of the id, undated last); the pipeline sees "
                        + "only id, title, text, date, url and lang.",
                "Prints a table, then ONE JSON line with the summary (always the last line)."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "PATH", description = "Gold JSONL file or seeds-style directory.")
    Path gold;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the summary plus per-item errors here.")
    Path report;

    @Option(names = "--shuffle", paramLabel = "SEED", description = "Feed a seeded random order instead of stream order.")
    Long shuffle;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer workers;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N items of the file (for quick runs).")
    Integer limit;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(gold)) {
            System.err.println("sitrep eval: --gold " + gold + " does not exist");
            return ExitCodes.USAGE;
        }
        List<Problem> problems = new ArrayList<>();
        List<GoldItem> items = GoldLoader.load(gold, problems);
        problems.forEach(p -> System.err.println("problem: " + p));
        if (limit != null && limit < items.size()) items = items.subList(0, limit);
        if (items.isEmpty()) {
            System.err.println("sitrep eval: no usable items in " + gold);
            return ExitCodes.ERROR;
        }
        Path goldJson = Files.isDirectory(gold) && Files.exists(gold.resolve("gold.json")) ? gold.resolve("gold.json") : null;
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        EvalResult result;
        try (Progress progress = Progress.start("eval", items.size(), quiet)) {
            result = Evaluator.run(items, new Evaluator.Options(shuffle, w, goldJson, progress::stepTo));
        }
        System.out.print(result.table());
        if (report != null) {
            Files.writeString(report, result.reportJson());
            System.out.println("report written to " + report);
        }
        System.out.println(result.jsonLine());
        return ExitCodes.OK;
    }
}
