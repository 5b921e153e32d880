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
 * An article whose extracted incident day falls in another bucket than its publication day is indexed in both and
 * looks around both (a misread date, or a follow-up dated by the event it reports, still meets its incident), and
 * an article with an extracted place and incident date also looks up incidents with a member at that place within
 * a day (the (place, day) section of {@link CandidateIndex}; such a hit ranks as {@code PLACE_DAY_HITS} shared
 * terms), which finds same-day reports that share few words, above all when articles arrive out of order (gva
 * shuffled BCubed 0.910 -> 0.918 with the wider caps below, 0.9265 in stream order in the harness). The same section
 * holds (map cell of the place's gazetteer coordinates, incident day) keys ({@link CandidateIndex#geoDayKey}, cells of
 * half a degree): the article looks up the 3 x 3 cells around its place within a day, so a suburb's or a county's report
 * of a city's shooting is scored (session 6: 13 more gold incidents retrieved in the refit's teacher-forced stream, gva
 * held-out 0.9494 -> 0.9497, in-sample 0.9456 -> 0.9463; 27 more lookups per article in short lists).
 * Finally the article looks up its rare multi-word names ({@link ArticleRep#names}: seen in at most
 * {@link ArticleRep#RARE_NAME_DOCS} documents, so each list stays that short) in the rare-name section, across all
 * time: a trial, sentencing or anniversary story months after the shooting meets its incident through the victim's or
 * suspect's name (session 4, issue 3: gva harness 0.9337 -> 0.9357, shuffled 0.9257 -> 0.9295, ecbplus 0.8852 ->
 * 0.8858; a name hit counts as one shared term, so such candidates rank after those with text ties in the window).
 * A legal follow-up ({@link ArticleRep#followUp}: an arrest, plea, trial or sentence in the title) with an extracted
 * place also looks up every incident of that place across all time ({@link CandidateIndex#places}) when the town holds
 * at most {@link #FOLLOW_UP_PLACE_MAX} (session 7: 11 more gold incidents retrieved in the refit's teacher-forced
 * stream; such candidates, like those of the rare-name section, are not checked for a remerge). An article that names
 * calendar days ({@link ArticleRep#refDays}: "shot on Nov. 6") looks up, across all time, the incidents with a member at
 * its place, or in its place's map cell, within a day of each ({@link CandidateIndex#placeDays}; {@code REF_DAY_HITS}):
 * a trial or sentencing story a year later meets its shooting even when it shares no rare name with it (session 10).
 * Each candidate is scored by {@link LinkModel} (logistic regression over pair features, fit on dev pairs);
 * the article joins the most probable candidate above the threshold or founds a new incident.
 *
 * <p>Merges: when the article links with high probability ({@code mergeThreshold}) to two
 * or more incidents, they are merged; the oldest incident's id survives, the others become aliases.
 * Remerge: after the article joins, each other candidate it linked to with at least {@code REMERGE_CANDIDATE} is
 * merged in when its recent members, scored one by one against the grown incident, would join it with mean
 * probability {@link #REMERGE_BAR} ({@link #remerge}): the new member may carry the name, date or place that the two
 * parts lacked when they arrived (two reports of one shooting that disagree on the extracted date). Measured with
 * {@code RemergeDevTest} (harness; never / 0.5 / 0.65 / 0.8): gva 0.9357 / 0.9358 / 0.9363 / 0.9353, its even-hash
 * incidents 0.9407 / 0.9388 / 0.9397 / 0.9399, odd-hash 0.9439 / 0.9450 / 0.9458 / 0.9442, shuffled 0.9295 / 0.9312 /
 * 0.9307 / 0.9302, ecbplus 0.8858 / 0.8938 / 0.8901 / 0.8869; candidate bars 0.03 and 0.2 instead of 0.1 are within
 * 0.0006 on gva and equal on ecbplus. Candidates found by the rare-name section alone are not checked.
 * Splits: after an article joins, {@link IncidentSplitter} checks whether the incident's members now form two
 * well-separated groups (a vague article or a merge glued two incidents); if so the group without the oldest member
 * leaves as a new incident ({@link Assignment#splits()}; see {@link #split}).
 * Boilerplate pages are represented by their title only, so chrome text never glues incidents together; such a
 * page, or an article whose body says nothing of its own ({@link ArticleRep#thin}: an error or consent page, a
 * headline-only record), is represented by its title and its URL's headline slug ({@link UrlSlug}) and may join
 * one incident, but never merges two: neither a bridging merge nor a remerge follows its join. Nor does a round-up
 * ({@link ArticleRep#roundUp}, {@link RoundUp}: a story of several separate shootings, whose words and blocks link it
 * to each of them). A thin article whose day and publication day lie more than {@link #FRESH_GAP_DAYS} from every
 * member's day, a fresh report rather than a follow-up, is not scored against that incident ({@link #freshElsewhere}).
 * Incident ids are {@code "i-" + founding article id}; {@link #restore} rebuilds the state from earlier
 * assignments in arrival order.
 *
 * <p>Bounded state. Every {@code SWEEP_EVERY} articles, incidents with no new member for {@link #HORIZON_DAYS} by the
 * newest publication date seen (the stream's clock, so a late article keeps its incident alive) are evicted whole, with
 * their member and alias entries; if more than {@link #MAX_LIVE} incidents are still live (undated or very dense
 * streams) the least recently active go too. Nothing is kept of an evicted incident: a later article about it founds
 * a new one here, and linking it to the old one is left to the store, which keeps every incident and can search
 * them by text. The horizon is far beyond the candidate window (+/- {@code WINDOW_BUCKETS} buckets), so only
 * long-range links through multi-word names are given up (on the dev sets a two-year horizon moves BCubed F1 by
 * at most 0.0001). Dated index buckets behind the horizon are dropped, the undated and far sections are trimmed, and the
 * vocabulary forgets terms that no live incident holds (see {@link Terms}), so memory follows the live window, not
 * the stream's length.
 */
final class StandardClusterer implements IncidentClusterer {
    static final int BUCKET_DAYS = 14;
    static final int WINDOW_BUCKETS = 8;
    /** Incidents idle (no new member) for longer than this, by the newest article date seen, are evicted. */
    static final int HORIZON_DAYS = 730;
    /** Backstop when dates do not move (undated or very dense streams): live incidents kept at most. */
    static final int MAX_LIVE = 50_000;
    /** Articles placed between two eviction sweeps. */
    private static final int SWEEP_EVERY = 1_000;
    /** Candidates scored per article, most shared index terms first (40 -> 60 in session 3: gva 0.9257 -> 0.9265). */
    private static final int MAX_CANDIDATES = 60;
    /** Hits a shared (place, incident day within a day) counts for, ranking such candidates with strong text ties. */
    private static final int PLACE_DAY_HITS = 5;
    /**
     * Hits a member within a map cell of the article's place (or a neighbouring cell) and a day of its incident date
     * counts for ({@link #geoDayKeys}): a suburb's report of a city's shooting names another place and shares few words.
     */
    private static final int GEO_DAY_HITS = 3;
    /**
     * Incidents a town may hold for a legal follow-up ({@link ArticleRep#followUp}) to look them all up across time in
     * the place section ({@link CandidateIndex#places}); a longer list is a city's, where the text and names must do.
     */
    static final int FOLLOW_UP_PLACE_MAX = 30;
    /** Hits a same-place incident counts for in a legal follow-up's lookup (ranks it with two shared terms). */
    private static final int FOLLOW_UP_PLACE_HITS = 2;
    /**
     * Hits an incident with a member at the article's place (or in its map cell) on a day its text names counts for
     * ({@link ArticleRep#refDays}, across all time): ranks it with two shared terms, as a follow-up's town does.
     */
    private static final int REF_DAY_HITS = 2;
    /**
     * Days between a thin article's day and every member's day beyond which its fresh report is another shooting
     * ({@link #freshElsewhere}; harness BCubed / multi pairwise on gva-dev: 14 days 0.9563 / 0.9119, 30 days 0.9562 /
     * 0.9119, before 0.9555 / 0.9115).
     */
    static final int FRESH_GAP_DAYS = 14;
    /** Days within which a thin article's extracted incident date lies from its publication for it to be fresh. */
    static final int FRESH_PUB_DAYS = 2;
    /** A (term, bucket) posting list longer than this is a common term and is skipped (80 -> 150 in session 3). */
    private static final int MAX_POSTINGS = 150;

    /**
     * Mean link probability with which the recent members of another candidate must join the incident an article just
     * joined for the two to merge ({@link #remerge}; 0.5 .. 0.8 measured, see the class comment).
     */
    static final double REMERGE_BAR = 0.65;
    /** Candidates the article links to with at least this probability are checked for such a merge. */
    private static final double REMERGE_CANDIDATE = 0.1;

    /** One scored candidate, for training and inspection. */
    record Candidate(String incidentId, double[] features) {
    }

    private final LinkModel model;
    private final double remergeBar;
    /** Splits incidents that fell apart (see {@link IncidentSplitter}); null when splitting is off. */
    private final IncidentSplitter splitter;
    private final int horizonDays;
    private final int maxLive;
    private final Terms terms = new Terms();
    private final Map<String, IncidentState> incidents = new HashMap<>();
    private final Map<String, String> alias = new HashMap<>();
    private final Map<String, String> incidentOf = new HashMap<>();
    private final CandidateIndex index = new CandidateIndex(MAX_POSTINGS);
    /**
     * For each person key ({@link ArticleRep#persons}), the number of live incidents whose members named it: a victim
     * or suspect named in one or two incidents ties an article to them, a name many incidents carry does not
     * ({@link ArticleRep#rarePersons}).
     */
    private final Map<Long, Integer> personIncidents = new HashMap<>();
    private final List<IncidentState> touched = new ArrayList<>();
    /** The assigned article's vectors spread out for its cosines with every candidate. */
    private final LinkModel.Probe probe = new LinkModel.Probe();
    /** The candidates' feature rows of the article being assigned, reused from one article to the next. */
    private double[][] rows = new double[0][];
    private long seq;
    private int latestDay = ArticleRep.UNDATED;
    /** The eviction clock: the newest publication date seen (newest article day when no article has one). */
    private int clock = ArticleRep.UNDATED;
    private int query;
    private int sinceSweep;
    private long evicted;
    private long placed;

    StandardClusterer(LinkModel model) {
        this(model, HORIZON_DAYS, MAX_LIVE);
    }

    /** A clusterer with its own eviction horizon (days) and live-incident cap. */
    StandardClusterer(LinkModel model, int horizonDays, int maxLive) {
        this(model, horizonDays, maxLive, IncidentSplitter.Rule.standard());
    }

    /** A clusterer that splits incidents by {@code split} (null: never). */
    StandardClusterer(LinkModel model, int horizonDays, int maxLive, IncidentSplitter.Rule split) {
        this(model, horizonDays, maxLive, split, REMERGE_BAR);
    }

    /** As above, merging candidates after a join at {@code remergeBar} (see {@link #remerge}; above 1: never). */
    StandardClusterer(LinkModel model, int horizonDays, int maxLive, IncidentSplitter.Rule split, double remergeBar) {
        this.model = model;
        this.remergeBar = remergeBar;
        this.splitter = split == null ? null : new IncidentSplitter(model, split);
        this.horizonDays = horizonDays;
        this.maxLive = maxLive;
    }

    @Override
    public Assignment assign(ClusterInput input) {
        return assign(represent(input), input.dedup());
    }

    /** Assigns an article already represented (by {@link #represent}, once) with its dedup decision. */
    Assignment assign(ArticleRep a, DedupDecision dedup) {
        String id = a.id();
        String copied = copiedIncident(dedup);
        if (copied != null) {
            place(a, copied);
            return new Assignment(id, copied, List.of(), false);
        }
        List<String> linked = new ArrayList<>();
        String best = null;
        double bestP = model.threshold();
        List<IncidentState> ranked = ranked(a);
        // the margin features compare every candidate's full-text and entity cosines, so those come first for all
        int n = ranked.size();
        if (rows.length < n) rows = new double[Math.max(n, 2 * rows.length)][LinkModel.N];
        double[][] partial = rows;
        for (int k = 0; k < n; k++) {
            java.util.Arrays.fill(partial[k], 0);
            LinkModel.partialWithCosine(a, ranked.get(k), probe, partial[k]);
        }
        LinkModel.addMargins(java.util.Arrays.asList(partial).subList(0, n));
        List<IncidentState> near = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            IncidentState s = ranked.get(k);
            double bar = Math.min(Math.min(bestP, model.mergeThreshold()), remergeBar <= 1 ? REMERGE_CANDIDATE : 1);
            double[] f = model.completeReaching(a, s, partial[k], bar);
            if (f == null) continue;
            if (freshElsewhere(a, s, f)) continue;
            double p = model.probability(f);
            if (remergeBar <= 1 && p >= REMERGE_CANDIDATE && !s.nameOnly) near.add(s);
            if (p >= model.mergeThreshold()) linked.add(s.id);
            if (p >= bestP) {
                bestP = p;
                best = s.id;
            }
        }
        if (best == null) {
            String nid = place(a, null);
            return new Assignment(id, nid, List.of(), true);
        }
        List<String> merged = new ArrayList<>();
        if (linked.size() >= 2 && !a.thin() && !a.roundUp()) {
            String survivor = linked.get(0);
            for (String l : linked) if (incidents.get(l).seq < incidents.get(survivor).seq) survivor = l;
            for (String l : linked) {
                if (l.equals(survivor)) continue;
                IncidentState gone = incidents.remove(l);
                if (splitter != null) splitter.merged(incidents.get(survivor), gone);
                uncountPersons(incidents.get(survivor), gone, false);
                incidents.get(survivor).absorb(gone);
                alias.put(l, survivor);
                merged.add(l);
            }
            best = survivor;
        }
        place(a, best);
        if (remergeBar <= 1 && !a.thin() && !a.roundUp()) best = remerge(best, near, merged);
        List<Assignment.Split> splits = splitter == null ? List.of() : split(best);
        return new Assignment(id, best, merged, false, splits);
    }

    /**
     * After an article joined incident {@code inc}, merges into it each other candidate {@code near} (linked to the
     * article with at least {@link #REMERGE_CANDIDATE}) whose recent members would now join it: their mean link
     * probability to the grown incident is at least the remerge bar. The article may have brought what the two lacked
     * (a shared name, the agreeing date or place), which no earlier arrival could use. The older incident's id
     * survives, as with a bridging merge. Returns the surviving id.
     */
    private String remerge(String inc, List<IncidentState> near, List<String> merged) {
        for (IncidentState y : near) {
            IncidentState x = incidents.get(inc);
            if (y.mergedInto != null || y.evicted || y == x || y.recent.isEmpty()) continue;
            double sum = 0;
            for (ArticleRep r : y.recent) sum += model.probability(LinkModel.features(r, x));
            if (sum / y.recent.size() < remergeBar) continue;
            IncidentState keep = x.seq <= y.seq ? x : y;
            IncidentState gone = keep == x ? y : x;
            incidents.remove(gone.id);
            if (splitter != null) splitter.merged(keep, gone);
            uncountPersons(keep, gone, false);
            keep.absorb(gone);
            alias.put(gone.id, keep.id);
            merged.add(gone.id);
            inc = keep.id;
        }
        return inc;
    }

    @Override
    public void restore(ClusterInput input, String incidentId) {
        ArticleRep a = represent(input);
        place(a, incidentId);
    }

    ArticleRep represent(ClusterInput input) {
        DedupDecision d = input.dedup();
        boolean boilerplate = d != null && d.kind() == DuplicateKind.BOILERPLATE;
        if (input.article().published() != null) {
            clock = Math.max(clock, (int) input.article().published().toEpochDay());
        }
        ArticleRep a = ArticleRep.of(input, terms, boilerplate);
        return a.persons().length == 0 ? a : a.withRarePersons(rarePersons(a.leadPersons()));
    }

    /** The keys of {@code keys} that at most {@link ArticleRep#RARE_PERSON_INCIDENTS} live incidents named. */
    private long[] rarePersons(long[] keys) {
        long[] out = new long[keys.length];
        int k = 0;
        for (long key : keys) if (personIncidents.getOrDefault(key, 0) <= ArticleRep.RARE_PERSON_INCIDENTS) out[k++] = key;
        return k == keys.length ? keys : java.util.Arrays.copyOf(out, k);
    }

    /** Counts the person keys of {@code a} that incident {@code s} did not name yet (call before adding {@code a}). */
    private void countPersons(IncidentState s, ArticleRep a) {
        for (long key : a.persons()) if (!s.persons.contains(key)) personIncidents.merge(key, 1, Integer::sum);
    }

    /** Takes back, from the person counts, the incidents {@code gone} and {@code keep} both counted (before a merge). */
    private void uncountPersons(IncidentState keep, IncidentState gone, boolean all) {
        for (int i = 0; i < gone.persons.size(); i++) {
            long key = gone.persons.get(i);
            if (all || keep.persons.contains(key)) personIncidents.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** The term of {@code id} in this clusterer's dictionary (for error analysis). */
    String word(int id) {
        return terms.word(id);
    }

    /** The live incident of the article this one copies, or null. */
    private String copiedIncident(DedupDecision d) {
        if (!joinsAsCopy(d)) return null;
        String inc = incidentOf.get(d.copyOf());
        return inc == null ? null : resolve(inc);
    }

    /** Whether {@code d} makes its article a copy that joins the incident of the article it copies (boilerplate does not). */
    static boolean joinsAsCopy(DedupDecision d) {
        return d != null && d.kind() != null && d.kind() != DuplicateKind.BOILERPLATE && d.copyOf() != null;
    }

    /** Candidate incidents of {@code a} with their pair features, retrieved from the time-blocked index. */
    List<Candidate> candidates(ArticleRep a) {
        List<IncidentState> ranked = ranked(a);
        List<Candidate> out = new ArrayList<>(ranked.size());
        for (IncidentState s : ranked) out.add(new Candidate(s.id, LinkModel.features(a, s)));
        LinkModel.addMargins(out.stream().map(Candidate::features).toList());
        return out;
    }

    /**
     * Candidate incidents of {@code a} from the time-blocked index, most shared index terms first (a view of a
     * scratch list, valid until the next call).
     */
    List<IncidentState> ranked(ArticleRep a) {
        int q = ++query;
        touched.clear();
        int[] idx = indexTerms(a);
        if (a.dated() || latestDay != ArticleRep.UNDATED) {
            int center = Math.floorDiv(a.dated() ? a.day() : latestDay, BUCKET_DAYS);
            int lo = center - WINDOW_BUCKETS;
            int hi = center + WINDOW_BUCKETS;
            int pub = pubBucket(a);
            for (int term : idx) {
                CandidateIndex.Buckets tb = index.dated(term);
                if (tb == null) continue;
                count(tb, lo, hi, q);
                if (pub != NO_BUCKET) {
                    // the extracted incident day may be wrong: also look around the publication day, once per bucket
                    count(tb, pub - WINDOW_BUCKETS, Math.min(pub + WINDOW_BUCKETS, lo - 1), q);
                    count(tb, Math.max(pub - WINDOW_BUCKETS, hi + 1), pub + WINDOW_BUCKETS, q);
                }
            }
        }
        count(index.undated(), idx, q);
        count(index.far(), farTerms(a), q);
        if (a.place() != null && a.factDated()) {
            int[] keys = new int[3];
            for (int d = -1; d <= 1; d++) keys[d + 1] = CandidateIndex.placeDayKey(a.place(), a.day() + d);
            count(index.placeDays(), keys, q, PLACE_DAY_HITS);
        }
        if (a.factDated() && !Double.isNaN(a.lat())) {
            int[] keys = geoDayKeys(a);
            count(index.placeDays(), keys, q, GEO_DAY_HITS);
        }
        int before = touched.size();
        if (a.followUp() && a.place() != null) {
            // a legal follow-up (arrest, plea, trial, sentence) looks up the incidents of its town across all time
            int[] key = {CandidateIndex.placeKey(a.place())};
            CandidateIndex.Posting p = index.places().get(key[0]);
            if (p != null && p.size <= FOLLOW_UP_PLACE_MAX) count(index.places(), key, q, FOLLOW_UP_PLACE_HITS);
        }
        if (a.refDays().length > 0 && (a.place() != null || !Double.isNaN(a.lat()))) {
            // the days the text names ("shot on March 3"), with its place, across all time: a follow-up's shooting
            count(index.placeDays(), refDayKeys(a), q, REF_DAY_HITS);
        }
        if (a.names().length > 0) {
            // rare names across all time: follow-ups months later (charges, trials) that share a victim's name
            count(index.names(), a.names(), q);
        }
        for (int i = before; i < touched.size(); i++) touched.get(i).nameOnly = true;
        touched.sort((x, y) -> x.hits != y.hits ? y.hits - x.hits : Long.compare(x.seq, y.seq));
        return touched.subList(0, Math.min(MAX_CANDIDATES, touched.size()));
    }

    /**
     * The (place, day) and (map cell, day) keys of the days {@code a}'s text names ({@link ArticleRep#refDays}), a day
     * either side, other than its own day (looked up with the window): its place's name and its own map cell only.
     */
    private static int[] refDayKeys(ArticleRep a) {
        int[] keys = new int[a.refDays().length * 6];
        int k = 0;
        boolean geo = !Double.isNaN(a.lat());
        for (int r : a.refDays()) {
            if (a.dated() && Math.abs(r - a.day()) <= 1) continue;
            for (int d = -1; d <= 1; d++) {
                if (a.place() != null) keys[k++] = CandidateIndex.placeDayKey(a.place(), r + d);
                if (geo) keys[k++] = CandidateIndex.geoDayKey(CandidateIndex.geoCell(a.lat()), CandidateIndex.geoCell(a.lon()), r + d);
            }
        }
        return java.util.Arrays.copyOf(keys, k);
    }

    /** The (map cell, day) keys around {@code a}'s place and incident day: the 3 x 3 cells around it, a day either side. */
    private static int[] geoDayKeys(ArticleRep a) {
        int lat = CandidateIndex.geoCell(a.lat());
        int lon = CandidateIndex.geoCell(a.lon());
        int[] keys = new int[27];
        int k = 0;
        for (int dl = -1; dl <= 1; dl++) {
            for (int dn = -1; dn <= 1; dn++) {
                for (int d = -1; d <= 1; d++) keys[k++] = CandidateIndex.geoDayKey(lat + dl, lon + dn, a.day() + d);
            }
        }
        return keys;
    }

    private void count(IntMap<CandidateIndex.Posting> section, int[] keys, int q) {
        count(section, keys, q, 1);
    }

    /** Adds {@code weight} hits to every live incident posted under one of {@code keys} in {@code section}. */
    private void count(IntMap<CandidateIndex.Posting> section, int[] keys, int q, int weight) {
        for (int term : keys) count(section.get(term), q, weight);
    }

    /** Adds a hit to every live incident posted under a term's buckets {@code from} to {@code to}. */
    private void count(CandidateIndex.Buckets tb, int from, int to, int q) {
        for (int i = tb.from(from); i < tb.size && tb.buckets[i] <= to; i++) count(tb.postings[i], q, 1);
    }

    /**
     * Adds {@code weight} hits to every live incident of {@code p} (unless it is a common term's list). The ranking
     * does not depend on the order of these calls: the hits are sums, and ties are broken by incident age.
     */
    private void count(CandidateIndex.Posting p, int q, int weight) {
        if (!index.usable(p)) return;
        for (int i = 0; i < p.size; i++) {
            IncidentState s = p.items[i].live();
            if (s.evicted) continue;
            if (s.mark != q) {
                s.mark = q;
                s.hits = 0;
                s.nameOnly = false;
                touched.add(s);
            }
            s.hits += weight;
        }
    }

    /** Adds {@code a} to incident {@code incidentId} (created when absent or null) and indexes it. */
    String place(ArticleRep a, String incidentId) {
        String inc = incidentId == null ? "i-" + a.id() : resolve(incidentId);
        IncidentState s = incidents.get(inc);
        if (s == null) {
            s = new IncidentState(inc, seq++);
            incidents.put(inc, s);
        }
        countPersons(s, a);
        s.add(a);
        if (splitter != null) splitter.added(s, a);
        incidentOf.put(a.id(), inc);
        if (a.dated()) latestDay = Math.max(latestDay, a.day());
        s.lastActive = Math.max(s.lastActive, now());
        s.lastSeq = placed++;
        index.add(a.dated() ? Math.floorDiv(a.day(), BUCKET_DAYS) : null, indexTerms(a), s);
        int pub = pubBucket(a);
        if (pub != NO_BUCKET) index.add(pub, indexTerms(a), s);
        index.addFar(farTerms(a), s);
        index.addNames(a.names(), s);
        if (a.place() != null) index.addPlace(a.place(), s);
        if (a.place() != null && a.factDated()) index.addPlaceDay(CandidateIndex.placeDayKey(a.place(), a.day()), s);
        if (a.factDated() && !Double.isNaN(a.lat())) {
            index.addPlaceDay(CandidateIndex.geoDayKey(CandidateIndex.geoCell(a.lat()), CandidateIndex.geoCell(a.lon()), a.day()), s);
        }
        if (++sinceSweep >= SWEEP_EVERY) sweep();
        return inc;
    }

    /**
     * Evicts incidents idle for more than {@link #HORIZON_DAYS} by the clock ({@link #now}) (then, if more than
     * {@link #MAX_LIVE} are left, the least recently active ones), with their members, aliases and postings, and
     * lets the vocabulary forget what no live incident uses.
     */
    private void sweep() {
        sinceSweep = 0;
        List<IncidentState> out = new ArrayList<>();
        List<IncidentState> kept = new ArrayList<>(incidents.size());
        int now = now();
        int cutoff = now == ArticleRep.UNDATED ? Integer.MIN_VALUE : now - horizonDays;
        for (IncidentState s : incidents.values()) {
            if (s.lastActive == ArticleRep.UNDATED) s.lastActive = now;
            if (s.lastActive != ArticleRep.UNDATED && s.lastActive < cutoff) out.add(s);
            else kept.add(s);
        }
        if (kept.size() > maxLive) {
            kept.sort((x, y) -> x.lastActive != y.lastActive ? Integer.compare(x.lastActive, y.lastActive)
                    : Long.compare(x.lastSeq, y.lastSeq));
            int drop = kept.size() - maxLive * 9 / 10;
            out.addAll(kept.subList(0, drop));
        }
        for (IncidentState s : out) evict(s);
        if (cutoff != Integer.MIN_VALUE) index.trim(Math.floorDiv(cutoff, BUCKET_DAYS) - WINDOW_BUCKETS);
        else if (!out.isEmpty()) index.trim(Integer.MIN_VALUE);
        terms.forgetUnused(this::termsInUse);
    }

    /**
     * The eviction clock. Publication dates move it rather than extracted incident dates, so one misread date in the
     * future cannot evict everything; streams without publication dates fall back to the newest article day.
     */
    private int now() {
        return clock != ArticleRep.UNDATED ? clock : latestDay;
    }

    private void evict(IncidentState s) {
        incidents.remove(s.id);
        for (String m : s.members) incidentOf.remove(m);
        for (String n : s.absorbed) alias.remove(n);
        s.evicted = true;
        uncountPersons(s, s, true);
        s.release();
        if (splitter != null) splitter.forget(s.id);
        evicted++;
    }

    /**
     * Splits incident {@code inc} when the splitter says it fell apart: the kept part is rebuilt under the same id
     * (the old state forwards to it, so its postings still retrieve it), the moved part becomes a new incident with
     * its members indexed afresh. The new id is the id of an incident merged in earlier whose founding article moved
     * (a merge undone), else {@code "i-" + first moved article}, suffixed when that is taken. Aliases follow the part
     * that holds their founding article.
     */
    private List<Assignment.Split> split(String inc) {
        IncidentSplitter.Partition p = splitter.check(inc);
        if (p == null) return List.of();
        IncidentState old = incidents.get(inc);
        java.util.Set<String> movedIds = new java.util.HashSet<>();
        for (ArticleRep r : p.move()) movedIds.add(r.id());
        List<String> movedAliases = new ArrayList<>();
        List<String> keptAliases = new ArrayList<>();
        for (String al : new java.util.LinkedHashSet<>(old.absorbed)) { // an id split off and merged back is listed twice
            if (al.equals(inc)) continue;
            (al.startsWith("i-") && movedIds.contains(al.substring(2)) ? movedAliases : keptAliases).add(al);
        }
        String child = movedAliases.isEmpty() ? null : movedAliases.remove(0);
        if (child == null) {
            String base = "i-" + p.move().get(0).id();
            child = base;
            for (int k = 2; incidents.containsKey(child) || alias.containsKey(child); k++) child = base + "-" + k;
        }
        IncidentState kept = new IncidentState(inc, old.seq);
        IncidentState moved = new IncidentState(child, seq++);
        for (ArticleRep r : p.keep()) kept.add(r);
        for (ArticleRep r : p.move()) moved.add(r);
        for (int i = 0; i < moved.persons.size(); i++) {
            long key = moved.persons.get(i);
            if (kept.persons.contains(key)) personIncidents.merge(key, 1, Integer::sum);
        }
        kept.absorbed.addAll(keptAliases);
        moved.absorbed.addAll(movedAliases);
        for (IncidentState s : List.of(kept, moved)) {
            s.lastActive = old.lastActive;
            s.lastSeq = old.lastSeq;
        }
        old.mergedInto = kept;
        old.release();
        incidents.put(inc, kept);
        incidents.put(child, moved);
        alias.remove(child);
        for (String al : movedAliases) alias.put(al, child);
        for (ArticleRep r : p.move()) {
            incidentOf.put(r.id(), child);
            index.add(r.dated() ? Math.floorDiv(r.day(), BUCKET_DAYS) : null, computeIndexTerms(r), moved);
            index.addFar(computeFarTerms(r), moved);
            index.addNames(r.names(), moved);
            if (r.place() != null) index.addPlace(r.place(), moved);
        }
        splitter.applied(inc, p, child);
        List<String> ids = p.move().stream().map(ArticleRep::id).toList();
        return List.of(new Assignment.Split(inc, child, ids, movedAliases, p.reasons()));
    }

    /**
     * Whether thin article {@code a} reports a fresh shooting of another day than every member of {@code c}: a title
     * or a body that says nothing of its own ({@link ArticleRep#thin}), dated by its text within
     * {@link #FRESH_PUB_DAYS} of its publication, both more than {@link #FRESH_GAP_DAYS} from every member's day, no
     * legal follow-up, naming none of the incident's days ({@code refDayXgap}) and none of its people ({@code
     * sharedPerson}). Such a headline ("4 people shot in southeast Atlanta") shares its few words with last month's
     * shooting in the same city; its cosines say nothing of the event, so the clusterer does not score that candidate.
     */
    static boolean freshElsewhere(ArticleRep a, IncidentState c, double[] f) {
        if (!(a.thin() || a.titleOnly()) || !a.factDated() || a.followUp() || a.pubDay() == ArticleRep.UNDATED
                || c.dated == 0 || Math.abs(a.day() - a.pubDay()) > FRESH_PUB_DAYS) {
            return false;
        }
        if (f[LinkModel.REF_DAY] != 0 || f[LinkModel.SHARED_PERSON] != 0) return false;
        int lo = Math.min(a.day(), a.pubDay());
        int hi = Math.max(a.day(), a.pubDay());
        return lo - c.maxDay > FRESH_GAP_DAYS || c.minDay - hi > FRESH_GAP_DAYS;
    }

    /** Incidents split so far. */
    long splitCount() {
        return splitter == null ? 0 : splitter.splitCount();
    }

    /** Marks in {@code used} every term id held by a live incident. */
    private void termsInUse(java.util.BitSet used) {
        for (IncidentState s : incidents.values()) {
            s.full.markTerms(used);
            s.head.markTerms(used);
            s.ents.markTerms(used);
        }
    }

    /** Index and far terms of the article being assigned, computed once for lookup and indexing. */
    private ArticleRep termsOf;
    private int[] termsIdx;
    private int[] termsFar;

    private int[] indexTerms(ArticleRep a) {
        cacheTerms(a);
        return termsIdx;
    }

    private int[] farTerms(ArticleRep a) {
        cacheTerms(a);
        return termsFar;
    }

    private void cacheTerms(ArticleRep a) {
        if (termsOf == a) return;
        termsOf = a;
        termsIdx = computeIndexTerms(a);
        termsFar = computeFarTerms(a);
    }

    private int[] computeFarTerms(ArticleRep a) {
        int[] top = a.ents().top(8);
        int k = 0;
        for (int t : top) if (terms.isMultiword(t)) top[k++] = t;
        return java.util.Arrays.copyOf(top, k);
    }

    private static final int NO_BUCKET = Integer.MIN_VALUE;

    /**
     * The bucket of the publication day when the article's day is an extracted incident date in another bucket
     * (a misread or a follow-up's date: the article is indexed and looks up around both days), else NO_BUCKET.
     */
    private static int pubBucket(ArticleRep a) {
        if (!a.dated() || a.pubDay() == ArticleRep.UNDATED) return NO_BUCKET;
        int pub = Math.floorDiv(a.pubDay(), BUCKET_DAYS);
        return pub == Math.floorDiv(a.day(), BUCKET_DAYS) ? NO_BUCKET : pub;
    }

    private String resolve(String inc) {
        String r = inc;
        while (alias.containsKey(r)) r = alias.get(r);
        return r;
    }

    private static int[] computeIndexTerms(ArticleRep a) {
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

    /** The live incident {@code incidentId} (or the one it was merged into), or null (for tests). */
    IncidentState incident(String incidentId) {
        return incidents.get(resolve(incidentId));
    }

    /** True when {@code incidentId} names a live incident. */
    boolean isOpen(String incidentId) {
        return incidents.containsKey(incidentId);
    }

    /** Incidents evicted so far. */
    long evictedCount() {
        return evicted;
    }

    /** Live incidents by id with their member count (for tests). */
    Map<String, Integer> sizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        incidents.forEach((k, v) -> out.put(k, v.size));
        return out;
    }
}
