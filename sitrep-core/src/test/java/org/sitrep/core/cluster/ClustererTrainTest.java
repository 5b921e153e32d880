package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.eval.DevData;

/**
 * Fits {@link LinkModel#FITTED}: run with {@code -Dtest=ClustererTrainTest -Dsitrep.train=true} (options:
 * {@code -Dsitrep.thr=0.3,0.4 -Dsitrep.merge=0.8 -Dsitrep.masks="-;19,20" -Dsitrep.trainSets=ecbplus
 * -Dsitrep.evalSets=ecbplus -Dsitrep.keepDated=true -Dsitrep.keepUndated=true -Dsitrep.veto=true
 * -Dsitrep.bothHalves=true}: thresholds, merge thresholds, feature columns left out per fit, for ablations, the dev
 * files fit on and scored, gva,ecbplus by default, whether to keep the current dated or undated weights, whether the
 * scored models apply the join veto, and whether to also fit on the odd-hash incidents and score the even ones (two
 * held-out estimates, on a small dev file one merge moves either);
 * add {@code -Dsitrep.normalize=true}, as the current weights were fit, so the records pass the normalizer as in
 * {@code sitrep eval}). Streams the dev
 * files in peer order with the gold clustering as state, collects (article, candidate incident) pair features
 * labelled by gold, fits L2 logistic regression by Newton's method (one model for articles with a publication
 * date, one for articles without), prints the weights (in that order), and reports a held-out
 * estimate (fit on gold incidents with an even hash, evaluate on the odd ones).
 */
class ClustererTrainTest {
    @Test
    void fit_devPairs_printsWeights() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.train"), "skipped: set -Dsitrep.train=true to fit");
        List<DevData.Item> gva = DevData.load("gva-dev.jsonl");
        List<DevData.Item> ecb = DevData.load("ecbplus-dev.jsonl");
        double[] thrs = java.util.Arrays.stream(System.getProperty("sitrep.thr", "0.3,0.4,0.5").split(",")).mapToDouble(Double::parseDouble).toArray();
        double[] merges = java.util.Arrays.stream(System.getProperty("sitrep.merge", "0.97").split(",")).mapToDouble(Double::parseDouble).toArray();
        for (String maskSpec : System.getProperty("sitrep.masks", "-").split(";")) {
            MASK.clear();
            if (!maskSpec.equals("-")) for (String m : maskSpec.split(",")) MASK.add(Integer.parseInt(m.trim()));
            List<List<DevData.Item>> sets = new ArrayList<>();
            String use = System.getProperty("sitrep.trainSets", "gva,ecbplus");
            if (use.contains("gva")) sets.add(gva);
            if (use.contains("ecbplus")) sets.add(ecb);
            double[] all = keepDated(fit(sets, g -> true));
            print("all dev, mask " + maskSpec, all);
            seedPair(all); // the Kramatorsk report against the Kremenchuk incident (LinkModel#probability)
            double[] even = keepDated(fit(sets, DevRun::evenHash));
            print("even-hash incidents, mask " + maskSpec, even);
            boolean both = Boolean.getBoolean("sitrep.bothHalves");
            double[] oddW = both ? keepDated(fit(sets, g -> !DevRun.evenHash(g))) : null;
            for (double thr : thrs) {
                for (double merge : merges) {
                    for (var named : List.of(java.util.Map.entry("gva", gva), java.util.Map.entry("ecbplus", ecb))) {
                        if (!System.getProperty("sitrep.evalSets", "gva,ecbplus").contains(named.getKey())) continue;
                        var odd = DevRun.subset(named.getValue(), g -> !DevRun.evenHash(g));
                        var held = DevRun.run(odd, new StandardClusterer(model(even, thr, merge)));
                        var full = DevRun.run(named.getValue(), new StandardClusterer(model(all, thr, merge)));
                        System.out.printf(Locale.ROOT, "RESULT mask=%s thr=%.2f merge=%.2f %s held-out(odd, fit on even): B3 %.4f (P %.4f R %.4f) multi %.4f | in-sample: B3 %.4f (P %.4f R %.4f) multi %.4f%n",
                                maskSpec, thr, merge, named.getKey(), held.report().all().bcubedF1(), held.report().all().bcubedP(),
                                held.report().all().bcubedR(), held.report().multi().pairF1(), full.report().all().bcubedF1(),
                                full.report().all().bcubedP(), full.report().all().bcubedR(), full.report().multi().pairF1());
                        if (both) {
                            var evenItems = DevRun.subset(named.getValue(), DevRun::evenHash);
                            var held2 = DevRun.run(evenItems, new StandardClusterer(model(oddW, thr, merge)));
                            System.out.printf(Locale.ROOT, "RESULT2 mask=%s %s held-out(even, fit on odd): B3 %.4f multi %.4f | mean of both halves: B3 %.4f%n",
                                    maskSpec, named.getKey(), held2.report().all().bcubedF1(), held2.report().multi().pairF1(),
                                    (held.report().all().bcubedF1() + held2.report().all().bcubedF1()) / 2);
                        }
                    }
                }
            }
        }
    }

    /**
     * Prints how the seeds' second incident (the Kramatorsk strike, files 003 and 004) scores against the incidents
     * already open, with weights {@code w} and the veto as set, the seeds fed in file order (as {@code sitrep demo}
     * does) and in stream order (as {@code sitrep eval} does): the highest raw probability (no veto) of each of
     * its articles against an incident holding a seed of the other incident, and the number of incidents made.
     */
    static void seedPair(double[] w) throws Exception {
        List<DevData.Item> stream;
        try {
            stream = DevData.seeds();
        } catch (Exception | AssertionError e) {
            System.out.println("seed pair: no seeds (" + e.getMessage() + ")");
            return;
        }
        List<DevData.Item> files = new ArrayList<>(stream);
        files.sort(java.util.Comparator.comparing(i -> i.article().id()));
        for (var order : List.of(java.util.Map.entry("file order", files), java.util.Map.entry("stream order", stream))) {
            LinkModel m = model(w, LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD);
            StandardClusterer c = new StandardClusterer(m);
            java.util.Map<String, String> goldOf = new java.util.HashMap<>();
            java.util.Map<String, String> incGold = new java.util.HashMap<>();
            StringBuilder sb = new StringBuilder();
            var items = order.getValue();
            DevRun.extractAll(items);
            List<DedupDecision> ds = DevRun.dedup(items);
            java.util.Set<String> made = new java.util.HashSet<>();
            for (int k = 0; k < items.size(); k++) {
                var it = items.get(k);
                ArticleRep rep = c.represent(new ClusterInput(it.article(), DevRun.facts(it.article()), ds.get(k)));
                double best = 0;
                for (StandardClusterer.Candidate cand : c.candidates(rep)) {
                    String g = incGold.get(cand.incidentId());
                    if (g != null && !g.equals(it.gold())) best = Math.max(best, 1 / (1 + Math.exp(-m.logit(cand.features()))));
                }
                Assignment as = c.assign(rep, ds.get(k));
                incGold.putIfAbsent(as.incidentId(), it.gold());
                made.add(as.incidentId());
                boolean copy = StandardClusterer.joinsAsCopy(ds.get(k));
                sb.append(String.format(Locale.ROOT, " %s->%.3f%s", it.article().id().substring(0, 3), best, copy ? " (copy)" : ""));
            }
            System.out.printf(Locale.ROOT, "seed pair (%s, veto %s): highest raw p against the other incident:%s; incidents %d%n",
                    order.getKey(), VETO, sb, c.sizes().size());
        }
    }

    /** Whether the models built here apply the join veto of {@link LinkModel#probability} ({@code -Dsitrep.veto=true}). */
    static final boolean VETO = Boolean.getBoolean("sitrep.veto");

    /** Columns 28 to 34 (the undated features and noPubDay) are left out of the dated model's fit. */
    private static final int DATED_OFF_FROM = 28;
    private static final int DATED_OFF_TO = 34;

    /**
     * With {@code -Dsitrep.keepDated=true}, the dated model's weights (the first {@link LinkModel#N}) are the current
     * {@link LinkModel#FITTED} ones and only the undated model is refit.
     */
    private static double[] keepDated(double[] w) {
        if (Boolean.getBoolean("sitrep.keepDated")) System.arraycopy(LinkModel.FITTED, 0, w, 0, LinkModel.N);
        if (Boolean.getBoolean("sitrep.keepUndated")) System.arraycopy(LinkModel.FITTED, LinkModel.N, w, LinkModel.N, LinkModel.N);
        return w;
    }

    /** Feature columns left out of a fit (for ablations: {@code -Dsitrep.masks="-;19"}). */
    static final java.util.Set<Integer> MASK = new java.util.HashSet<>();

    private static LinkModel model(double[] w, double thr, double merge) {
        return new LinkModel(w.clone(), thr, merge, VETO);
    }

    private static void print(String label, double[] w) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : i == LinkModel.N ? ",\n    " : ", ").append(String.format(Locale.ROOT, "%.4f", w[i]));
        }
        System.out.println("weights (" + label + "): " + sb + "}  // " + String.join(", ", LinkModel.NAMES));
    }

    static double[] fit(List<List<DevData.Item>> sets, java.util.function.Predicate<String> goldFilter) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        int[] exists = new int[2];
        for (List<DevData.Item> set : sets) {
            List<DevData.Item> items = DevRun.subset(set, goldFilter);
            DevRun.extractAll(items);
            List<DedupDecision> ds = DevRun.dedup(items);
            StandardClusterer c = new StandardClusterer(LinkModel.standard());
            for (int k = 0; k < items.size(); k++) {
                var it = items.get(k);
                var a = it.article();
                ArticleRep rep = c.represent(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
                DedupDecision d = ds.get(k);
                boolean copy = StandardClusterer.joinsAsCopy(d);
                String goldInc = "g-" + it.gold();
                if (!copy) {
                    boolean found = false;
                    for (StandardClusterer.Candidate cand : c.candidates(rep)) {
                        double[] x = cand.features();
                        for (int j : MASK) x[j] = 0;
                        xs.add(x);
                        boolean y = cand.incidentId().equals(goldInc);
                        found |= y;
                        ys.add(y ? 1 : 0);
                    }
                    if (c.isOpen(goldInc)) {
                        exists[0]++;
                        if (found) exists[1]++;
                    }
                }
                c.place(rep, goldInc);
            }
        }
        long pos = ys.stream().filter(y -> y == 1).count();
        System.out.printf("training pairs: %d (%d positive); gold incident already open for %d articles, retrieved for %d%n",
                xs.size(), pos, exists[0], exists[1]);
        int rounds = Integer.getInteger("sitrep.online", 0);
        for (int round = 0; round < rounds; round++) {
            double[] w = newtonParts(xs, ys);
            int before = xs.size();
            for (List<DevData.Item> set : sets) online(DevRun.subset(set, goldFilter), keepDated(w), xs, ys);
            System.out.printf("online round %d: %d undated pairs from the clusterer's own states%n", round + 1, xs.size() - before);
        }
        return newtonParts(xs, ys);
    }

    /**
     * Streams {@code items} through the clusterer with weights {@code w} and adds, for every undated (article,
     * candidate) pair it scores, the pair with label "the candidate's largest gold incident is the article's": the
     * states the clusterer itself reaches, where an early false join has already mixed two incidents.
     */
    private static void online(List<DevData.Item> items, double[] w, List<double[]> xs, List<Integer> ys) {
        DevRun.extractAll(items);
        List<DedupDecision> ds = DevRun.dedup(items);
        StandardClusterer c = new StandardClusterer(new LinkModel(w.clone(), LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD));
        java.util.Map<String, String> gold = new java.util.HashMap<>();
        java.util.Map<String, String> pred = new java.util.HashMap<>();
        java.util.Map<String, String> alias = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, Integer>> comp = new java.util.HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            var it = items.get(k);
            var a = it.article();
            ArticleRep rep = c.represent(new ClusterInput(a, DevRun.facts(a), ds.get(k)));
            DedupDecision d = ds.get(k);
            boolean copy = StandardClusterer.joinsAsCopy(d);
            if (!copy && !rep.dated()) {
                for (StandardClusterer.Candidate cand : c.candidates(rep)) {
                    double[] x = cand.features();
                    if (x[LinkModel.SWITCH] != 1) continue;
                    var m = comp.get(resolve(alias, cand.incidentId()));
                    if (m == null) continue;
                    String top = null;
                    for (var e : m.entrySet()) if (top == null || e.getValue() > m.get(top)) top = e.getKey();
                    for (int j : MASK) x[j] = 0;
                    xs.add(x);
                    ys.add(it.gold().equals(top) ? 1 : 0);
                }
            }
            Assignment as = c.assign(rep, d);
            gold.put(a.id(), it.gold());
            pred.put(a.id(), as.incidentId());
            for (String x : as.merged()) alias.put(x, as.incidentId());
            for (Assignment.Split sp : as.splits()) DevRun.applySplit(pred, alias, sp);
            if (as.merged().isEmpty() && as.splits().isEmpty()) {
                comp.computeIfAbsent(as.incidentId(), x -> new java.util.HashMap<>()).merge(it.gold(), 1, Integer::sum);
            } else {
                comp.clear();
                for (var e : pred.entrySet()) {
                    comp.computeIfAbsent(resolve(alias, e.getValue()), x -> new java.util.HashMap<>()).merge(gold.get(e.getKey()), 1, Integer::sum);
                }
            }
        }
    }

    private static String resolve(java.util.Map<String, String> alias, String inc) {
        String r = inc;
        while (alias.containsKey(r)) r = alias.get(r);
        return r;
    }

    private static double[] newtonParts(List<double[]> xs, List<Integer> ys) {
        // two models, fit separately (see LinkModel): articles with a publication date, and without (feature 34)
        double[] w = new double[2 * LinkModel.N];
        for (int part = 0; part < 2; part++) {
            if (part == 0 && Boolean.getBoolean("sitrep.keepDated")) continue;
            if (part == 1 && Boolean.getBoolean("sitrep.keepUndated")) continue;
            List<double[]> px = new ArrayList<>();
            List<Integer> py = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                if ((xs.get(i)[LinkModel.SWITCH] == 1) == (part == 1)) {
                    double[] x = xs.get(i);
                    if (part == 0) {
                        // the undated pairs' own features stay out of the dated model: noPubDay there learnt a quirk of
                        // gva's records (+2.6) that joined the two seed incidents (see LinkModel)
                        x = x.clone();
                        for (int j = DATED_OFF_FROM; j <= DATED_OFF_TO; j++) x[j] = 0;
                    }
                    px.add(x);
                    py.add(ys.get(i));
                }
            }
            System.out.printf("%s pairs: %d (%d positive)%n", part == 0 ? "publication-dated" : "no publication date", px.size(),
                    py.stream().filter(y -> y == 1).count());
            double[] start = FREE.isEmpty() ? null : java.util.Arrays.copyOfRange(LinkModel.FITTED, part * LinkModel.N, (part + 1) * LinkModel.N);
            System.arraycopy(newton(px, py, 1.0, part == 1 ? NEG_WEIGHT : 1.0, start), 0, w, part * LinkModel.N, LinkModel.N);
        }
        return w;
    }

    /** Weight of a negative pair in the undated fit ({@code -Dsitrep.negWeight}; above 1: a false join costs more). */
    static final double NEG_WEIGHT = Double.parseDouble(System.getProperty("sitrep.negWeight", "1"));

    static double[] newton(List<double[]> xs, List<Integer> ys, double lambda) {
        return newton(xs, ys, lambda, 1.0);
    }

    /**
     * Columns fitted with {@code -Dsitrep.free=56,57}: the other weights stay at {@link LinkModel#FITTED} and only these
     * are fit given them (a new feature added to a model without moving what it already does); empty: all are fit.
     */
    static final java.util.Set<Integer> FREE = new java.util.HashSet<>();

    static {
        String free = System.getProperty("sitrep.free", "");
        if (!free.isBlank()) for (String c : free.split(",")) FREE.add(Integer.parseInt(c.trim()));
    }

    static double[] newton(List<double[]> xs, List<Integer> ys, double lambda, double negWeight) {
        return newton(xs, ys, lambda, negWeight, null);
    }

    /** As above; with {@code start} the weights begin there and only the {@link #FREE} columns move. */
    static double[] newton(List<double[]> xs, List<Integer> ys, double lambda, double negWeight, double[] start) {
        int n = LinkModel.N;
        double[] w = start == null ? new double[n] : start.clone();
        for (int iter = 0; iter < 30; iter++) {
            double[] g = new double[n];
            double[][] h = new double[n][n];
            for (int i = 0; i < xs.size(); i++) {
                double[] x = xs.get(i);
                double z = 0;
                for (int j = 0; j < n; j++) z += w[j] * x[j];
                double p = 1 / (1 + Math.exp(-z));
                double c = ys.get(i) == 0 ? negWeight : 1.0;
                double r = c * (p - ys.get(i));
                double s = c * p * (1 - p);
                for (int j = 0; j < n; j++) {
                    g[j] += r * x[j];
                    for (int k = 0; k < n; k++) h[j][k] += s * x[j] * x[k];
                }
            }
            for (int j = 0; j < n; j++) {
                if (j > 0) g[j] += lambda * w[j];
                h[j][j] += j > 0 ? lambda : 1e-6;
            }
            if (start != null) {
                for (int j = 0; j < n; j++) {
                    if (FREE.contains(j)) continue;
                    g[j] = 0;
                    for (int k = 0; k < n; k++) {
                        h[j][k] = 0;
                        h[k][j] = 0;
                    }
                    h[j][j] = 1;
                }
            }
            double[] step = solve(h, g);
            double max = 0;
            for (int j = 0; j < n; j++) {
                w[j] -= step[j];
                max = Math.max(max, Math.abs(step[j]));
            }
            if (max < 1e-6) break;
        }
        return w;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            if (Math.abs(m[c][c]) < 1e-12) continue;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        return x;
    }
}
