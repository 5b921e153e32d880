package org.sitrep.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.FigureExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;

/**
 * Measures killed / injured against the Gun Violence Archive dev set, per article and per incident
 * (max over the incident's articles). Prints the numbers; fails only on a collapse. Skips without the data.
 * Set -Dsitrep.gva.misses=FILE (or env SITREP_GVA_MISSES) to write the misses for inspection.
 */
class GvaFigureMeasureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String id, String event, Doc doc, int goldKilled, int goldInjured) {
    }

    static List<Row> load() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path file = Path.of(shared, "datasets", "gva-dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no GVA dev data at " + file + " (set sitrep.shared)");
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode n = JSON.readTree(line);
                JsonNode gold = n.get("gold");
                if (gold == null || gold.isNull() || !gold.hasNonNull("num_killed")) continue;
                LocalDate date = null;
                try {
                    date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText().substring(0, 10)) : null;
                } catch (RuntimeException e) {
                    date = null;
                }
                Article a = new Article(n.get("id").asText(), n.path("title").asText(""), n.path("text").asText(""), date,
                        n.path("url").asText(null), null, null, "en", "", "gva-dev", Map.of());
                rows.add(new Row(a.id(), n.get("event_id").asText(), Doc.of(a), gold.get("num_killed").asInt(),
                        gold.get("num_injured").asInt()));
            }
        }
        return rows;
    }

    static int value(List<Figure> figures, FigureKind kind) {
        for (Figure f : figures) if (f.kind() == kind) return f.value();
        return 0;
    }

    @Test
    void extract_gvaDev_printsAccuracy() throws IOException {
        List<Row> rows = load();
        FigureExtractor ex = Figures.standard();
        Map<String, int[]> perIncident = new LinkedHashMap<>();
        Map<String, int[]> gold = new LinkedHashMap<>();
        int k = 0;
        int i = 0;
        String misses = System.getProperty("sitrep.gva.misses", System.getenv("SITREP_GVA_MISSES"));
        PrintWriter out = misses == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(misses)));
        for (int w = 0; w < 200 && w < rows.size(); w++) ex.extract(rows.get(w).doc(), List.of());
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<List<Figure>> results = new ArrayList<>();
        for (Row r : rows) results.add(ex.extract(r.doc(), List.of()));
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        var facts = org.sitrep.core.extract.fact.Facts.standard();
        for (int w = 0; w < 200 && w < rows.size(); w++) facts.extract(rows.get(w).doc());
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        int factCount = 0;
        for (Row r : rows) factCount += facts.extract(r.doc()).size();
        double factSecs = (System.nanoTime() - t1) / 1e9;
        double factCpu = (mx.getCurrentThreadCpuTime() - c1) / 1e9;
        for (int idx = 0; idx < rows.size(); idx++) {
            Row r = rows.get(idx);
            List<Figure> figs = results.get(idx);
            int pk = value(figs, FigureKind.KILLED);
            int pi = value(figs, FigureKind.INJURED);
            if (pk == r.goldKilled()) k++;
            if (pi == r.goldInjured()) i++;
            int[] agg = perIncident.computeIfAbsent(r.event(), e -> new int[] {0, 0});
            agg[0] = Math.max(agg[0], pk);
            agg[1] = Math.max(agg[1], pi);
            gold.put(r.event(), new int[] {r.goldKilled(), r.goldInjured()});
            if (out != null && (pk != r.goldKilled() || pi != r.goldInjured())) {
                out.printf("=== %s %s pred k=%d i=%d gold k=%d i=%d%n  title: %s%n", r.id(), r.event(), pk, pi,
                        r.goldKilled(), r.goldInjured(), r.doc().article().title());
                for (Figure f : figs) out.printf("  %s %d %s by=%s | %s%n", f.kind(), f.value(), f.qualifier(),
                        f.reportedBy(), f.evidence().sentence().replace('\n', ' '));
            }
        }
        if (out != null) out.close();
        String dump = System.getProperty("sitrep.gva.dump", System.getenv("SITREP_GVA_DUMP"));
        if (dump != null) {
            try (PrintWriter d = new PrintWriter(Files.newBufferedWriter(Path.of(dump)))) {
                for (int idx = 0; idx < rows.size(); idx++) {
                    var node = JSON.createObjectNode().put("id", rows.get(idx).id()).put("event", rows.get(idx).event());
                    var arr = node.putArray("figures");
                    for (Figure f : results.get(idx)) {
                        arr.addObject().put("kind", f.kind().name()).put("value", f.value()).put("q", f.qualifier().name())
                                .put("conf", f.confidence()).put("sentence", f.evidence().sentence());
                    }
                    d.println(JSON.writeValueAsString(node));
                }
            }
        }
        int[] noKilled = new int[3];
        int[] noInjured = new int[3];
        for (int idx = 0; idx < rows.size(); idx++) {
            List<Figure> figs = results.get(idx);
            if (figs.stream().noneMatch(f -> f.kind() == FigureKind.KILLED)) noKilled[Math.min(2, rows.get(idx).goldKilled())]++;
            if (figs.stream().noneMatch(f -> f.kind() == FigureKind.INJURED)) noInjured[Math.min(2, rows.get(idx).goldInjured())]++;
        }
        System.out.printf("GVA default: articles with no KILLED figure have gold 0/1/2+: %d/%d/%d; no INJURED: %d/%d/%d%n",
                noKilled[0], noKilled[1], noKilled[2], noInjured[0], noInjured[1], noInjured[2]);
        int ik = 0;
        int ii = 0;
        for (var e : perIncident.entrySet()) {
            int[] g = gold.get(e.getKey());
            if (e.getValue()[0] == g[0]) ik++;
            if (e.getValue()[1] == g[1]) ii++;
        }
        int n = rows.size();
        int m = perIncident.size();
        System.out.printf("GVA figures: %d articles, killed exact %.3f, injured exact %.3f%n", n, k / (double) n, i / (double) n);
        System.out.printf("GVA figures: %d incidents (max over articles), killed exact %.3f, injured exact %.3f%n", m,
                ik / (double) m, ii / (double) m);
        System.out.printf("GVA figures: %.0f articles/s wall, %.0f per CPU-second, one thread (sentences pre-split)%n",
                n / secs, n / cpu);
        System.out.printf("GVA facts: %.0f articles/s wall, %.0f per CPU-second, one thread, %d facts%n", n / factSecs,
                n / factCpu, factCount);
        assertThat(k / (double) n).as("killed per article").isGreaterThan(0.83);
        assertThat(i / (double) n).as("injured per article").isGreaterThan(0.68);
        assertThat(ik / (double) m).as("killed per incident").isGreaterThan(0.87);
        assertThat(ii / (double) m).as("injured per incident").isGreaterThan(0.755);
    }
}
