package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.DevData;
import org.sitrep.model.DuplicateKind;

/** Measures the deduplicator on the dev data (skips when ../shared is absent). */
class DeduplicatorDevTest {
    @Test
    void observe_seeds_translationPairFound() throws Exception {
        Deduplicator d = Deduplicators.standard();
        Map<String, DedupDecision> out = new HashMap<>();
        for (DevData.Item i : DevData.seeds()) out.put(i.article().id(), d.observe(i.article()));
        out.values().forEach(System.out::println);
        DedupDecision later = out.values().stream().filter(DedupDecision::isCopy).findFirst().orElseThrow();
        assertThat(later.kind()).isEqualTo(DuplicateKind.TRANSLATION);
        assertThat(List.of(later.articleId(), later.copyOf())).allMatch(s -> s.startsWith("003") || s.startsWith("004"));
        assertThat(out.values().stream().filter(DedupDecision::isCopy).count()).isEqualTo(1);
    }

    @Test
    void observe_gvaDev_reportsCopiesAndBoilerplate() throws Exception {
        List<DevData.Item> items = DevData.load("gva-dev.jsonl");
        Map<String, String> gold = DevData.gold(items);
        Deduplicator d = Deduplicators.standard();
        Map<DuplicateKind, int[]> byKind = new HashMap<>(); // [count, cross-incident]
        int flagged = 0;
        int flaggedFound = 0;
        int boilerNotFlagged = 0;
        List<String> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        List<DedupDecision> ds = new ArrayList<>();
        for (DevData.Item i : items) ds.add(d.observe(i.article()));
        double secs = (System.nanoTime() - t0) / 1e9;
        for (int k = 0; k < items.size(); k++) {
            DevData.Item i = items.get(k);
            DedupDecision dd = ds.get(k);
            if (i.boilerplateFlag()) flagged++;
            if (dd.kind() == null) continue;
            int[] c = byKind.computeIfAbsent(dd.kind(), x -> new int[2]);
            c[0]++;
            if (dd.copyOf() != null && !gold.get(dd.copyOf()).equals(i.gold())) {
                c[1]++;
                if (samples.size() < 6 && dd.kind() != DuplicateKind.BOILERPLATE) {
                    samples.add(dd + " | " + i.article().title() + " | " + i.article().text().length());
                }
            }
            if (dd.kind() == DuplicateKind.BOILERPLATE) {
                if (i.boilerplateFlag()) flaggedFound++;
                else boilerNotFlagged++;
            }
        }
        System.out.printf("gva dedup: %d articles in %.2fs (%.0f/s)%n", items.size(), secs, items.size() / secs);
        byKind.forEach((k, v) -> System.out.printf("  %s: %d (copies of another gold incident: %d)%n", k, v[0], v[1]));
        System.out.printf("  boilerplate flag: %d records, %d found as BOILERPLATE, %d BOILERPLATE not flagged%n",
                flagged, flaggedFound, boilerNotFlagged);
        samples.forEach(s -> System.out.println("  cross: " + s));
        assertThat(byKind).containsKey(DuplicateKind.EXACT);
    }

    /**
     * Pairwise precision and recall of the duplicate groups against gva-dev's {@code exact_dup_group}, and of the
     * BOILERPLATE kind against its {@code boilerplate_text} flag; prints the embedding cost per article.
     */
    @Test
    void observe_gvaDev_groupsAndBoilerplateAgainstFlags() throws Exception {
        List<DevData.Item> items = DevData.load("gva-dev.jsonl");
        Map<String, String> dupGroup = new HashMap<>();
        ObjectMapper om = new ObjectMapper();
        for (String line : Files.readAllLines(DevData.shared().resolve("datasets/gva-dev.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            if (!n.path("exact_dup_group").isMissingNode() && !n.path("exact_dup_group").isNull()) {
                dupGroup.put(n.path("id").asText(), n.path("exact_dup_group").asText());
            }
        }
        StandardDeduplicator d = new StandardDeduplicator();
        Map<String, String> predicted = new HashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (DevData.Item i : items) {
            DedupDecision dd = d.observe(i.article());
            predicted.put(i.article().id(), dd.groupId());
            boolean said = dd.kind() == DuplicateKind.BOILERPLATE;
            if (said && i.boilerplateFlag()) tp++;
            else if (said) fp++;
            else if (i.boilerplateFlag()) fn++;
        }
        long goldPairs = 0;
        long predPairs = 0;
        long both = 0;
        List<String> ids = new ArrayList<>(predicted.keySet());
        for (int x = 0; x < ids.size(); x++) {
            for (int y = x + 1; y < ids.size(); y++) {
                String a = ids.get(x);
                String b = ids.get(y);
                boolean g = dupGroup.containsKey(a) && dupGroup.get(a).equals(dupGroup.get(b));
                boolean p = predicted.get(a).equals(predicted.get(b));
                if (g) goldPairs++;
                if (p) predPairs++;
                if (g && p) both++;
            }
        }
        double bp = tp / (double) Math.max(1, tp + fp);
        double br = tp / (double) Math.max(1, tp + fn);
        System.out.printf("gva boilerplate: flagged %d, precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
                tp + fn, bp, br, tp, fp, fn);
        System.out.printf("gva exact_dup_group pairs: gold %d, predicted %d, precision %.3f, recall %.3f%n",
                goldPairs, predPairs, both / (double) Math.max(1, predPairs), both / (double) Math.max(1, goldPairs));
        long[] cost = d.embeddingCost();
        System.out.printf("gva embeddings: %d sentences for %d comparisons, %.1f ms wall, %.1f ms CPU in all, "
                        + "%.3f ms CPU per article, %d articles kept, %d evicted%n", cost[0], cost[2], cost[1] / 1e6,
                cost[3] / 1e6, cost[3] / 1e6 / items.size(), d.size(), d.evicted());
        assertThat(br).isGreaterThan(0.8);
        assertThat(bp).isGreaterThan(0.5);
        assertThat(both / (double) goldPairs).isGreaterThan(0.8);
    }
}
