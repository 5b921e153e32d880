package org.sitrep.core.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;

/**
 * Error analysis: the stream of assignments, one line per article (gold incident, publication and extracted dates,
 * place, year written, the incident joined, merges and splits), each followed by its candidates scoring at least 0.05
 * with the gold composition of the candidate incident at that moment and the non-zero features. Shows how an early
 * false join grows (the first reports of a second event joining the first). Run with {@code -Dtest=ClustererTraceTest
 * -Dsitrep.trace=FILE} (outside the repository; {@code -Dsitrep.traceFile=gva-dev.jsonl} for another dev file, {@code
 * -Dsitrep.normalize=true} as in {@code sitrep eval}).
 */
class ClustererTraceTest {
    @Test
    void assign_devFile_writesTrace() throws Exception {
        String out = System.getProperty("sitrep.trace");
        Assumptions.assumeTrue(out != null, "skipped: set -Dsitrep.trace=FILE to write the trace");
        List<DevData.Item> items = DevData.load(System.getProperty("sitrep.traceFile", "ecbplus-dev.jsonl"));
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        LinkModel m = LinkModel.standard();
        Map<String, String> pred = new HashMap<>();
        Map<String, String> alias = new HashMap<>();
        Map<String, String> gold = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            DevData.Item it = items.get(k);
            var a = it.article();
            ArticleRep rep = c.represent(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
            List<StandardClusterer.Candidate> cands = c.candidates(rep);
            Map<String, Map<String, Integer>> comp = composition(pred, alias, gold);
            Assignment as = c.assign(rep, ds.get(k));
            gold.put(a.id(), it.gold());
            pred.put(a.id(), as.incidentId());
            for (String x : as.merged()) alias.put(x, as.incidentId());
            for (Assignment.Split sp : as.splits()) DevRun.applySplit(pred, alias, sp);
            var f = DevRun.facts(a);
            sb.append(String.format(Locale.ROOT, "%d %s gold=%s pub=%s inc=%s place=%s year=%d prot=%s -> %s%s%s%s%n", k, a.id(), it.gold(),
                    a.published(), f.incidentDate() == null ? null : f.incidentDate().date(),
                    f.incidentPlace().map(p -> p.name()).orElse(null), rep.year(), words(c, rep.protagonists()),
                    as.incidentId(), as.isNew() ? " NEW" : "",
                    as.merged().isEmpty() ? "" : " MERGED " + as.merged(), as.splits().isEmpty() ? "" : " SPLIT " + as.splits()));
            for (StandardClusterer.Candidate cand : cands) {
                double p = m.probability(cand.features());
                if (p < 0.05) continue;
                sb.append(String.format(Locale.ROOT, "   p=%.3f %s %s %s%n", p, cand.incidentId(),
                        comp.get(resolve(alias, cand.incidentId())), features(cand.features())));
            }
        }
        Map<String, Map<String, Integer>> comp = composition(pred, alias, gold);
        sb.append("== final\n");
        new TreeMap<>(comp).forEach((inc, g) -> sb.append("   ").append(inc).append(' ').append(g).append('\n'));
        Files.writeString(Path.of(out), sb.toString());
    }

    private static Map<String, Map<String, Integer>> composition(Map<String, String> pred, Map<String, String> alias,
                                                               Map<String, String> gold) {
        Map<String, Map<String, Integer>> comp = new HashMap<>();
        for (var e : pred.entrySet()) {
            comp.computeIfAbsent(resolve(alias, e.getValue()), x -> new TreeMap<>()).merge(gold.get(e.getKey()), 1, Integer::sum);
        }
        return comp;
    }

    private static String resolve(Map<String, String> alias, String inc) {
        String r = inc;
        while (r != null && alias.containsKey(r)) r = alias.get(r);
        return r;
    }

    private static String words(StandardClusterer c, int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) sb.append(sb.isEmpty() ? "" : ",").append(c.word(id).replace("\u00a7", ""));
        return "[" + sb + "]";
    }

    private static String features(double[] f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < f.length; i++) {
            if (f[i] != 0) sb.append(LinkModel.NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.2f", f[i])).append(' ');
        }
        return sb.toString();
    }
}
