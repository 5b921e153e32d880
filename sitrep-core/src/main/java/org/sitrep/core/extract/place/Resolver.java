package org.sitrep.core.extract.place;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;
import org.sitrep.core.internal.Possessives;
import org.sitrep.model.Place;

/**
 * Chooses one gazetteer reading per mention and tells the incident's own place from places merely
 * mentioned. Thread-safe (stateless but for the gazetteer).
 */
final class Resolver {
    /*
     * Disambiguation scores each reading by a population prior, the region or country named right after
     * it (", Texas"; ", Ukraine"), and votes from the rest of the document: regions and countries named
     * anywhere, nationality adjectives, and (second pass) the regions of the other mentions' chosen
     * readings plus closeness to them (spatial minimality: readings that sit near the document's other
     * places win), and in both passes closeness to the city the outlet's host is named after ("nbclosangeles.com":
     * its "Pasadena" is the Californian one). Weak single readings without any support are dropped as likely false
     * toponyms.
     *
     * The incident place is the resolved entity with the highest role score: title and dateline
     * mentions, a locative mention ("in X", "in central X") early in the body, "X police", frequency,
     * with a penalty for a capital that speaks ("Kyiv said", "Moscow denied"). Towns and counties outrank
     * regions, which outrank countries: a region or country is the incident place only when no town is.
     *
     * External signals (RegionSignals: the outlet's host and title, the URL path, state names inside
     * institutions, telephone area codes) vote like named regions. They also correct the incident afterwards:
     * an unanchored town in a region that only its own name supports yields to a town or county in the
     * region those signals point to, when its name has no reading there (a neighbourhood the gazetteer lists
     * only as a town elsewhere); and a small town near the centre of a big city named in the text yields to
     * that city (a neighbourhood listed as a town). Places named only in the outlet's name never win this way. Last,
     * a town alone in its state and far from a big city of another state that the text names as the scene's authority
     * ("Chicago police") or the outlet's host names is that city's neighbourhood (cityAround).
     */
    private static final double EARTH_KM = 6371.0;
    /** Share of a signalled region's vote that also goes to its country. */
    private static final double SIGC = 0.5;

    private final Gazetteer gazetteer;
    private final RegionSignals signals;
    private final double[] rankWeights;
    private final Tracer tracer;

    /** Sees the ranker's candidates and feature rows of each document (weight fitting). */
    interface Tracer {
        void candidates(Doc doc, List<Group> candidates, double[][] features);
    }

    Resolver(Gazetteer gazetteer) {
        this(gazetteer, IncidentRanker.WEIGHTS, null);
    }

    /** With given ranker weights (all zero: the heuristic alone) and an optional tracer. */
    Resolver(Gazetteer gazetteer, double[] rankWeights, Tracer tracer) {
        this.gazetteer = gazetteer;
        this.signals = new RegionSignals(gazetteer);
        this.rankWeights = rankWeights.clone();
        this.tracer = tracer;
    }

    List<Place> resolve(Doc doc, List<Mention> mentions) {
        if (mentions.isEmpty()) return List.of();
        Map<String, Double> regionVotes = new HashMap<>();
        Map<String, Double> countryVotes = new HashMap<>();
        baseVotes(doc, mentions, regionVotes, countryVotes);
        int[] chosen = new int[mentions.size()];
        double[] margin = new double[mentions.size()];
        String lang = "und".equals(doc.article().lang()) ? null : doc.article().lang();
        Map<String, Double> external = new HashMap<>(); // votes from outside the running text's place names
        signals.outlet(doc, mentions, external);
        signals.hostCountry(doc, countryVotes);
        Map<String, Double> signalled = new HashMap<>();
        signals.vote(doc, mentions, signalled);
        signalled.forEach((k, v) -> countryVotes.merge(k.substring(0, k.indexOf('.')), SIGC * v, Double::sum));
        signalled.forEach((k, v) -> external.merge(k, v, Double::sum));
        external.forEach((k, v) -> regionVotes.merge(k, v, Double::sum));
        int[] nested = nested(mentions);
        String hostName = RegionSignals.outletHost(doc);
        int host = signals.hostCity(hostName); // the outlet's city, a point of reference for every name
        int[] areas = host >= 0 ? new int[0] : signals.hostAreas(hostName); // or the towns and counties it may be named after
        choose(mentions, lang, regionVotes, countryVotes, null, nested, host, areas, chosen, margin);
        Map<String, Double> region2 = new HashMap<>(regionVotes);
        Map<String, Double> country2 = new HashMap<>(countryVotes);
        for (int i = 0; i < chosen.length; i++) {
            int r = chosen[i];
            if (r < 0 || mentions.get(i).readings().length == 1) continue;
            Kind k = gazetteer.kind(r);
            if (k == Kind.PLACE || k == Kind.COUNTY) {
                region2.merge(gazetteer.admin1Key(r), 0.4, Double::sum);
                country2.merge(gazetteer.country(r), 0.4, Double::sum);
            }
        }
        choose(mentions, lang, region2, country2, chosen.clone(), nested, host, areas, chosen, margin);
        dropForeignOutliers(mentions, chosen, countryVotes);
        dropUnlistedInTheirRegion(mentions, chosen);
        return roles(doc, mentions, chosen, margin, region2, external, host >= 0 ? host : biggestTown(areas), host >= 0 ? new int[] {host} : areas);
    }

    private void baseVotes(Doc doc, List<Mention> mentions, Map<String, Double> regions, Map<String, Double> countries) {
        for (Mention m : mentions) {
            double share = 1.0 / m.readings().length;
            for (int r : m.readings()) {
                switch (gazetteer.kind(r)) {
                    case ADMIN1 -> {
                        regions.merge(gazetteer.admin1Key(r), share, Double::sum);
                        countries.merge(gazetteer.country(r), share * 0.7, Double::sum);
                    }
                    case COUNTRY -> countries.merge(gazetteer.country(r), share, Double::sum);
                    case COUNTY -> {
                        regions.merge(gazetteer.admin1Key(r), share * 0.5, Double::sum);
                        countries.merge(gazetteer.country(r), share * 0.5, Double::sum);
                    }
                    case PLACE -> {
                        if (m.readings().length == 1) {
                            regions.merge(gazetteer.admin1Key(r), 0.3, Double::sum);
                            countries.merge(gazetteer.country(r), 0.3, Double::sum);
                        }
                    }
                }
            }
            for (int q : m.qualifier()) {
                if (gazetteer.kind(q) == Kind.ADMIN1) regions.merge(gazetteer.admin1Key(q), 2.0, Double::sum);
                countries.merge(gazetteer.country(q), 1.5, Double::sum);
            }
        }
        signals.coherence(mentions, regions);
        String text = doc.text();
        for (Map.Entry<String, String> d : Lexicon.DEMONYMS.entrySet()) {
            int n = countWord(text, d.getKey(), 3);
            if (n > 0) countries.merge(d.getValue(), 0.4 * n, Double::sum);
        }
        Map<String, Double> cues = new HashMap<>();
        for (Map.Entry<String, String> c : Lexicon.COUNTRY_CUES.entrySet()) {
            int n = countWord(text, c.getKey(), 3);
            if (n > 0) cues.merge(c.getValue(), 0.3 * n, Double::sum);
        }
        cues.forEach((cc, v) -> countries.merge(cc, Math.min(v, 1.5), Double::sum));
    }

    /**
     * The town and county readings that nest in one another across different names of the document: a town that
     * lies in a county the text also names ("Snow Hill" and "Greene County" both read in North Carolina), and
     * that county. Local news names the county of its towns (sheriff, courts), and of the many states with a
     * "Greene County" and a "Snow Hill" usually one has the town inside the county.
     */
    private int[] nested(List<Mention> mentions) {
        Map<String, List<int[]>> counties = new HashMap<>(); // admin2 code -> {county reading, mention index}
        for (int i = 0; i < mentions.size(); i++) {
            for (int r : mentions.get(i).readings()) {
                if (gazetteer.kind(r) == Kind.COUNTY && !gazetteer.admin2Code(r).isEmpty()) {
                    counties.computeIfAbsent(gazetteer.admin2Code(r), k -> new ArrayList<>(2)).add(new int[] {r, i});
                }
            }
        }
        if (counties.isEmpty()) return new int[0];
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (Mention m : mentions) {
            for (int r : m.readings()) {
                if (gazetteer.kind(r) != Kind.PLACE) continue;
                List<int[]> around = counties.get(gazetteer.admin2Code(r)); // admin2 codes are interned: no allocation
                if (around == null) continue;
                for (int[] c : around) {
                    if (mentions.get(c[1]).surface().equals(m.surface())) continue;
                    if (gazetteer.sameAdmin2(c[0], r)) {
                        out.add(r);
                        out.add(c[0]);
                    }
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * Weight of closeness to the city the outlet's host is named after ({@link RegionSignals#hostCity}): of a name's
     * readings, the one in or near the outlet's city ("Pasadena" on nbclosangeles.com) gains like one near the text's
     * other places. A vote for the city's whole state was tried too: small-town papers named like a far bigger city
     * elsewhere ("hillsborofreepress.com" is in Kansas, not at Hillsboro, Oregon) cost as much as it gained.
     */
    static final double HOST_NEAR = 1.0;

    /**
     * Weight of closeness to any reading of the town or county the outlet's host is named after when it names no
     * unambiguous city ({@link RegionSignals#hostAreas}: "salina.com" makes the Abilene near Salina, Kansas the likelier).
     */
    static final double HOST_AREA_NEAR = 1.0;

    /**
     * The most populous town among {@code readings} when it has {@link #AROUND_MIN} people or more, else -1: of the towns
     * an ambiguous host may be named after ("kansascity.com": Kansas City, Missouri or Kansas), the big city whose
     * neighbourhoods a story names ({@link #cityAround}).
     */
    private int biggestTown(int[] readings) {
        int best = -1;
        for (int r : readings) {
            if (gazetteer.kind(r) == Kind.PLACE && (best < 0 || gazetteer.population(r) > gazetteer.population(best))) best = r;
        }
        return best >= 0 && gazetteer.population(best) >= AROUND_MIN ? best : -1;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) if (x == v) return true;
        return false;
    }

    /** Score bonus of a town or county reading nested in a county or town reading of another name (see {@link #nested}). */
    static final double NESTED = 1.5;

    private void choose(List<Mention> mentions, String lang, Map<String, Double> regions, Map<String, Double> countries,
                        int[] previous, int[] nested, int host, int[] areas, int[] chosen, double[] margin) {
        int[] anchors = previous == null ? null : anchors(previous);
        int[] hostAnchor = host >= 0 && !Double.isNaN(gazetteer.lat(host)) ? new int[] {host} : null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            int bestR = -1;
            boolean nearArea = areas.length > 0 && m.readings().length > 1;
            for (int a : areas) if (contains(m.readings(), a)) nearArea = false; // the host's own name tells nothing
            for (int r : m.readings()) {
                double s = score(m, r, lang, regions, countries);
                if (anchors != null && m.readings().length > 1) s += nearness(r, anchors, m.readings());
                if (hostAnchor != null && m.readings().length > 1) s += HOST_NEAR * (r == host ? 1.0 : nearness(r, hostAnchor));
                if (nearArea) s += HOST_AREA_NEAR * nearness(r, areas);
                if (nested.length > 0 && m.readings().length > 1 && java.util.Arrays.binarySearch(nested, r) >= 0) s += NESTED;
                if (s > best) {
                    second = best;
                    best = s;
                    bestR = r;
                } else if (s > second) {
                    second = s;
                }
            }
            chosen[i] = keep(m, bestR, lang, regions, countries) || bestR >= 0 && nested.length > 0 && java.util.Arrays.binarySearch(nested, bestR) >= 0
                    ? bestR : -1;
            margin[i] = second == Double.NEGATIVE_INFINITY ? 3.0 : best - second;
        }
    }

    private double score(Mention m, int r, String lang, Map<String, Double> regions, Map<String, Double> countries) {
        Kind kind = gazetteer.kind(r);
        double s = switch (kind) {
            case COUNTRY -> 3.0;
            case ADMIN1 -> 1.2 + 0.22 * Math.log10(gazetteer.population(r) + 1.0); // a state of 10M: 2.7
            case COUNTY -> 0.3 * Math.log10(gazetteer.population(r) + 1.0);
            case PLACE -> 0.35 * Math.log10(gazetteer.population(r) + 1.0) + featureBonus(gazetteer.featureCode(r));
        };
        if (kind == Kind.ADMIN1 && isBareStem(r, m.surface())) s -= 2.0; // "Kharkiv" is the city before the oblast
        if (kind == Kind.ADMIN1 && namesCapital(m)) s -= 1.0; // bare "Washington" is the capital before the state
        if (lang != null && gazetteer.speaks(gazetteer.country(r), lang)) s += 0.6;
        if (!gazetteer.isOwnName(r, m.surface())) s -= 1.5; // "Philadelphia" is also an old name of Amman
        if (m.qualifier().length > 0) s += qualifierFit(m.qualifier(), r);
        if (kind != Kind.COUNTRY) s += 0.9 * Math.min(regions.getOrDefault(gazetteer.admin1Key(r), 0.0), 3.0);
        s += 0.6 * Math.min(countries.getOrDefault(gazetteer.country(r), 0.0), 3.0);
        return s;
    }

    /** True when one of the mention's readings is a national capital of exactly that name. */
    private boolean namesCapital(Mention m) {
        for (int r : m.readings()) {
            if ("PPLC".equals(gazetteer.featureCode(r)) && gazetteer.entry(r).name().equals(m.surface())) return true;
        }
        return false;
    }

    /** True when an admin1 region is named by its stem alone ("Poltava" for "Poltava Oblast"). */
    private boolean isBareStem(int r, String surface) {
        String name = gazetteer.entry(r).name();
        return !name.equals(surface) && name.startsWith(surface) && surface.indexOf(' ') < 0;
    }

    private static double featureBonus(String feature) {
        return switch (feature) {
            case "PPLC" -> 0.4;
            case "PPLA" -> 0.3;
            case "PPLA2" -> 0.1;
            case "PPLX" -> -0.4;
            default -> 0.0;
        };
    }

    private double qualifierFit(int[] qualifier, int r) {
        for (int q : qualifier) {
            if (gazetteer.kind(q) == Kind.ADMIN1 && gazetteer.kind(r) != Kind.COUNTRY
                    && gazetteer.admin1Key(q).equals(gazetteer.admin1Key(r))) {
                return 6.0;
            }
        }
        for (int q : qualifier) {
            if (gazetteer.kind(q) == Kind.COUNTRY && gazetteer.country(q).equals(gazetteer.country(r))) return 3.5;
        }
        return -4.0;
    }

    /** Bonus for a reading close to the places chosen for the other mentions (anchors: distinct towns and counties). */
    private double nearness(int r, int[] anchors) {
        return nearness(r, anchors, new int[0]);
    }

    /**
     * {@link #nearness(int, int[])} without the anchors that are readings of the name itself ({@code own}) in another
     * region: a name's first-pass reading does not vouch for its namesake across a state line ("Kansas City", Missouri
     * would otherwise make "Kansas City", Kansas, 5 km away, the nearer reading in the second pass). Within one region
     * it still may (a capital's town reading lends to its region's, as before; ecbplus clustering leans on that).
     */
    private double nearness(int r, int[] anchors, int[] own) {
        double lat = gazetteer.lat(r);
        if (Double.isNaN(lat)) return 0;
        double lon = gazetteer.lon(r);
        double bonus = 0;
        for (int o : anchors) {
            if (o == r || contains(own, o) && !gazetteer.admin1Key(o).equals(gazetteer.admin1Key(r)) || Math.abs(gazetteer.lat(o) - lat) > 2.3) {
                continue;
            }
            double km = km(lat, lon, gazetteer.lat(o), gazetteer.lon(o));
            if (km < 80) return 1.0;
            if (km < 250) bonus = 0.4;
        }
        return bonus;
    }

    private int[] anchors(int[] chosen) {
        return java.util.Arrays.stream(chosen).filter(o -> o >= 0)
                .filter(o -> gazetteer.kind(o) == Kind.PLACE || gazetteer.kind(o) == Kind.COUNTY)
                .filter(o -> !Double.isNaN(gazetteer.lat(o))).distinct().toArray();
    }

    /** A reading stays when it is large or something in the document vouches for it. */
    private boolean keep(Mention m, int r, String lang, Map<String, Double> regions, Map<String, Double> countries) {
        if (r < 0) return false;
        Kind kind = gazetteer.kind(r);
        long pop = gazetteer.population(r);
        if (kind == Kind.ADMIN1 && pop == 0) return countries.getOrDefault(gazetteer.country(r), 0.0) > 0.5;
        if (kind != Kind.PLACE) return true;
        if (m.has(Mention.QUALIFIED)) return qualifierFit(m.qualifier(), r) > 0;
        double regionSupport = regions.getOrDefault(gazetteer.admin1Key(r), 0.0) - (m.readings().length == 1 ? 0.3 : 0);
        double countrySupport = countries.getOrDefault(gazetteer.country(r), 0.0) - (m.readings().length == 1 ? 0.3 : 0)
                + (lang != null && gazetteer.speaks(gazetteer.country(r), lang) ? 0.6 : 0);
        boolean context = m.supported() || m.has(Mention.TITLE);
        if (pop >= 100_000) return true;
        if (pop >= 15_000) return context || regionSupport > 0.2 || countrySupport > 0.5;
        return (context && (regionSupport > 0.2 || countrySupport > 0.5 || pop >= 1000)) || regionSupport > 0.9;
    }

    /**
     * Drops the town readings that lie in a country no other name of the document is read in and nothing else votes for
     * (no demonym, no country cue, no outside signal), while at least two other names are read elsewhere: in a story from
     * Egypt, "Sadat City" read as a village in India, or "Abu Talat" as one in Rajasthan, is a local name the gazetteer
     * lacks. Big towns, a ", Country" and a dateline vouch for a reading; two doubtful readings do not vouch for each other.
     */
    private void dropForeignOutliers(List<Mention> mentions, int[] chosen, Map<String, Double> baseCountries) {
        Map<String, Double> outside = new HashMap<>(baseCountries); // less the towns' own votes (baseVotes)
        for (Mention m : mentions) {
            if (m.readings().length == 1 && gazetteer.kind(m.readings()[0]) == Kind.PLACE) {
                outside.merge(gazetteer.country(m.readings()[0]), -0.3, Double::sum);
            }
        }
        boolean[] doubtful = new boolean[mentions.size()];
        boolean any = false;
        for (int i = 0; i < mentions.size(); i++) {
            int r = chosen[i];
            Mention m = mentions.get(i);
            doubtful[i] = r >= 0 && gazetteer.kind(r) == Kind.PLACE && gazetteer.population(r) < 100_000
                    && !m.has(Mention.QUALIFIED) && !m.has(Mention.DATELINE)
                    && outside.getOrDefault(gazetteer.country(r), 0.0) <= 0.1;
            any |= doubtful[i];
        }
        if (!any) return;
        for (int i = 0; i < mentions.size(); i++) {
            if (!doubtful[i]) continue;
            String cc = gazetteer.country(chosen[i]);
            java.util.Set<String> elsewhere = new java.util.HashSet<>();
            boolean home = false;
            for (int j = 0; j < mentions.size() && !home; j++) {
                if (chosen[j] < 0 || doubtful[j] || mentions.get(j).surface().equals(mentions.get(i).surface())) continue;
                if (gazetteer.country(chosen[j]).equals(cc)) home = true;
                else elsewhere.add(mentions.get(j).surface());
            }
            if (!home && elsewhere.size() >= FOREIGN_DOC) chosen[i] = -1;
        }
    }

    /**
     * Drops every reading of a name that the document writes elsewhere with a region after it where the name has no
     * reading ("Hamilton Township, New Jersey" beside "Hamilton Twp." in the title): one name is one place in one story,
     * a place the gazetteer lacks in that region, not the namesake it does list elsewhere (Hamilton, Ohio); but a big
     * city's name in that country is taken for a slip of the region, as for datelines. The qualified mention itself is
     * already dropped by {@link #keep}.
     */
    private void dropUnlistedInTheirRegion(List<Mention> mentions, int[] chosen) {
        java.util.Set<String> unlisted = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (!m.has(Mention.QUALIFIED)) continue;
            boolean region = false; // a region of a country where the name has readings: no list ("Jonesboro, Bay")
            boolean listed = false;
            for (int q : m.qualifier()) {
                if (gazetteer.kind(q) != Kind.ADMIN1) continue;
                for (int r : m.readings()) {
                    if (gazetteer.kind(r) == Kind.COUNTRY || !gazetteer.country(r).equals(gazetteer.country(q))) continue;
                    region = true;
                    listed |= gazetteer.admin1Key(r).equals(gazetteer.admin1Key(q)) // "CHARLOTTE, S.C.": a big city's slip
                            || gazetteer.kind(r) == Kind.PLACE && gazetteer.population(r) >= MentionFinder.UNLISTED_MAX_NAMESAKE;
                }
            }
            if (region && !listed) unlisted.add(m.surface());
        }
        if (unlisted.isEmpty()) return;
        for (int i = 0; i < mentions.size(); i++) if (unlisted.contains(mentions.get(i).surface())) chosen[i] = -1;
    }

    /** Names read in other countries from which a doubtful town alone in its own is dropped ({@link #dropForeignOutliers}). */
    private static final int FOREIGN_DOC = 2;

    private List<Place> roles(Doc doc, List<Mention> mentions, int[] chosen, double[] margin, Map<String, Double> regions,
                              Map<String, Double> evidenceVotes, int host, int[] hostNamed) {
        int titleEnd = doc.article().title().isEmpty() ? 0 : doc.article().title().length();
        int firstBody = 0;
        while (firstBody < doc.sentences().size() && doc.sentences().get(firstBody).start() < titleEnd) firstBody++;
        BitSet repeated = IncidentRanker.repeated(doc.sentences(), firstBody);
        int story = firstBody;
        while (story < doc.sentences().size() && repeated.get(story)) story++; // the story begins after teasers
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (chosen[i] < 0) continue;
            Mention m = mentions.get(i);
            Group g = groups.computeIfAbsent(chosen[i], Group::new);
            g.add(m, margin[i], firstBody, story, gazetteer.isCapital(chosen[i]));
        }
        Map<String, Double> mass = new HashMap<>();
        double total = 0;
        for (Group g : groups.values()) {
            if (gazetteer.kind(g.entry) == Kind.COUNTRY) continue;
            mass.merge(gazetteer.admin1Key(g.entry), (double) g.count, Double::sum);
            total += g.count;
        }
        java.util.Set<String> scenes = new java.util.HashSet<>(); // states of towns and counties the text names as a scene
        for (Group g : groups.values()) {
            if (!g.inText || gazetteer.kind(g.entry) != Kind.PLACE && gazetteer.kind(g.entry) != Kind.COUNTY) continue;
            boolean scene = g.institution;
            for (Mention m : g.mentions) scene |= m.has(Mention.LOCATIVE) || m.has(Mention.DATELINE);
            if (scene) scenes.add(gazetteer.admin1Key(g.entry));
        }
        Group incident = null;
        double best = 0.0;
        for (Group g : groups.values()) {
            double s = g.score * switch (gazetteer.kind(g.entry)) {
                case PLACE -> 1.0;
                case COUNTY -> 0.5;
                case ADMIN1 -> 0.35;
                case COUNTRY -> 0.15;
            };
            if ("PPLX".equals(gazetteer.featureCode(g.entry))) s *= 0.5; // a neighbourhood: its city wins if named
            if (!g.inText && scenes.contains(gazetteer.admin1Key(g.entry))) s *= OUTLET_ONLY; // "... - KSLA News 12 Shreveport, Louisiana": the outlet's home
            if (gazetteer.kind(g.entry) != Kind.COUNTRY) {
                double others = total - g.count;
                double same = mass.getOrDefault(gazetteer.admin1Key(g.entry), 0.0) - g.count;
                if (others >= 2 && same < 0.25 * others) s *= 0.5; // an outlier far from the document's region
            }
            if (gazetteer.kind(g.entry) == Kind.PLACE || gazetteer.kind(g.entry) == Kind.COUNTY) {
                if (regions.getOrDefault(gazetteer.admin1Key(g.entry), 0.0) >= 0.9) s += 0.5;
            }
            g.roleScore = s;
            if (s > best) {
                best = s;
                incident = g;
            }
        }
        if (incident != null) incident = refine(incident, groups.values(), mass, hostNamed);
        if (incident != null) incident = elsewhere(incident, groups.values(), evidenceVotes, mass);
        if (incident != null) incident = enclosing(incident, groups.values(), 1.0);
        double ranked = -1; // the ranker's margin when it overrides the heuristic
        if (incident != null && gazetteer.kind(incident.entry) != Kind.COUNTRY) {
            List<Group> cands = IncidentRanker.candidates(groups.values(), gazetteer);
            double[][] rows = IncidentRanker.features(doc, cands, incident, mass, gazetteer, firstBody, story, repeated);
            if (tracer != null) tracer.candidates(doc, cands, rows);
            int top = IncidentRanker.best(rows, rankWeights);
            if (top >= 0 && cands.get(top) != incident) {
                double a = IncidentRanker.score(rows[top], rankWeights);
                double b = IncidentRanker.score(rows[cands.indexOf(incident)], rankWeights);
                ranked = 1.0 / (1.0 + Math.exp(b - a)) - 0.5;
                incident = enclosing(cands.get(top), groups.values(), CORE); // the ranker's pick in a city's core yields to it
            }
        }
        int around = incident == null ? -1 : cityAround(doc, incident, groups.values(), mass, evidenceVotes, host);
        best = incident == null ? 0 : incident.roleScore;
        double runnerUp = 0;
        for (Group g : groups.values()) if (g != incident) runnerUp = Math.max(runnerUp, g.roleScore);
        List<Place> out = new ArrayList<>();
        if (incident != null) {
            double roleConf = ranked >= 0 ? 0.5 + ranked : 0.5 + 0.5 * (best - runnerUp) / (best + 1.0);
            int city = around >= 0 ? around : "PPLX".equals(gazetteer.featureCode(incident.entry))
                    ? gazetteer.enclosingCity(incident.entry, 20, 100_000) : -1;
            if (city >= 0) {
                // a neighbourhood: the incident's place is its city; the neighbourhood stays as a mention
                Group c = groups.get(city);
                Mention m = c != null ? c.strongest : incident.strongest;
                out.add(place(doc, gazetteer.entry(city), m, Place.Role.INCIDENT, roleConf * incident.certainty()));
                out.add(place(doc, incident, Place.Role.MENTIONED, incident.certainty()));
                incident = c == null ? incident : c;
            } else {
                Group region = namedRegion(incident, groups.values(), mass, evidenceVotes);
                if (region != null) {
                    // a lone town named like one in another state, in a text that names one state only: the town in that state
                    GazetteerEntry r = gazetteer.entry(region.entry);
                    Mention m = incident.strongest;
                    out.add(new Place(m.surface(), r.admin1(), r.country(), null, null, null, Place.Role.INCIDENT,
                            doc.evidence(m.start(), m.end()), Math.max(0.05, Math.min(0.99, 0.5 * roleConf * incident.certainty()))));
                } else {
                    out.add(place(doc, incident, Place.Role.INCIDENT, roleConf * incident.certainty()));
                }
            }
        }
        for (Group g : groups.values()) {
            if (g != incident && !(out.size() > 1 && out.get(1).gazetteerId().equals(gazetteer.entry(g.entry).id()))) {
                out.add(place(doc, g, Place.Role.MENTIONED, g.certainty()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A big city the document is about, whose neighbourhood the incident's town most likely is: the incident is a town
     * no ", State" places, alone in its state (no other place, no state name, no outside signal there), while the text
     * names a big city of another state as the scene's authority (its police, a dateline: "AUSTIN — ... a Chicago
     * police spokesman") or the outlet's host is such a city ("charlotteobserver.com" on "University City"), and the
     * town lies far from that city. Neighbourhoods ("Germantown", "Linden", "Austin") are often towns elsewhere in the
     * gazetteer. Returns the reading of the town's name in or next to the city when there is one, else the city;
     * -1 when the rule does not apply.
     */
    private int cityAround(Doc doc, Group incident, java.util.Collection<Group> groups, Map<String, Double> mass, Map<String, Double> votes, int host) {
        if (gazetteer.kind(incident.entry) != Kind.PLACE || Double.isNaN(gazetteer.lat(incident.entry))) return -1;
        boolean area = false; // "the Austin neighborhood": a part of a city, whatever the size of its namesake town
        for (Mention m : incident.mentions) {
            if (m.has(Mention.QUALIFIED)) return -1;
            area |= m.has(Mention.AREA);
        }
        String home = gazetteer.admin1Key(incident.entry);
        if (!area && mass.getOrDefault(home, 0.0) > incident.count || votes.getOrDefault(home, 0.0) > 0) return -1;
        long pop = area ? 0 : gazetteer.population(incident.entry);
        int city = -1;
        for (Group g : groups) {
            if (g == incident || gazetteer.kind(g.entry) != Kind.PLACE || !g.inText || !g.plain) continue;
            if (gazetteer.admin1Key(g.entry).equals(home) || !gazetteer.country(g.entry).equals(gazetteer.country(incident.entry))) continue;
            boolean authority = false; // its police or a dateline; "a Detroit man" is a residence, no authority
            for (Mention m : g.mentions) authority |= m.has(Mention.DATELINE) || m.has(Mention.INSTITUTION) && !residence(doc.text(), m.end());
            if (!authority || gazetteer.population(g.entry) < (area ? AREA_CITY_MIN : AROUND_MIN) || gazetteer.population(g.entry) <= pop) continue;
            if (city < 0 || gazetteer.population(g.entry) > gazetteer.population(city)) city = g.entry;
        }
        if (city < 0 && host >= 0 && gazetteer.population(host) >= (area ? AREA_CITY_MIN : AROUND_MIN) && (area || pop < AROUND_TOWN_MAX)
                && !gazetteer.admin1Key(host).equals(home) && gazetteer.country(host).equals(gazetteer.country(incident.entry))) {
            city = host;
        }
        if (city < 0 || Double.isNaN(gazetteer.lat(city))) return -1;
        double radius = AROUND_KM * Math.max(1.0, Math.sqrt(gazetteer.population(city) / 1_000_000.0));
        if (km(gazetteer.lat(incident.entry), gazetteer.lon(incident.entry), gazetteer.lat(city), gazetteer.lon(city)) < 4 * radius) return -1;
        for (int r : incident.strongest.readings()) { // the neighbourhood listed as a town of the city's own
            if (gazetteer.kind(r) == Kind.PLACE && !Double.isNaN(gazetteer.lat(r))
                    && km(gazetteer.lat(r), gazetteer.lon(r), gazetteer.lat(city), gazetteer.lon(city)) < radius) {
                return r;
            }
        }
        return city;
    }

    /**
     * True when the word after a name ending at {@code end} (past a possessive "'s" and a hyphen) makes it a residence or
     * a region of origin rather than an authority: "a Detroit man", "a Detroit-area teen", "Detroit residents".
     */
    static boolean residence(String text, int end) {
        int i = end;
        if (Possessives.startsAt(text, i)) i += 2;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) i++;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        return Lexicon.RESIDENT.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Factor on the role score of a place named only in the outlet's name at the end of the title ("KSLA News 12
     * Shreveport, Louisiana") when the text names a town or county of its state as a scene ("in X", "X police", a
     * dateline): the outlet's home, not the scene.
     */
    static final double OUTLET_ONLY = 0.3;

    /** A city this big or bigger is taken for the one whose neighbourhood a lone far-away town's name denotes. */
    private static final long AROUND_MIN = 250_000;
    /** A city this big or bigger is taken for the one whose part the text calls a neighbourhood ({@link Mention#AREA}). */
    private static final long AREA_CITY_MIN = 100_000;
    /** Only a town smaller than this is taken for a neighbourhood of the outlet's host city. */
    private static final long AROUND_TOWN_MAX = 100_000;
    /** Radius of a city of a million people in km (scaled by the square root of its size), for what lies inside it. */
    private static final double AROUND_KM = 25;

    /**
     * Prefers the most specific well-supported place: a town over its county or region when the text names
     * one there, and a large city over a small far-away town of the same standing (a neighbourhood name that
     * happens to be a town elsewhere).
     */
    private Group refine(Group incident, java.util.Collection<Group> groups, Map<String, Double> mass, int[] hostNamed) {
        Kind kind = gazetteer.kind(incident.entry);
        if (kind == Kind.ADMIN1 || kind == Kind.COUNTRY || kind == Kind.COUNTY) {
            Group inside = null;
            for (Group g : groups) {
                if (g == incident || gazetteer.kind(g.entry) != Kind.PLACE || g.roleScore <= 0) continue;
                boolean within = switch (kind) {
                    case COUNTRY -> gazetteer.country(g.entry).equals(gazetteer.country(incident.entry));
                    case ADMIN1 -> gazetteer.admin1Key(g.entry).equals(gazetteer.admin1Key(incident.entry));
                    default -> gazetteer.admin1Key(g.entry).equals(gazetteer.admin1Key(incident.entry))
                            && gazetteer.admin2Code(g.entry).equals(gazetteer.admin2Code(incident.entry))
                            && g.roleScore >= 0.4 * incident.roleScore;
                };
                if (within && (inside == null || g.roleScore > inside.roleScore)) inside = g;
            }
            if (inside != null) return inside;
        }
        if (kind == Kind.PLACE && !namedByHost(incident.entry, hostNamed)) {
            // a town alone in its region (nothing else named there, no ", State", no dateline) yields more easily
            boolean lonely = !incident.anchored && mass.getOrDefault(gazetteer.admin1Key(incident.entry), 0.0) <= incident.count
                    && gazetteer.population(incident.entry) < LONELY_MAX_POPULATION;
            double share = lonely ? LONELY_SHARE : 0.5;
            Group bigger = null;
            for (Group g : groups) {
                if (g == incident || gazetteer.kind(g.entry) != Kind.PLACE) continue;
                if (gazetteer.admin1Key(g.entry).equals(gazetteer.admin1Key(incident.entry))) continue;
                if (!g.plain) continue;
                if (gazetteer.population(g.entry) > 5 * Math.max(gazetteer.population(incident.entry), 1000)
                        && g.roleScore >= share * incident.roleScore) {
                    if (bigger == null || g.roleScore > bigger.roleScore) bigger = g;
                    continue;
                }
                if (g.institution && !incident.institution && !incident.anchored && g.roleScore >= 0.5 * incident.roleScore) {
                    return g; // "Chicago police" outweighs a namesake town elsewhere ("the Austin neighborhood")
                }
            }
            if (bigger != null) return bigger;
        }
        return incident;
    }

    /**
     * True when the outlet's host spells out the town or its county ("claycountyprogress.com" for Warne, in Clay
     * County, North Carolina): the outlet's own area, which a far bigger town elsewhere named in the text does not
     * outweigh.
     */
    private boolean namedByHost(int town, int[] hostNamed) {
        for (int h : hostNamed) {
            if (h == town) return true;
            if (gazetteer.kind(h) == Kind.COUNTY && gazetteer.sameAdmin2(h, town)) return true;
        }
        return false;
    }

    /**
     * The one region (state) the text names outright, when the incident is a small unanchored town alone in another
     * region of the same country that no outside signal supports: most likely a place of that name in the named
     * region that the gazetteer lacks ("in Ira" in a story that names Vermont, read as Ira, Iowa). Null otherwise.
     */
    private Group namedRegion(Group incident, java.util.Collection<Group> groups, Map<String, Double> mass, Map<String, Double> votes) {
        if (gazetteer.kind(incident.entry) != Kind.PLACE || incident.anchored) return null;
        String home = gazetteer.admin1Key(incident.entry);
        if (gazetteer.population(incident.entry) >= LONELY_MAX_POPULATION || mass.getOrDefault(home, 0.0) > incident.count
                || votes.getOrDefault(home, 0.0) > 0) {
            return null;
        }
        Group named = null;
        for (Group g : groups) {
            if (gazetteer.kind(g.entry) != Kind.ADMIN1 || !g.inText || gazetteer.admin1Key(g.entry).equals(home)) continue;
            if (!gazetteer.country(g.entry).equals(gazetteer.country(incident.entry))) continue;
            if (named != null) return null; // two regions named: no telling
            named = g;
        }
        if (named == null) return null;
        for (int r : incident.strongest.readings()) {
            if (gazetteer.admin1Key(r).equals(gazetteer.admin1Key(named.entry))) return null; // chosen against on purpose
        }
        return named;
    }

    /** Share of a lone town's role score that a far bigger town of another region needs to be preferred. */
    private static final double LONELY_SHARE = 0.15;
    /** Only a town smaller than this is taken for a lone, doubtful reading. */
    private static final long LONELY_MAX_POPULATION = 50_000;

    /**
     * An unanchored town whose region nothing else in the document supports, while the document's own
     * evidence (outlet, signals, unambiguous places, other places' mentions) points to another region where
     * the name has no reading: the name is most likely a neighbourhood or a place the gazetteer lacks in that
     * region ("the Austin neighborhood" in a Chicago paper), so the best-placed town or county there wins.
     */
    private Group elsewhere(Group incident, java.util.Collection<Group> groups, Map<String, Double> votes, Map<String, Double> mass) {
        if (gazetteer.kind(incident.entry) != Kind.PLACE || incident.anchored) return incident;
        String home = gazetteer.admin1Key(incident.entry);
        java.util.Set<String> readable = new java.util.HashSet<>();
        for (int r : incident.strongest.readings()) readable.add(gazetteer.admin1Key(r));
        double homeSupport = votes.getOrDefault(home, 0.0);
        Group best = null;
        double bestSupport = homeSupport + ELSE_MARGIN;
        for (Group g : groups) {
            Kind k = gazetteer.kind(g.entry);
            if (g == incident || (k != Kind.PLACE && k != Kind.COUNTY) || !g.inText) continue;
            String region = gazetteer.admin1Key(g.entry);
            if (readable.contains(region)) continue;
            double support = votes.getOrDefault(region, 0.0);
            if (support > bestSupport || (best != null && support == bestSupport && better(g, best))) {
                best = g;
                bestSupport = support;
            }
        }
        if (best == null) return incident;
        for (Group g : groups) { // the best-placed town in that region
            if (g != best && g.inText && gazetteer.admin1Key(g.entry).equals(gazetteer.admin1Key(best.entry)) && better(g, best)) best = g;
        }
        return best;
    }

    private static final double ELSE_MARGIN = 0.5;

    /**
     * A small town close to the centre of a big city the text also names is most likely one of its
     * neighbourhoods (gazetteers list many as towns): the city is the incident's place.
     */
    private Group enclosing(Group incident, java.util.Collection<Group> groups, double reach) {
        if (gazetteer.kind(incident.entry) != Kind.PLACE || Double.isNaN(gazetteer.lat(incident.entry))) return incident;
        long pop = gazetteer.population(incident.entry);
        for (Group g : groups) {
            if (g == incident || gazetteer.kind(g.entry) != Kind.PLACE || !g.inText || !g.plain) continue;
            long big = gazetteer.population(g.entry);
            if (big < CITY_MIN || big < 10 * Math.max(pop, 1)) continue;
            double radius = reach * CITY_KM * Math.sqrt(big / 1_000_000.0);
            if (km(gazetteer.lat(incident.entry), gazetteer.lon(incident.entry), gazetteer.lat(g.entry), gazetteer.lon(g.entry)) < radius) {
                return g;
            }
        }
        return incident;
    }

    /** A city this big or bigger swallows the small towns named with it within {@link #CITY_KM} times sqrt(millions). */
    private static final long CITY_MIN = 300_000;
    private static final double CITY_KM = 10;
    /**
     * Share of {@link #CITY_KM}'s reach within which the ranker's pick still yields to the big city named with it: the
     * city's core, where gazetteer towns are its neighbourhoods ("East Flatbush" in Brooklyn), not the separate cities
     * of its outer ring (Compton, Mount Vernon), which the ranker rightly keeps.
     */
    private static final double CORE = 0.5;

    private boolean better(Group a, Group b) {
        boolean aTown = gazetteer.kind(a.entry) == Kind.PLACE;
        boolean bTown = gazetteer.kind(b.entry) == Kind.PLACE;
        if (aTown != bTown) return aTown;
        return a.roleScore > b.roleScore;
    }

    private Place place(Doc doc, Group g, Place.Role role, double confidence) {
        return place(doc, gazetteer.entry(g.entry), role == Place.Role.INCIDENT ? g.strongest : g.first, role, confidence);
    }

    private Place place(Doc doc, GazetteerEntry e, Mention m, Place.Role role, double confidence) {
        double lat = e.lat();
        double lon = e.lon();
        return new Place(e.name(), e.admin1(), e.country(), Double.isNaN(lat) ? null : round(lat), Double.isNaN(lon) ? null : round(lon),
                e.id(), role, doc.evidence(m.start(), m.end()), Math.max(0.05, Math.min(0.99, confidence)));
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        return org.sitrep.core.internal.Geo.km(lat1, lon1, lat2, lon2);
    }

    private static int countWord(String text, String word, int cap) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0 && n < cap; at = text.indexOf(word, at + word.length())) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) n++;
        }
        return n;
    }
}
