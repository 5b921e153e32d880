package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.IngestReport;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.ingest.RecordSink;
import org.sitrep.core.internal.Outcome;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * Measures ingest + normalise on ../shared/datasets/gva-dev.jsonl (single thread) and checks broad sanity:
 * every record with text becomes an article, dates are found for most, the canonical URL is the live one.
 */
class GvaThroughputTest {
    @Test
    void ingestAndNormalize_gvaDev_measured() {
        String shared = System.getProperty("sitrep.shared");
        Path gva = shared == null ? null : Path.of(shared, "datasets", "gva-dev.jsonl");
        assumeTrue(gva != null && Files.isRegularFile(gva), "skipped: ../shared/datasets/gva-dev.jsonl not found");
        Normalizer n = Normalizers.standard();
        n.normalize(new RawRecord("warm-up", "", null, null, "A short warm-up text for the language model to load.",
                null, null, null, null, null));
        int[] counts = new int[6]; // articles, failed, dated, english, warnings, dated without the date field
        Map<String, Integer> failures = new TreeMap<>();
        List<RawRecord> undated = new ArrayList<>();
        long t0 = System.nanoTime();
        IngestReport report = Ingestor.standard().ingest(List.of(gva.toString()), null, new RecordSink() {
            @Override
            public void accept(RawRecord record) {
                Outcome<Article> o = n.normalize(record);
                if (o.isOk()) {
                    counts[0]++;
                    if (o.value().published() != null) counts[2]++;
                    if (o.value().lang().equals("en")) counts[3]++;
                    counts[4] += o.problems().size();
                    undated.add(new RawRecord(record.source(), record.location(), record.id(), record.title(),
                            record.text(), record.html(), null, record.url(), record.lang(), record.extra()));
                } else {
                    counts[1]++;
                    o.problems().forEach(p -> failures.merge(p.message(), 1, Integer::sum));
                }
            }

            @Override
            public void problem(Problem problem) {
                failures.merge("ingest: " + problem.message(), 1, Integer::sum);
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        for (RawRecord r : undated) if (n.normalize(r).value().published() != null) counts[5]++;
        System.out.printf("gva-dev: %d records, %d articles, %d failed, %.1f s, %.0f records/s"
                        + " (one thread), published non-null %d (%.1f%%), from URL/dateline alone %d (%.1f%%),"
                        + " lang=en %d, warnings %d, failures %s%n", report.records(), counts[0], counts[1], secs,
                report.records() / secs, counts[2], 100.0 * counts[2] / counts[0], counts[5],
                100.0 * counts[5] / counts[0], counts[3], counts[4], failures);
        assertThat(report.problems()).isZero();
        assertThat(counts[0] + counts[1]).isEqualTo((int) report.records());
        assertThat(counts[2]).isGreaterThan(counts[0] * 9 / 10);
        assertThat(counts[3]).isGreaterThan(counts[0] * 9 / 10);
    }
}
