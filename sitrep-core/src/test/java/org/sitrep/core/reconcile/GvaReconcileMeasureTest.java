package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.Extractors;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;

/**
 * Killed / injured per gva-dev incident with the <b>gold</b> clusters: every member article goes through the
 * standard extractor and the incident through the standard reconciler, so the numbers separate extraction and
 * reconciliation errors from clustering ones. Prints the numbers; fails only on a collapse. Skips without the data.
 * Set -Dsitrep.gva.incidents=FILE to write one JSON line per incident (gold, decided, each article's figures).
 */
class GvaReconcileMeasureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reconcile_gvaDevGoldClusters_printsAccuracy() throws IOException {
        List<DevData.Item> items = DevData.load("gva-dev.jsonl");
        Map<String, int[]> gold = goldFigures(DevData.shared().resolve("datasets").resolve("gva-dev.jsonl"));
        Extractor ex = Extractors.standard();
        List<ArticleFacts> facts = items.parallelStream().map(i -> ex.extract(i.article())).toList();
        Map<String, List<Member>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            DevData.Item it = items.get(i);
            clusters.computeIfAbsent(it.gold(), g -> new ArrayList<>())
                    .add(new Member(it.article(), facts.get(i), DedupDecision.original(it.article().id())));
        }
        Reconciler rec = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        String dump = System.getProperty("sitrep.gva.incidents");
        PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dump)));
        int n = 0;
        int k = 0;
        int inj = 0;
        for (var e : clusters.entrySet()) {
            int[] g = gold.get(e.getKey());
            if (g == null) continue;
            Incident incident = rec.reconcile(e.getKey(), e.getValue(), List.of());
            int pk = value(incident, FigureKind.KILLED);
            int pi = value(incident, FigureKind.INJURED);
            n++;
            if (pk == g[0]) k++;
            if (pi == g[1]) inj++;
            if (out != null) out.println(JSON.writeValueAsString(row(e.getKey(), g, pk, pi, e.getValue())));
        }
        if (out != null) out.close();
        System.out.printf("GVA gold clusters: %d incidents, killed exact %.4f, injured exact %.4f%n", n, k / (double) n,
                inj / (double) n);
        assertThat(k / (double) n).as("killed per incident").isGreaterThan(0.85);
        assertThat(inj / (double) n).as("injured per incident").isGreaterThan(0.75);
    }

    private static ObjectNode row(String event, int[] g, int pk, int pi, List<Member> members) {
        ObjectNode node = JSON.createObjectNode().put("event", event).put("gk", g[0]).put("gi", g[1]).put("pk", pk)
                .put("pi", pi);
        var arts = node.putArray("articles");
        for (Member m : members) {
            var a = arts.addObject().put("id", m.article().id()).put("title", m.article().title());
            var figs = a.putArray("figures");
            for (Figure f : m.facts().figures()) {
                if (f.kind() != FigureKind.KILLED && f.kind() != FigureKind.INJURED) continue;
                figs.addObject().put("kind", f.kind().name()).put("value", f.value()).put("q", f.qualifier().name())
                        .put("conf", f.confidence()).put("asOf", String.valueOf(f.asOf()))
                        .put("sentence", f.evidence().sentence());
            }
        }
        return node;
    }

    private static int value(Incident i, FigureKind kind) {
        Figure f = i.best().get(kind);
        return f == null ? 0 : f.value();
    }

    private static Map<String, int[]> goldFigures(Path file) throws IOException {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            var n = JSON.readTree(line);
            var g = n.get("gold");
            if (g == null || g.isNull() || !g.hasNonNull("num_killed")) continue;
            out.put(n.get("event_id").asText(), new int[] {g.get("num_killed").asInt(), g.get("num_injured").asInt()});
        }
        return out;
    }
}
