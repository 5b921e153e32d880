package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.DuplicateKind;

/**
 * The default online incident clusterer. Not thread-safe.
 *
 * <p>Design. Each arriving article is reduced to an {@link ArticleRep} (TF-IDF over the full text, over title
 * + lead, and over named entities; a day; extracted place, type and figures). A copy found by dedup joins the
 * incident of the article it copies. Otherwise candidates come from an inverted index keyed by (term, two-week
 * bucket): the article looks up its heaviest terms in the buckets within {@link #WINDOW_BUCKETS} of its day
 * (and in the undated bucket), so the work depends on the number of recent incidents sharing rare terms, never
 * on the number of incidents seen. Undated articles look in the undated bucket and around the newest day seen.
 * Each candidate is scored by {@link LinkModel} (logistic regression over pair features, fit on dev pairs);
 * the article joins the most probable candidate above the threshold or founds a new incident.
 *
 * <p>Merges: when the article links with high probability ({@code mergeThreshold}) to two
 * or more incidents, they are merged; the oldest incident's id survives, the others become aliases.
 * Boilerplate pages are represented by their title only, so chrome text never glues incidents together.
 * Incident ids are {@code "i-" + founding article id}; {@link #restore} rebuilds the state from earlier
 * assignments in arrival order.
 */
final class StandardClusterer implements IncidentClusterer {
    static final int BUCKET_DAYS = 14;
    static final int WINDOW_BUCKETS = 8;
    private static final int UNDATED_BUCKET = 0xFFFFF;
    /** Bucket of the long-range index: multi-word names, looked up whatever the date (trials, follow-ups). */
    private static final int FAR_BUCKET = 0xFFFFE;
    private static final int MAX_CANDIDATES = 40;
    private static final int MAX_POSTINGS = 80;

    /** One scored candidate, for training and inspection. */
    record Candidate(String incidentId, double[] features) {
    }

    private final LinkModel model;
    private final Terms terms = new Terms();
    private final Map<String, IncidentState> incidents = new HashMap<>();
    private final Map<String, String> alias = new HashMap<>();
    private final Map<String, String> incidentOf = new HashMap<>();
    private final Map<Long, List<String>> postings = new HashMap<>();
    private long seq;
    private int latestDay = ArticleRep.UNDATED;

    StandardClusterer(LinkModel model) {
        this.model = model;
    }

    @Override
    public Assignment assign(ClusterInput input) {
        ArticleRep a = represent(input);
        String id = a.id();
        String copied = copiedIncident(input.dedup());
        if (copied != null) {
            place(a, copied);
            return new Assignment(id, copied, List.of(), false);
        }
        List<String> linked = new ArrayList<>();
        String best = null;
        double bestP = model.threshold();
        for (Candidate c : candidates(a)) {
            double p = model.probability(c.features());
            if (p >= model.mergeThreshold()) linked.add(c.incidentId());
            if (p >= bestP) {
                bestP = p;
                best = c.incidentId();
            }
        }
        if (best == null) {
            String nid = place(a, null);
            return new Assignment(id, nid, List.of(), true);
        }
        List<String> merged = new ArrayList<>();
        if (linked.size() >= 2) {
            String survivor = linked.get(0);
            for (String l : linked) if (incidents.get(l).seq < incidents.get(survivor).seq) survivor = l;
            for (String l : linked) {
                if (l.equals(survivor)) continue;
                incidents.get(survivor).absorb(incidents.remove(l));
                alias.put(l, survivor);
                merged.add(l);
            }
            best = survivor;
        }
        place(a, best);
        return new Assignment(id, best, merged, false);
    }

    @Override
    public void restore(ClusterInput input, String incidentId) {
        ArticleRep a = represent(input);
        place(a, incidentId);
    }

    ArticleRep represent(ClusterInput input) {
        DedupDecision d = input.dedup();
        boolean boilerplate = d != null && d.kind() == DuplicateKind.BOILERPLATE;
        return ArticleRep.of(input, terms, boilerplate);
    }

    /** The live incident of the article this one copies, or null. */
    private String copiedIncident(DedupDecision d) {
        if (d == null || d.kind() == null || d.kind() == DuplicateKind.BOILERPLATE || d.copyOf() == null) return null;
        String inc = incidentOf.get(d.copyOf());
        return inc == null ? null : resolve(inc);
    }

    /** Candidate incidents of {@code a} with their pair features, retrieved from the time-blocked index. */
    List<Candidate> candidates(ArticleRep a) {
        Map<String, Integer> hits = new HashMap<>();
        int[] buckets = queryBuckets(a);
        for (int term : indexTerms(a)) {
            for (int b : buckets) {
                List<String> p = postings.get(key(term, b));
                if (p == null || p.size() > MAX_POSTINGS) continue;
                for (String inc : p) hits.merge(resolve(inc), 1, Integer::sum);
            }
        }
        for (int term : farTerms(a)) {
            List<String> p = postings.get(key(term, FAR_BUCKET));
            if (p == null || p.size() > MAX_POSTINGS) continue;
            for (String inc : p) hits.merge(resolve(inc), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort((x, y) -> y.getValue() - x.getValue());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < MAX_CANDIDATES; i++) {
            String inc = ranked.get(i).getKey();
            out.add(new Candidate(inc, LinkModel.features(a, incidents.get(inc))));
        }
        return out;
    }

    /** Adds {@code a} to incident {@code incidentId} (created when absent or null) and indexes it. */
    String place(ArticleRep a, String incidentId) {
        String inc = incidentId == null ? "i-" + a.id() : resolve(incidentId);
        IncidentState s = incidents.get(inc);
        if (s == null) {
            s = new IncidentState(inc, seq++);
            incidents.put(inc, s);
        }
        s.add(a);
        incidentOf.put(a.id(), inc);
        if (a.dated()) latestDay = Math.max(latestDay, a.day());
        int b = bucket(a);
        for (int term : indexTerms(a)) {
            List<String> p = postings.computeIfAbsent(key(term, b), k -> new ArrayList<>(2));
            if (p.size() <= MAX_POSTINGS && (p.isEmpty() || !p.get(p.size() - 1).equals(inc))) p.add(inc);
        }
        for (int term : farTerms(a)) {
            List<String> p = postings.computeIfAbsent(key(term, FAR_BUCKET), k -> new ArrayList<>(2));
            if (p.size() <= MAX_POSTINGS && (p.isEmpty() || !p.get(p.size() - 1).equals(inc))) p.add(inc);
        }
        return inc;
    }

    private int[] farTerms(ArticleRep a) {
        int[] top = a.ents().top(8);
        int k = 0;
        for (int t : top) if (terms.isMultiword(t)) top[k++] = t;
        return java.util.Arrays.copyOf(top, k);
    }

    private String resolve(String inc) {
        String r = inc;
        while (alias.containsKey(r)) r = alias.get(r);
        return r;
    }

    private static int[] indexTerms(ArticleRep a) {
        int[] f = a.full().top(20);
        int[] h = a.head().top(6);
        int[] e = a.ents().top(10);
        int[] t = new int[f.length + h.length + e.length];
        System.arraycopy(f, 0, t, 0, f.length);
        System.arraycopy(h, 0, t, f.length, h.length);
        System.arraycopy(e, 0, t, f.length + h.length, e.length);
        java.util.Arrays.sort(t);
        int k = 0;
        for (int i = 0; i < t.length; i++) if (k == 0 || t[k - 1] != t[i]) t[k++] = t[i];
        return java.util.Arrays.copyOf(t, k);
    }

    private static int bucket(ArticleRep a) {
        return a.dated() ? Math.floorDiv(a.day(), BUCKET_DAYS) & 0x7FFFF : UNDATED_BUCKET;
    }

    private int[] queryBuckets(ArticleRep a) {
        int center;
        if (a.dated()) {
            center = Math.floorDiv(a.day(), BUCKET_DAYS);
        } else if (latestDay != ArticleRep.UNDATED) {
            center = Math.floorDiv(latestDay, BUCKET_DAYS);
        } else {
            return new int[] {UNDATED_BUCKET};
        }
        int[] out = new int[2 * WINDOW_BUCKETS + 2];
        int k = 0;
        for (int d = -WINDOW_BUCKETS; d <= WINDOW_BUCKETS; d++) out[k++] = (center + d) & 0x7FFFF;
        out[k] = UNDATED_BUCKET;
        return out;
    }

    private static long key(int term, int bucket) {
        return ((long) term << 20) | bucket;
    }

    /** True when {@code incidentId} names a live incident. */
    boolean isOpen(String incidentId) {
        return incidents.containsKey(incidentId);
    }

    /** Live incidents by id with their member count (for tests). */
    Map<String, Integer> sizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        incidents.forEach((k, v) -> out.put(k, v.size));
        return out;
    }
}
