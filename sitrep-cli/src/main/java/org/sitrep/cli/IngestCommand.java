package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.core.ingest.Format;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.IngestReport;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.PipelineListener;
import org.sitrep.core.pipeline.RunReport;
import org.sitrep.core.store.Store;
import org.sitrep.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest PATH...}: reads articles through the whole pipeline into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles from files, directories, globs or stdin ('-') through the whole pipeline "
                + "into the store.",
                "Formats (auto-detected; gzip of any is fine): text (seed format), jsonl, csv, html, feed (RSS/Atom), warc.",
                "Bad files and records are reported one per line on stderr; the rest of the batch goes on.",
                "Exit codes: 0 ok, 1 error, 2 usage, 3 some input was bad (reported)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (recursive), globs, or - for stdin.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "F", description = "Input format, overriding detection: "
            + "text, jsonl, csv, html, feed, warc.")
    String format;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer workers;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Articles per committed batch; a crash loses at most one batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() {
        Format override = null;
        if (format != null) {
            override = Format.fromName(format).orElse(null);
            if (override == null) {
                System.err.println("sitrep ingest: unknown --format '" + format
                        + "' (expected text, jsonl, csv, html, feed or warc)");
                return ExitCodes.USAGE;
            }
        }
        try (Store store = data.open(); Progress progress = Progress.start("ingest", 0, quiet)) {
            PipelineListener listener = new PipelineListener() {
                @Override
                public void onProblem(Problem problem) {
                    System.err.println("problem: " + problem);
                }

                @Override
                public void onCommit(long processed) {
                    progress.stepTo(processed);
                }
            };
            Pipeline.Builder b = Pipeline.builder().defaults().store(store).listener(listener).batchSize(batch);
            if (workers != null) b.workers(workers);
            IngestReport ingest;
            RunReport run;
            try (Pipeline pipeline = b.build()) {
                ingest = Ingestor.standard().ingest(inputs, override, pipeline);
                run = pipeline.finish();
            }
            progress.close();
            System.out.printf("ingested %d files, %d records: %d new, %d unchanged, %d revised, %d failed; "
                            + "%d incidents changed (%d in store); %d problems; %.1f s%n",
                    ingest.files(), run.records(), run.stored(), run.unchanged(), run.revisions(), run.failed(),
                    run.incidentsChanged(), store.incidentCount(), run.problemCount(), run.seconds());
            return run.problemCount() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
    }
}
