package org.sitrep.core.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;

/**
 * Error analysis of the standard clusterer on the dev files: run with {@code -Dtest=ClustererErrorsTest
 * -Dsitrep.errors=DIR} (add {@code -Dsitrep.cacheDir=DIR} to keep extracted facts between runs). For each article
 * it records, at arrival, whether an earlier article of its gold incident was already placed and, if the article
 * did not join that incident, why: never retrieved, retrieved but below the threshold, or beaten by another
 * candidate; and joins of an incident holding none of its gold mates (false joins). Prints the tallies and writes
 * the cases (titles, days, places, features) to DIR, outside the repository, for reading ({@code
 * -Dsitrep.errorFiles=ecbplus-dev.jsonl} limits it to one dev file).
 */
class ClustererErrorsTest {
    @Test
    void assign_devFiles_dumpsErrors() throws Exception {
        String dir = System.getProperty("sitrep.errors");
        Assumptions.assumeTrue(dir != null, "skipped: set -Dsitrep.errors=DIR to write the error analysis");
        for (String name : System.getProperty("sitrep.errorFiles", "gva-dev.jsonl,ecbplus-dev.jsonl").split(",")) {
            List<DevData.Item> items = DevData.load(name);
            analyse(name, items, Path.of(dir, name.replace(".jsonl", "") + "-errors.txt"));
            if (Boolean.getBoolean("sitrep.noShuffle")) continue;
            List<DevData.Item> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(42));
            analyse(name + " shuffled", shuffled, Path.of(dir, name.replace(".jsonl", "") + "-shuffled-errors.txt"));
        }
    }

    private static void analyse(String label, List<DevData.Item> items, Path out) throws Exception {
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        LinkModel m = LinkModel.standard();
        Map<String, String> pred = new HashMap<>();
        Map<String, String> alias = new HashMap<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, DevData.Item> byId = new HashMap<>();
        Map<String, Integer> tally = new java.util.TreeMap<>();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            DevData.Item it = items.get(k);
            var a = it.article();
            byId.put(a.id(), it);
            ArticleRep rep = c.represent(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
            List<StandardClusterer.Candidate> cands = c.candidates(rep);
            Assignment as = c.assign(rep, ds.get(k));
            for (String x : as.merged()) alias.put(x, as.incidentId());
            Set<String> goldIncs = new HashSet<>();
            for (var e : gold.entrySet()) if (e.getValue().equals(it.gold())) goldIncs.add(resolve(alias, pred.get(e.getKey())));
            // goldIncs: where the earlier gold mates are now (after this article's merges)
            gold.put(a.id(), it.gold());
            pred.put(a.id(), as.incidentId());
            String got = resolve(alias, as.incidentId());
            boolean copy = ds.get(k).copyOf() != null && ds.get(k).kind() != null;
            String kind;
            if (goldIncs.isEmpty()) {
                kind = as.isNew() ? "ok-new" : "falseJoin-shouldBeNew";
            } else if (goldIncs.contains(got)) {
                kind = "ok-joined";
            } else {
                boolean retrieved = false;
                double bestGoldP = -1;
                for (StandardClusterer.Candidate cand : cands) {
                    if (goldIncs.contains(resolve(alias, cand.incidentId()))) {
                        retrieved = true;
                        bestGoldP = Math.max(bestGoldP, m.probability(cand.features()));
                    }
                }
                if (copy) kind = "miss-copy";
                else if (!retrieved) kind = "miss-notRetrieved";
                else if (bestGoldP < m.threshold()) kind = as.isNew() ? "miss-belowThreshold-new" : "miss-belowThreshold-joinedOther";
                else kind = "miss-beaten";
            }
            tally.merge(kind, 1, Integer::sum);
            if (!goldIncs.isEmpty() && a.published() != null) {
                // the gap to the gold incident's first report: late follow-ups (over 30 days) tallied apart
                java.time.LocalDate first = a.published();
                for (var e : gold.entrySet()) {
                    var mate = byId.get(e.getKey()).article();
                    if (e.getValue().equals(it.gold()) && mate.published() != null && mate.published().isBefore(first)) first = mate.published();
                }
                long gapDays = java.time.temporal.ChronoUnit.DAYS.between(first, a.published());
                if (gapDays > 30) tally.merge("late30:" + kind, 1, Integer::sum);
            }
            if (!kind.startsWith("ok")) {
                sb.append("== ").append(kind).append(" ").append(a.id()).append(" gold=").append(it.gold()).append('\n');
                sb.append("   ").append(describe(it, rep)).append('\n');
                for (var e : gold.entrySet()) {
                    if (e.getValue().equals(it.gold()) && !e.getKey().equals(a.id())) {
                        sb.append("   mate: ").append(describe(byId.get(e.getKey()), null)).append('\n');
                    }
                }
                for (StandardClusterer.Candidate cand : cands) {
                    double p = m.probability(cand.features());
                    if (p < 0.05 && !goldIncs.contains(resolve(alias, cand.incidentId()))) continue;
                    sb.append(String.format(Locale.ROOT, "   cand p=%.3f %s %s%n", p,
                            goldIncs.contains(resolve(alias, cand.incidentId())) ? "GOLD" : "    ", features(cand.features())));
                }
            }
        }
        pred.replaceAll((id, inc) -> resolve(alias, inc));
        var report = org.sitrep.core.eval.ClusterMetrics.evaluate(DevData.gold(items), pred);
        System.out.println(label + " " + report.all() + " multi " + report.multi().pairF1() + "\n  tallies: " + tally);
        Map<String, Map<String, Integer>> comp = new java.util.TreeMap<>();
        for (var e : pred.entrySet()) comp.computeIfAbsent(e.getValue(), x -> new java.util.TreeMap<>()).merge(gold.get(e.getKey()), 1, Integer::sum);
        sb.append("== predicted incidents (gold composition)\n");
        comp.values().stream().map(Object::toString).sorted().forEach(x -> sb.append("   ").append(x).append('\n'));
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString());
    }

    private static String resolve(Map<String, String> alias, String inc) {
        String r = inc;
        while (r != null && alias.containsKey(r)) r = alias.get(r);
        return r;
    }

    private static String describe(DevData.Item it, ArticleRep rep) {
        var a = it.article();
        var f = DevRun.facts(a);
        String text = a.text() == null ? "" : a.text();
        return String.format(Locale.ROOT, "[%s pub=%s inc=%s place=%s len=%d] %s", a.id(), a.published(),
                f.incidentDate() == null ? null : f.incidentDate().date(), f.incidentPlace().map(p -> p.name()).orElse(null),
                text.length(), a.title());
    }

    private static String features(double[] f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < f.length; i++) {
            if (f[i] != 0) sb.append(LinkModel.NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.2f", f[i])).append(' ');
        }
        return sb.toString();
    }
}
