package org.sitrep.core.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;

/** Trace (scratch): per topic, the stream of assignments with candidates' gold composition. */
class EcbTraceTest {
    @Test
    void trace() throws Exception {
        String out = System.getProperty("sitrep.trace");
        Assumptions.assumeTrue(out != null, "skipped");
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
            sb.append(String.format(Locale.ROOT, "%d %s gold=%s pub=%s inc=%s place=%s year=%d -> %s%s%s%s%n", k, a.id(), it.gold(),
                    a.published(), f.incidentDate() == null ? null : f.incidentDate().date(),
                    f.incidentPlace().map(p -> p.name()).orElse(null), rep.year(), as.incidentId(), as.isNew() ? " NEW" : "",
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

    @Test
    void pairScores() throws Exception {
        Assumptions.assumeTrue(System.getProperty("sitrep.pairs") != null, "skipped");
        List<DevData.Item> items = DevData.load("ecbplus-dev.jsonl");
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        LinkModel m = LinkModel.standard();
        Map<String, List<ArticleRep>> byTopic = new TreeMap<>();
        Map<ArticleRep, String> goldOf = new java.util.IdentityHashMap<>();
        for (int k = 0; k < items.size(); k++) {
            var a = items.get(k).article();
            ArticleRep rep = c.represent(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
            c.assign(rep, ds.get(k));
            String g = items.get(k).gold();
            byTopic.computeIfAbsent(g.substring(0, g.indexOf('_')), x -> new ArrayList<>()).add(rep);
            goldOf.put(rep, g);
        }
        double cross = Double.parseDouble(System.getProperty("sitrep.cross", "0.1"));
        double link = Double.parseDouble(System.getProperty("sitrep.link", "0.3"));
        for (var e : byTopic.entrySet()) {
            List<ArticleRep> reps = e.getValue();
            double[] sum = new double[2];
            int[] n = new int[2];
            int[] strong = new int[2];
            for (int i = 0; i < reps.size(); i++) {
                for (int j = i + 1; j < reps.size(); j++) {
                    IncidentState alone = new IncidentState("x", -1);
                    alone.add(reps.get(j));
                    double p = m.probability(LinkModel.features(reps.get(i), alone));
                    int w = goldOf.get(reps.get(i)).equals(goldOf.get(reps.get(j))) ? 0 : 1;
                    sum[w] += p;
                    n[w]++;
                    if (p >= link) strong[w]++;
                }
            }
            IncidentSplitter sp = new IncidentSplitter(m, new IncidentSplitter.Rule(link, cross, 2, false));
            IncidentState s = new IncidentState("t", 0);
            for (ArticleRep r : reps) {
                s.add(r);
                sp.added(s, r);
            }
            IncidentSplitter.Partition part = sp.check("t");
            String res = "no split";
            if (part != null) {
                Map<String, Integer> ka = new TreeMap<>();
                Map<String, Integer> kb = new TreeMap<>();
                for (ArticleRep r : part.keep()) ka.merge(goldOf.get(r), 1, Integer::sum);
                for (ArticleRep r : part.move()) kb.merge(goldOf.get(r), 1, Integer::sum);
                res = ka + " | " + kb;
            }
            System.out.printf(Locale.ROOT, "TOPIC %s within %.3f (strong %d/%d) between %.3f (strong %d/%d) split: %s%n", e.getKey(),
                    sum[0] / n[0], strong[0], n[0], sum[1] / n[1], strong[1], n[1], res);
        }
    }

    /** Average-linkage to two groups over a score matrix: side per member (0/1), or null when fewer than 2 members. */
    static int[] avgLink2(double[][] p) {
        int n = p.length;
        List<List<Integer>> cl = new ArrayList<>();
        for (int i = 0; i < n; i++) cl.add(new ArrayList<>(List.of(i)));
        while (cl.size() > 2) {
            double best = -1;
            int bi = -1, bj = -1;
            for (int a = 0; a < cl.size(); a++) for (int b = a + 1; b < cl.size(); b++) {
                double s = 0;
                for (int i : cl.get(a)) for (int j : cl.get(b)) s += p[i][j];
                s /= cl.get(a).size() * cl.get(b).size();
                if (s > best) { best = s; bi = a; bj = b; }
            }
            cl.get(bi).addAll(cl.remove(bj));
        }
        int[] side = new int[n];
        for (int i : cl.get(1)) side[i] = 1;
        return side;
    }

    static double[] stats(double[][] p, int[] side) {
        double[] s = new double[3];
        int[] c = new int[3];
        for (int i = 0; i < p.length; i++) for (int j = i + 1; j < p.length; j++) {
            int k = side[i] != side[j] ? 2 : side[i];
            s[k] += p[i][j];
            c[k]++;
        }
        for (int k = 0; k < 3; k++) s[k] = c[k] == 0 ? Double.NaN : s[k] / c[k];
        return s;
    }

    @Test
    void avgLinkSim() throws Exception {
        Assumptions.assumeTrue(System.getProperty("sitrep.avg") != null, "skipped");
        for (String file : System.getProperty("sitrep.avg").split(",")) {
        List<DevData.Item> items = DevData.load(file);
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        LinkModel m = LinkModel.standard();
        Map<String, List<ArticleRep>> byGold = new TreeMap<>();
        for (int k = 0; k < items.size(); k++) {
            var a = items.get(k).article();
            ArticleRep rep = c.represent(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
            c.assign(rep, ds.get(k));
            byGold.computeIfAbsent(items.get(k).gold(), x -> new ArrayList<>()).add(rep);
        }
        List<List<List<ArticleRep>>> cases = new ArrayList<>();
        for (var e : byGold.entrySet()) if (e.getValue().size() >= 4 && e.getValue().size() <= 32) cases.add(List.of(e.getValue()));
        if (file.startsWith("ecb")) {
            Map<String, List<List<ArticleRep>>> topic = new TreeMap<>();
            byGold.forEach((g, r) -> topic.computeIfAbsent(g.substring(0, g.indexOf('_')), x -> new ArrayList<>()).add(r));
            for (var t : topic.values()) if (t.size() == 2) cases.add(t);
        }
        for (var cs : cases) {
            List<ArticleRep> reps = new ArrayList<>();
            List<Integer> truth = new ArrayList<>();
            for (int g = 0; g < cs.size(); g++) for (ArticleRep r : cs.get(g)) { reps.add(r); truth.add(g); }
            int n = reps.size();
            double[][] p = new double[n][n];
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
                IncidentState alone = new IncidentState("x", -1);
                alone.add(reps.get(j));
                p[i][j] = p[j][i] = m.probability(LinkModel.features(reps.get(i), alone));
            }
            int[] side = avgLink2(p);
            double[] st = stats(p, side);
            int n1 = 0; int agree = 0;
            for (int i = 0; i < n; i++) { n1 += side[i]; if (side[i] == truth.get(i)) agree++; }
            int dated = 0;
            for (ArticleRep r : reps) if (r.factDated()) dated++;
            System.out.printf(Locale.ROOT, "AVG %s truth=%d n=%d sizes=%d/%d within=%.3f/%.3f cross=%.3f purity=%.2f factDated=%d%n", file,
                    cs.size(), n, n - n1, n1, st[0], st[1], st[2], Math.max(agree, n - agree) / (double) n, dated);
        }
        }
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

    private static String features(double[] f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < f.length; i++) {
            if (f[i] != 0) sb.append(LinkModel.NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.2f", f[i])).append(' ');
        }
        return sb.toString();
    }
}
