package org.sitrep.core.extract.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.internal.UrlPaths;
import org.sitrep.model.Place;

/**
 * The home of each outlet, learned online from the incident places of its earlier articles: a local paper's
 * stories mostly happen in its town and state, so when an article names no place at all, the outlet's usual
 * place is the best guess. Nothing is configured by hand; an outlet is known only after {@link #MIN_ARTICLES}
 * of its articles have been observed. Thread-safe (synchronised; calls are cheap). Memory grows with the
 * number of outlets and, up to {@link #MAX_TRACKED} ids, with the articles observed.
 */
public final class OutletPrior {
    /**
     * Articles of an outlet needed before it has a home: one, since most outlets are seen rarely, and an article that
     * names no place (a paywall, an empty page) is better placed where its outlet's one earlier story was than nowhere.
     */
    static final int MIN_ARTICLES = 1;
    /** Share of an outlet's articles its home place must hold. */
    static final double MIN_SHARE = 0.3;
    /** Confidence given to a place that only the outlet's history supports. */
    static final double CONFIDENCE = 0.2;
    /** Article ids remembered so that re-observing an article counts it once; learning stops beyond. */
    static final int MAX_TRACKED = 2_000_000;

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Place> examples = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Map<String, Integer>> regions = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    /** Counts an article's incident place towards its outlet's home, once per article id. Nulls are ignored. */
    public synchronized void observe(String outlet, String articleId, Place incident) {
        if (outlet == null || outlet.isBlank() || articleId == null || incident == null) return;
        if (incident.role() != Place.Role.INCIDENT || seen.size() >= MAX_TRACKED || !seen.add(articleId)) return;
        String host = host(outlet);
        String key = key(incident);
        counts.computeIfAbsent(host, k -> new HashMap<>()).merge(key, 1, Integer::sum);
        totals.merge(host, 1, Integer::sum);
        if (incident.admin1() != null) regions.computeIfAbsent(host, k -> new HashMap<>()).merge(incident.admin1(), 1, Integer::sum);
        examples.putIfAbsent(host + "|" + key, incident);
    }

    /**
     * The outlet's usual incident place when it has one: a copy of the first place observed for it (its evidence
     * points at that earlier article), with a low confidence. Empty for an outlet seen too rarely or too varied.
     */
    public synchronized Optional<Place> home(String outlet) {
        if (outlet == null || outlet.isBlank()) return Optional.empty();
        String host = host(outlet);
        int total = totals.getOrDefault(host, 0);
        if (total < MIN_ARTICLES) return Optional.empty();
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.get(host).entrySet()) {
            if (best == null || e.getValue() > best.getValue()
                    || (e.getValue().equals(best.getValue()) && e.getKey().compareTo(best.getKey()) < 0)) {
                best = e;
            }
        }
        if (best == null || best.getValue() < MIN_SHARE * total) return Optional.empty();
        Place p = examples.get(host + "|" + best.getKey());
        return Optional.of(new Place(p.name(), p.admin1(), p.country(), p.lat(), p.lon(), p.gazetteerId(),
                Place.Role.INCIDENT, p.evidence(), Math.min(CONFIDENCE, p.confidence())));
    }

    /**
     * The region (state) that at least {@link #REGION_SHARE} of the outlet's articles, and at least
     * {@link #REGION_ARTICLES} of them, were placed in: a local outlet's own state. Empty otherwise.
     */
    public synchronized Optional<String> homeRegion(String outlet) {
        return homeRegion(outlet, REGION_ARTICLES);
    }

    /**
     * The region at least {@link #REGION_SHARE} of the outlet's articles were placed in, once {@code articles} of
     * them have been observed: a weaker guess when {@code articles} is smaller than {@link #REGION_ARTICLES}.
     */
    public synchronized Optional<String> homeRegion(String outlet, int articles) {
        if (outlet == null || outlet.isBlank()) return Optional.empty();
        String host = host(outlet);
        int total = totals.getOrDefault(host, 0);
        if (total < Math.max(1, articles)) return Optional.empty();
        return regions.getOrDefault(host, Map.of()).entrySet().stream()
                .filter(e -> e.getValue() >= REGION_SHARE * total).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The best guess for an article of this outlet that names no place: its {@link #home usual place} when it
     * has one; else, when the outlet has a {@link #homeRegion home region}, the place it most often reported in
     * that region if that place holds at least {@link #GUESS_SHARE} of its articles (a metropolitan paper whose
     * stories spread over the suburbs), else the region itself. Low confidence; empty for an outlet without a
     * home region.
     */
    public synchronized Optional<Place> guess(String outlet) {
        Optional<Place> home = home(outlet);
        if (home.isPresent()) return home;
        Optional<String> region = homeRegion(outlet);
        if (region.isEmpty()) return Optional.empty();
        String host = host(outlet);
        int total = totals.get(host);
        Map.Entry<String, Integer> best = null;
        Place any = null;
        for (Map.Entry<String, Integer> e : counts.get(host).entrySet()) {
            Place p = examples.get(host + "|" + e.getKey());
            if (!region.get().equals(p.admin1())) continue;
            if (any == null) any = p;
            if (p.name().equals(p.admin1())) continue;
            if (best == null || e.getValue() > best.getValue()
                    || (e.getValue().equals(best.getValue()) && e.getKey().compareTo(best.getKey()) < 0)) {
                best = e;
            }
        }
        if (best != null && best.getValue() >= GUESS_SHARE * total) {
            Place p = examples.get(host + "|" + best.getKey());
            return Optional.of(new Place(p.name(), p.admin1(), p.country(), p.lat(), p.lon(), p.gazetteerId(), Place.Role.INCIDENT,
                    p.evidence(), Math.min(CONFIDENCE, p.confidence())));
        }
        // the region only, with the evidence of an earlier article placed there
        return Optional.of(new Place(region.get(), region.get(), any.country(), null, null, null, Place.Role.INCIDENT,
                any.evidence(), Math.min(CONFIDENCE, any.confidence())));
    }

    /**
     * Remembers that an article of the outlet placed a town called {@code name} in {@code admin1} beyond doubt (its
     * text qualified the name or named another place of that state). Counted once per article id; nulls are ignored.
     */
    public synchronized void observeReading(String outlet, String articleId, String name, String admin1) {
        if (outlet == null || outlet.isBlank() || articleId == null || name == null || admin1 == null) return;
        if (readingsSeen.size() >= MAX_TRACKED || !readingsSeen.add(articleId + "|" + name)) return;
        readings.computeIfAbsent(host(outlet) + "|" + name.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(admin1, 1, Integer::sum);
    }

    /**
     * The region in which this outlet's earlier articles placed a town called {@code name} beyond doubt ({@link
     * #observeReading}), when they all agree: a local paper's "Columbus" is the Columbus it once wrote out in full. Empty
     * when the outlet never placed the name so, or placed it in several regions.
     */
    public synchronized Optional<String> reading(String outlet, String name) {
        if (outlet == null || outlet.isBlank() || name == null) return Optional.empty();
        Map<String, Integer> r = readings.get(host(outlet) + "|" + name.toLowerCase(Locale.ROOT));
        return r == null || r.size() != 1 ? Optional.empty() : Optional.of(r.keySet().iterator().next());
    }

    /**
     * True the first time a caller looks at an article's town {@code name} for {@link #observeReading}, so that the
     * article's text is checked once, not again at each later reconciliation of its incident; false after that, and
     * once {@link #MAX_TRACKED} looks are remembered.
     */
    public synchronized boolean firstReadingLook(String articleId, String name) {
        if (articleId == null || name == null || looked.size() >= MAX_TRACKED) return false;
        return looked.add(articleId + "|" + name);
    }

    private final Map<String, Map<String, Integer>> readings = new HashMap<>();
    private final Set<String> readingsSeen = new HashSet<>();
    private final Set<String> looked = new HashSet<>();

    /** Share of an outlet's articles its most frequent town in its home region needs to be {@link #guess guessed}. */
    static final double GUESS_SHARE = 0.1;

    /** Articles of an outlet needed before it has a home region. */
    static final int REGION_ARTICLES = 2;
    /** Share of an outlet's articles its home region must hold. */
    static final double REGION_SHARE = 0.8;

    private static String key(Place p) {
        return (p.name() + "|" + p.admin1() + "|" + p.country()).toLowerCase(Locale.ROOT);
    }

    private static String host(String outlet) {
        return UrlPaths.site(outlet);
    }
}
