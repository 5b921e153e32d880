package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code sitrep bench} mode runs end to end on a tiny input and ends with one JSON line (speed is not asserted). */
class BenchCommandTest {
    @TempDir
    Path tmp;
    Path input;

    @BeforeEach
    void writeInput() throws Exception {
        input = tmp.resolve("tiny.jsonl");
        Files.writeString(input, tinyDataset(50));
    }

    /** {@code n} invented reports: groups of five describe one incident in one invented town, with different wording. */
    static String tinyDataset(int n) {
        String[] towns = {"Brackenford", "Ellismoor", "Quarrydale", "Hatherby", "Lowmarsh", "Kestrelton", "Whitcombe",
                "Orrinsby", "Fenwater", "Marrowgate"};
        String[] openers = {"Police in %s said", "Officials from %s reported that", "Residents of %s learned that",
                "A spokesperson for %s confirmed that", "Emergency crews in %s said"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int incident = i / 5;
            String town = towns[incident % towns.length];
            int hurt = 2 + incident;
            String day = String.format("2024-%02d-%02d", 1 + incident % 12, 3 + i % 5);
            String text = String.format(openers[i % openers.length], town) + " " + hurt + " people were hurt when a"
                    + " warehouse caught fire on Main Street. The fire started late in the evening. Neighbours saw"
                    + " smoke for hours. Investigators from the county are looking at the wiring. A second update"
                    + " will follow, report " + i + ".";
            b.append("{\"id\":\"t").append(i).append("\",\"title\":\"Warehouse fire in ").append(town)
                    .append("\",\"text\":\"").append(text).append("\",\"date\":\"").append(day).append("\"}\n");
        }
        return b.toString();
    }

    private static JsonNode lastJson(SeedsEndToEndTest.Run r) throws Exception {
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as(r.err()).isNotEmpty();
        assertThat(lines.size()).as("a table before the JSON line").isGreaterThan(1);
        return Json.MAPPER.readTree(lines.get(lines.size() - 1));
    }

    @Test
    void bench_tinyDataset_measuresEveryStageAndEndsWithJson() throws Exception {
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("bench", "--input", input.toString(), "--rounds", "1",
                "--workers", "1");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = lastJson(r);
        assertThat(j.path("articles").asInt()).isEqualTo(50);
        for (String k : List.of("normalize_per_s", "extract_per_s_1thread", "extract_per_s", "dedup_per_s",
                "cluster_per_s", "dedup_cluster_per_s", "pipeline_per_s")) {
            assertThat(j.path(k).asDouble()).as(k).isPositive();
        }
    }

    @Test
    void bench_scaleOnTinyDataset_reportsEachSizeWithHeap() throws Exception {
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("bench", "--scale", "--input", input.toString(), "--sizes",
                "100,300", "--window", "20");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = lastJson(r);
        assertThat(j.path("points")).hasSize(2);
        assertThat(j.path("points").get(1).path("size").asLong()).isEqualTo(300);
        assertThat(j.path("points").get(1).path("heap_mb").asDouble()).isPositive();
        assertThat(j.path("stopped").asText()).isEqualTo("no");
        // warmed on a throwaway state first; the dedup counters come per timed article
        assertThat(j.path("warmup").path("size").asLong()).isEqualTo(100);
        assertThat(j.path("points").get(0).path("at").asLong()).isEqualTo(100);
        assertThat(j.path("points").get(1).path("dedup_work_per_article").path("observed").asDouble()).isPositive();
        assertThat(j.path("points").get(1).path("dedup_work_per_article").path("kept").asLong()).isPositive();
    }

    @Test
    void bench_scaleWithoutDedup_measuresClusteringAlone() throws Exception {
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("bench", "--scale", "--no-dedup", "--input", input.toString(),
                "--sizes", "100,200", "--window", "20");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = lastJson(r);
        assertThat(j.path("dedup").asBoolean()).isFalse();
        assertThat(j.path("points")).hasSize(2);
        assertThat(j.path("points").get(1).path("dedup_us").asDouble()).isLessThan(1.0);
        assertThat(j.path("points").get(1).path("cluster_us").asDouble()).isPositive();
    }

    @Test
    void bench_loadWithThousandIncidents_servesWithoutErrors() throws Exception {
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("bench", "--load", "--incidents", "1000", "--clients", "4",
                "--seconds", "5", "--driver", "java"); // long enough to finish requests on a busy machine
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = lastJson(r);
        assertThat(j.path("driver").asText()).isEqualTo("java");
        assertThat(j.path("errors").asLong()).as(j.path("first_error").asText()).isZero();
        assertThat(j.path("requests").asLong()).isPositive();
        assertThat(j.path("p99_ms").asDouble()).isPositive();
        assertThat(j.has("page_per_s_p50_p95_p99")).as("cursor pages in the mix").isTrue();
        assertThat(j.path("process_cpu_ms_per_request").asDouble()).isPositive();
    }

    @Test
    void bench_loadWithWrk_servesWithoutErrors() throws Exception {
        boolean wrk = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(d.isEmpty() ? "." : d, "wrk")));
        assumeTrue(wrk, "wrk is not installed: the wrk load driver is not tested here");
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("bench", "--load", "--incidents", "1000", "--clients", "4",
                "--seconds", "2", "--driver", "wrk");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = lastJson(r);
        assertThat(j.path("driver").asText()).isEqualTo("wrk");
        assertThat(j.path("errors").asLong()).as(j.path("first_error").asText()).isZero();
        assertThat(j.path("requests").asLong()).isGreaterThan(10);
        assertThat(j.path("p99_ms").asDouble()).isPositive();
    }

    @Test
    void bench_jmhInProcess_runsEveryBenchmark() throws Exception {
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("bench", "--jmh", "--input", input.toString(), "--jmh-args",
                "-f 0 -wi 0 -i 1 -r 100ms -p articles=20 -p prefill=10 -p pool=60");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = lastJson(r);
        for (String k : List.of("StageBenchmarks.normalize", "StageBenchmarks.extract", "StageBenchmarks.dedupObserve",
                "StageBenchmarks.clusterAssign")) {
            assertThat(j.path(k).asText()).as(k).endsWith("us/op");
        }
    }
}
