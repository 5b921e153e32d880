package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.IncidentEvent;

/**
 * Decides when an incident has become two: its members form two groups that the link model keeps apart. Owned by
 * one {@link StandardClusterer}; not thread-safe.
 *
 * <p>Why. Online clustering is greedy: a vague article (a city round-up, a follow-up that names no victim) can join
 * incident A and pull the reports of a second incident B in after it, because the centroid now looks like both (two
 * shootings in one city a week apart). A merge can glue A and B the same way. Nothing else undoes it.
 *
 * <p>The rule. For each incident of at most {@link #MAX_TRACKED} members the splitter keeps the members'
 * representations and a pairwise score: {@code p(i, j)} is the link model's probability that the earlier member
 * {@code i} joins an incident made of the later member {@code j} alone (computed once, when {@code j} arrives or
 * when the two incidents merge). On every new member:
 * <ol>
 *   <li>the strong-link graph joins members with {@code p >= rule.link} (by default the join threshold: pairs the
 *       clusterer would have put together on their own); its two largest components are the two cores, each of at
 *       least {@code rule.minPart} members. The graph is also tried without each single member in turn, so that one
 *       bridging article (a round-up naming both incidents) does not hold two cores together; the try whose cores
 *       have the lowest mean score across them wins;</li>
 *   <li>the incident splits when that mean is below {@code rule.cross} and, when {@code rule.needConflict}, the
 *       cores' extracted facts disagree: their extracted incident days are at least {@link #CONFLICT_DAYS} apart,
 *       or both have extracted places and share none;</li>
 *   <li>every other member (the bridge included) goes to the core with the higher mean score (the first core on
 *       ties).</li>
 * </ol>
 * Undated reports have no days to disagree on, and two similar events of one kind (two players of one team put on
 * injured reserve, two arrests of a team's players) link about as well across the events as within them, so step 2
 * finds no cores. The second rule ({@link #protagonistSides}) reads who the reports are about instead: when at least
 * {@code rule.protMin} members are mainly about X and as many mainly about Y, the two never both among one report's
 * protagonists (a report of the second event names the first event's player in passing, not again and again), and
 * the link model scores the two sets apart, those sets are the cores; the rest follow step 3.
 * The group holding the oldest member keeps the incident (its id was made for that member, and links made before
 * the glue point to it); the clusterer gives the other a new id. Incidents grown past {@link #MAX_TRACKED} members are established and no longer checked, which bounds the
 * work per article to {@code MAX_TRACKED} model scores and the memory to the members of small incidents (whose
 * representations the clusterer mostly holds anyway as recent members).
 */
final class IncidentSplitter {
    /** Incidents with more members than this are not tracked (nor split). */
    static final int MAX_TRACKED = 32;
    /** Extracted incident days at least this far apart count as conflicting. */
    static final int CONFLICT_DAYS = 2;
    /** Killed and injured that make a shooting large: its aftermath is reported for weeks ({@link #aftermath}). */
    static final int LARGE_VICTIMS = 10;
    /** Reports of a large toll that make an incident a large shooting ({@link #aftermath}). */
    static final int LARGE_REPORTS = 2;
    /** Members whose main protagonist is X, and as many whose is Y, before the protagonist rule splits. */
    static final int PROT_MIN = 3;
    /** The date / place rule needs the mean link score across its two cores below this. */
    static final double CROSS = 0.05;
    /** The protagonist rule needs the mean link score across its two cores below this. */
    static final double PROT_CROSS = 0.5;

    /**
     * When to split.
     *
     * @param link         pair score that makes two members one core
     * @param cross        a split needs the mean score across the two groups below this
     * @param minPart      members each core needs
     * @param needConflict also require the groups' extracted dates or places to disagree
     * @param protMin      members each core of the protagonist rule needs (0: no protagonist rule; see
     *                     {@link #protagonistSides})
     * @param protCross    the protagonist rule needs the mean score across its cores below this
     */
    record Rule(double link, double cross, int minPart, boolean needConflict, int protMin, double protCross) {
        /** A rule without the protagonist rule. */
        Rule(double link, double cross, int minPart, boolean needConflict) {
            this(link, cross, minPart, needConflict, 0, 0);
        }

        Rule {
            if (protMin < 0) throw new IllegalArgumentException("protMin must be >= 0, got " + protMin);
            if (!(link > 0 && link < 1)) throw new IllegalArgumentException("link must be in (0, 1), got " + link);
            if (!(cross > 0 && cross <= link)) throw new IllegalArgumentException("cross must be in (0, link], got " + cross);
            if (minPart < 1) throw new IllegalArgumentException("minPart must be >= 1, got " + minPart);
        }

        /**
         * The default: cross 0.05. A bar of 0.02 keeps two more follow-up series in their incident in stream order
         * but loses in shuffled order; measured and not kept in session 9 (docs/QUALITY.md "Incident splitting").
         */
        static Rule standard() {
            return new Rule(LinkModel.THRESHOLD, CROSS, 2, true, PROT_MIN, PROT_CROSS);
        }
    }

    /** The members that stay and those that leave, each in arrival order, and why they part. */
    record Partition(List<ArticleRep> keep, List<ArticleRep> move, List<IncidentEvent.Reason> reasons) {
    }

    /** The tracked members of one incident and their pairwise scores: {@code rows.get(i)[j]} for j < i. */
    private static final class Group {
        final List<ArticleRep> reps = new ArrayList<>();
        final List<float[]> rows = new ArrayList<>();

        float p(int i, int j) {
            return i > j ? rows.get(i)[j] : rows.get(j)[i];
        }
    }

    private final LinkModel model;
    private final Rule rule;
    private final Map<String, Group> groups = new HashMap<>();
    private long splits;

    IncidentSplitter(LinkModel model, Rule rule) {
        this.model = model;
        this.rule = rule;
    }

    /** Records that {@code a} was added to {@code s}. */
    void added(IncidentState s, ArticleRep a) {
        Group g = groups.get(s.id);
        if (s.size > MAX_TRACKED) {
            if (g != null) groups.remove(s.id);
            return;
        }
        if (g == null) {
            // start tracking at the second member, from the recent members (all of them while the incident is small)
            if (s.size < 2 || (g = fromRecent(s)) == null) return;
            groups.put(s.id, g);
            return;
        }
        append(g, a);
    }

    /** Records that {@code absorbed} is about to be merged into {@code survivor} (call before the states absorb). */
    void merged(IncidentState survivor, IncidentState absorbed) {
        Group from = groups.remove(absorbed.id);
        if (from == null) from = fromRecent(absorbed);
        Group into = groups.get(survivor.id);
        if (into == null) {
            into = fromRecent(survivor);
            if (into != null) groups.put(survivor.id, into);
        }
        if (from == null || into == null || into.reps.size() + from.reps.size() > MAX_TRACKED) {
            groups.remove(survivor.id);
            return;
        }
        int base = into.reps.size();
        for (int k = 0; k < from.reps.size(); k++) {
            ArticleRep r = from.reps.get(k);
            IncidentState alone = alone(r);
            float[] row = new float[base + k];
            for (int j = 0; j < base; j++) row[j] = score(into.reps.get(j), alone);
            for (int j = 0; j < k; j++) row[base + j] = from.p(k, j);
            into.reps.add(r);
            into.rows.add(row);
        }
    }

    /** A group of all members of {@code s} when it still holds them all as recent members, else null. */
    private Group fromRecent(IncidentState s) {
        if (s.size > MAX_TRACKED || s.recent.size() != s.size) return null;
        Group g = new Group();
        for (ArticleRep r : s.recent) append(g, r);
        return g;
    }

    /** Forgets an incident that left the clusterer. */
    void forget(String id) {
        groups.remove(id);
    }

    /** Splits done so far. */
    long splitCount() {
        return splits;
    }

    /** The partition of incident {@code id} when it should split (see the class comment), else null. */
    Partition check(String id) {
        Group g = groups.get(id);
        if (g == null || g.reps.size() < 2 * rule.minPart) return null;
        int n = g.reps.size();
        int[] side = null;
        double best = rule.cross;
        int[] root = new int[n];
        for (int skip = -1; skip < n; skip++) {
            int[] cores = cores(g, skip, root);
            if (cores == null) continue;
            double cross = 0;
            int pairs = 0;
            for (int i = 0; i < n; i++) {
                if (cores[i] != 1) continue;
                for (int j = 0; j < n; j++) {
                    if (cores[j] != 2) continue;
                    cross += g.p(i, j);
                    pairs++;
                }
            }
            if (cross / pairs < best) {
                best = cross / pairs;
                side = cores;
            }
        }
        List<IncidentEvent.Reason> reasons = List.of();
        if (side != null) {
            reasons = conflicts(cores(g, side, 1), cores(g, side, 2));
            if (rule.needConflict && reasons.isEmpty()) side = null;
            else if (reasons.isEmpty()) reasons = List.of(IncidentEvent.Reason.LINK_SCORES);
        }
        if (side == null) {
            side = protagonistSides(g);
            if (side == null) return null;
            reasons = List.of(IncidentEvent.Reason.PROTAGONISTS);
        }
        List<ArticleRep> coreA = cores(g, side, 1);
        List<ArticleRep> coreB = cores(g, side, 2);
        boolean[] inB = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (side[i] != 0) {
                inB[i] = side[i] == 2;
                continue;
            }
            double a = 0;
            double b = 0;
            for (int j = 0; j < n; j++) {
                if (side[j] == 1) a += g.p(i, j);
                else if (side[j] == 2) b += g.p(i, j);
            }
            inB[i] = b / coreB.size() > a / coreA.size();
        }
        List<ArticleRep> a = new ArrayList<>();
        List<ArticleRep> b = new ArrayList<>();
        for (int i = 0; i < n; i++) (inB[i] ? b : a).add(g.reps.get(i));
        // the part holding the oldest member keeps the incident: its id was made for it and older links point to it
        return inB[0] ? new Partition(b, a, reasons) : new Partition(a, b, reasons);
    }

    private static List<ArticleRep> cores(Group g, int[] side, int which) {
        List<ArticleRep> out = new ArrayList<>();
        for (int i = 0; i < side.length; i++) if (side[i] == which) out.add(g.reps.get(i));
        return out;
    }

    /**
     * The two cores of a mostly undated group whose members are about different protagonists, or null: per member 1
     * or 2 for the members whose main protagonist ({@link #mainProtagonist}: the one written most among those the
     * title and lead name in full) is X or Y, 0 for the others, where X and Y are each the main protagonist of at
     * least {@code rule.protMin} members, at most one member has both among its protagonists ({@link
     * ArticleRep#protagonists}), and the link model scores the two cores apart: the mean score across them below {@code rule.protCross} and below the
     * mean within each. Of several such pairs, the one scored farthest apart. Groups with dated members in the
     * majority are left to the fact conflicts of {@link #conflicts}.
     */
    private int[] protagonistSides(Group g) {
        if (rule.protMin <= 0) return null;
        int n = g.reps.size();
        int dated = 0;
        for (ArticleRep r : g.reps) if (r.dated()) dated++;
        if (2 * dated >= n) return null;
        Map<Integer, Integer> mains = new HashMap<>();
        int[] main = new int[n];
        for (int i = 0; i < n; i++) {
            main[i] = mainProtagonist(g.reps.get(i));
            if (main[i] >= 0) mains.merge(main[i], 1, Integer::sum);
        }
        int[] side = null;
        double best = rule.protCross;
        for (var x : mains.entrySet()) {
            if (x.getValue() < rule.protMin) continue;
            for (var y : mains.entrySet()) {
                if (y.getKey() <= x.getKey() || y.getValue() < rule.protMin) continue;
                int both = 0;
                int[] s = new int[n];
                for (int i = 0; i < n; i++) {
                    int[] pr = g.reps.get(i).protagonists();
                    boolean hx = false;
                    boolean hy = false;
                    for (int t : pr) {
                        hx |= t == x.getKey();
                        hy |= t == y.getKey();
                    }
                    if (hx && hy) both++;
                    s[i] = main[i] == x.getKey() ? 1 : main[i] == y.getKey() ? 2 : 0;
                }
                if (both > 1) continue;
                double[] sum = new double[3];
                int[] cnt = new int[3];
                for (int i = 0; i < n; i++) {
                    if (s[i] == 0) continue;
                    for (int j = 0; j < i; j++) {
                        if (s[j] == 0) continue;
                        int k = s[i] == s[j] ? s[i] : 0;
                        sum[k] += g.p(i, j);
                        cnt[k]++;
                    }
                }
                double cross = sum[0] / cnt[0];
                double within = Math.min(sum[1] / Math.max(1, cnt[1]), sum[2] / Math.max(1, cnt[2]));
                if (cross < best && cross < within) {
                    best = cross;
                    side = s;
                }
            }
        }
        return side;
    }

    /**
     * The main protagonist of {@code r}: the one it writes most ({@link ArticleRep#protagonists}) among those its title
     * and lead name in full ({@link ArticleRep#leadFinals}: "Reggie Bush", not a lone "Texas" or a first name); -1
     * when none.
     */
    static int mainProtagonist(ArticleRep r) {
        for (int t : r.protagonists()) if (java.util.Arrays.binarySearch(r.leadFinals(), t) >= 0) return t;
        return -1;
    }

    /**
     * The two cores of the strong-link graph without member {@code skip} (-1: none): per member 1 (largest
     * component), 2 (second largest) or 0 (neither); null when the second holds fewer than {@code rule.minPart}.
     */
    private int[] cores(Group g, int skip, int[] root) {
        int n = g.reps.size();
        for (int i = 0; i < n; i++) root[i] = i;
        for (int i = 1; i < n; i++) {
            if (i == skip) continue;
            for (int j = 0; j < i; j++) if (j != skip && g.p(i, j) >= rule.link) union(root, i, j);
        }
        int[] count = new int[n];
        for (int i = 0; i < n; i++) if (i != skip) count[find(root, i)]++;
        int first = -1;
        int second = -1;
        for (int i = 0; i < n; i++) {
            if (i == skip || find(root, i) != i) continue;
            if (first < 0 || count[i] > count[first]) {
                second = first;
                first = i;
            } else if (second < 0 || count[i] > count[second]) {
                second = i;
            }
        }
        if (second < 0 || count[second] < rule.minPart) return null;
        int[] side = new int[n];
        for (int i = 0; i < n; i++) {
            if (i == skip) continue;
            int r = find(root, i);
            side[i] = r == first ? 1 : r == second ? 2 : 0;
        }
        return side;
    }

    /** Re-tracks the two parts after the clusterer applied {@code p} to {@code parent}, giving the moved part {@code child}. */
    void applied(String parent, Partition p, String child) {
        Group g = groups.remove(parent);
        splits++;
        if (g == null) return;
        Map<ArticleRep, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < g.reps.size(); i++) at.put(g.reps.get(i), i);
        groups.put(parent, subgroup(g, p.keep(), at));
        groups.put(child, subgroup(g, p.move(), at));
    }

    private static Group subgroup(Group g, List<ArticleRep> reps, Map<ArticleRep, Integer> at) {
        Group out = new Group();
        for (int k = 0; k < reps.size(); k++) {
            int i = at.get(reps.get(k));
            float[] row = new float[k];
            for (int j = 0; j < k; j++) row[j] = g.p(i, at.get(reps.get(j)));
            out.reps.add(reps.get(k));
            out.rows.add(row);
        }
        return out;
    }

    private void append(Group g, ArticleRep r) {
        IncidentState alone = alone(r);
        float[] row = new float[g.reps.size()];
        for (int j = 0; j < row.length; j++) row[j] = score(g.reps.get(j), alone);
        g.reps.add(r);
        g.rows.add(row);
    }

    private float score(ArticleRep earlier, IncidentState later) {
        return (float) model.probability(LinkModel.features(earlier, later));
    }

    private static IncidentState alone(ArticleRep r) {
        IncidentState s = new IncidentState(r.id(), -1);
        s.add(r);
        return s;
    }

    /** True when the parts' extracted incident days are {@link #CONFLICT_DAYS} apart or their extracted places differ. */
    static boolean conflict(List<ArticleRep> a, List<ArticleRep> b) {
        return !conflicts(a, b).isEmpty();
    }

    /**
     * The facts the parts disagree on: {@code DAY_GAP} when their extracted incident days are {@link #CONFLICT_DAYS}
     * apart, {@code PLACE_MISMATCH} when both have extracted places and share none; empty when they agree.
     */
    static List<IncidentEvent.Reason> conflicts(List<ArticleRep> a, List<ArticleRep> b) {
        List<IncidentEvent.Reason> out = new ArrayList<>(2);
        int[] da = days(a);
        int[] db = days(b);
        if (da != null && db != null && (db[0] - da[1] >= CONFLICT_DAYS || da[0] - db[1] >= CONFLICT_DAYS)
                && !(da[0] <= db[0] ? aftermath(a, b) : aftermath(b, a))) {
            out.add(IncidentEvent.Reason.DAY_GAP);
        }
        java.util.Set<String> pa = new java.util.HashSet<>();
        for (ArticleRep r : a) if (r.place() != null) pa.add(r.place());
        boolean anyB = false;
        boolean shared = false;
        for (ArticleRep r : b) {
            if (r.place() == null) continue;
            anyB = true;
            if (pa.contains(r.place())) {
                shared = true;
                break;
            }
        }
        if (anyB && !pa.isEmpty() && !shared) out.add(IncidentEvent.Reason.PLACE_MISMATCH);
        return out;
    }

    /**
     * Whether {@code later} may be the aftermath of a large shooting that {@code earlier} reports, so that their
     * extracted days are no conflict: at least {@link #LARGE_REPORTS} members of {@code earlier} that are not round-ups
     * state a toll of at least {@link #LARGE_VICTIMS} killed and injured, and every member of {@code later} that states
     * a toll states such a large one. A mass shooting is written about for weeks (survivors' stories, vigils,
     * funerals, the gunman's past), and those stories' own days (the vigil's, the interview's) are not the shooting's;
     * a second shooting in the same town is reported with its own, small toll.
     */
    static boolean aftermath(List<ArticleRep> earlier, List<ArticleRep> later) {
        int large = 0;
        for (ArticleRep r : earlier) if (!r.roundUp() && victims(r) >= LARGE_VICTIMS) large++;
        if (large < LARGE_REPORTS) return false;
        for (ArticleRep r : later) {
            int v = victims(r);
            if (v > 0 && (v < LARGE_VICTIMS || r.roundUp())) return false;
        }
        return true;
    }

    /** Killed and injured that {@code r} states (0 when it states neither). */
    private static int victims(ArticleRep r) {
        return Math.max(0, r.killed()) + Math.max(0, r.injured());
    }

    /** The range [min, max] of the extracted incident days of {@code reps}, or null when none has one. */
    private static int[] days(List<ArticleRep> reps) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (ArticleRep r : reps) {
            if (!r.factDated()) continue;
            min = Math.min(min, r.day());
            max = Math.max(max, r.day());
        }
        return min == Integer.MAX_VALUE ? null : new int[] {min, max};
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) i = root[i] = root[root[i]];
        return i;
    }

    private static void union(int[] root, int i, int j) {
        int a = find(root, i);
        int b = find(root, j);
        if (a != b) root[Math.max(a, b)] = Math.min(a, b);
    }
}
