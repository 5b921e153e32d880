package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

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
}
