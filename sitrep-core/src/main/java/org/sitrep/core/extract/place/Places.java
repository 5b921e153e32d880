package org.sitrep.core.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.model.Place;

/** Factories for the place extractor. */
public final class Places {
    private Places() {
    }

    /**
     * The default extractor over the built-in {@link Gazetteer#standard() gazetteer} (loaded once, on the
     * first article, in about a second). Returns the incident's place first (role INCIDENT), then the other
     * places in order of first mention, one per resolved place. When the text names no place, a town or county
     * named in the URL's path is the incident's place (evidence: an empty span whose sentence is the URL). Thread-safe.
     */
    public static PlaceExtractor standard() {
        return new Standard(null);
    }

    /** The default extractor over a given gazetteer. Thread-safe. */
    public static PlaceExtractor using(Gazetteer gazetteer) {
        return new Standard(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /**
     * True when {@code inner} lies inside {@code outer}, a county or region of the built-in gazetteer ("Ringgold"
     * in "Catoosa County"); false for places the gazetteer does not know by their ids. Loads the gazetteer on
     * first use. Thread-safe.
     */
    public static boolean within(Place inner, Place outer) {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(outer, "outer");
        if (outer.gazetteerId() == null || !outer.gazetteerId().startsWith("census-county:") && !outer.gazetteerId().startsWith("iso3166-2:")) {
            return false; // a town or a country: nothing to look up
        }
        return Gazetteer.standard().within(inner.name(), inner.gazetteerId(), outer.name(), outer.gazetteerId());
    }

    /**
     * A place this populous, or a national capital, does not yield to a far smaller namesake. It was 100,000 until
     * session 11: on gva-dev that guard only ever kept wrong towns (a Mississippi station's "Columbus", a Charlotte
     * station's "Union" for Union, South Carolina, an Idaho station's "Washington County"); the reconciler asks only
     * for a name that no member places in its state by anything else.
     */
    static final long NAMESAKE_KEEPS = 1_000_000;

    /**
     * The town of the same name in another region of the same country ("Pasadena" in California for "Pasadena",
     * Texas), the most populous when there are several, or where the region has no such town the county or parish of
     * that bare name when it is more populous than the place ("DeKalb", Illinois is DeKalb County, Georgia: local news
     * names a county bare, "DeKalb police"; but "Montgomery", Alabama is no smaller Montgomery County elsewhere); empty
     * when the built-in gazetteer has neither or when the place is a city of a million or more or a national capital
     * and the namesake far smaller ("Houston" stays in Texas, "Washington" in the District of Columbia; "Columbus", Ohio
     * may be Columbus, Mississippi). Keeps the place's role, evidence and confidence. Loads the gazetteer on first use.
     * Thread-safe.
     */
    public static java.util.Optional<Place> namesake(Place place, String admin1) {
        Objects.requireNonNull(place, "place");
        if (admin1 == null || admin1.equals(place.admin1())) return java.util.Optional.empty();
        Gazetteer g = Gazetteer.standard();
        GazetteerEntry best = null;
        for (int i : g.lookup(place.name())) {
            GazetteerEntry e = g.entry(i);
            if (e.kind() != GazetteerEntry.Kind.PLACE && e.kind() != GazetteerEntry.Kind.COUNTY) continue;
            if (!e.name().equals(place.name()) || !admin1.equals(e.admin1()) || !e.country().equals(place.country())) continue;
            if (best == null || e.population() > best.population()) best = e;
        }
        if (best == null) {
            best = countyNamed(g, place, admin1);
            if (best != null && best.population() <= population(place)) best = null; // "Montgomery", Alabama is no smaller county
        }
        if (best == null) return java.util.Optional.empty();
        for (int i : g.lookup(place.name())) { // a big city does not yield to a hamlet of its name
            GazetteerEntry e = g.entry(i);
            if (e.id().equals(place.gazetteerId()) && (e.population() >= NAMESAKE_KEEPS || e.isCapital())
                    && e.population() > 10 * best.population()) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new Place(best.name(), best.admin1(), best.country(), Double.isNaN(best.lat()) ? null : best.lat(),
                Double.isNaN(best.lon()) ? null : best.lon(), best.id(), place.role(), place.evidence(), place.confidence()));
    }

    /**
     * The county or parish called the place's bare name in the region ("DeKalb County" for "DeKalb" in Georgia); null
     * when there is none. Local news names its counties bare ("a DeKalb shooting", "Henry police"), while the gazetteer
     * lists a county only under its full name.
     */
    private static GazetteerEntry countyNamed(Gazetteer g, Place place, String admin1) {
        for (String suffix : COUNTY_SUFFIXES) {
            for (int i : g.lookup(place.name() + suffix)) {
                GazetteerEntry e = g.entry(i);
                if (e.kind() == GazetteerEntry.Kind.COUNTY && admin1.equals(e.admin1()) && e.country().equals(place.country())) return e;
            }
        }
        return null;
    }

    private static final String[] COUNTY_SUFFIXES = {" County", " Parish"};

    /**
     * The seat of a county of the built-in gazetteer ("Decatur" for "DeKalb County", Georgia), with the county's role,
     * evidence and confidence; empty for anything but a county the gazetteer knows by its id, or one without a known
     * seat. Loads the gazetteer on first use. Thread-safe.
     */
    public static java.util.Optional<Place> countySeat(Place county) {
        Objects.requireNonNull(county, "county");
        if (county.gazetteerId() == null || !county.gazetteerId().startsWith("census-county:")) return java.util.Optional.empty();
        Gazetteer g = Gazetteer.standard();
        for (int i : g.lookup(county.name())) {
            if (!g.entry(i).id().equals(county.gazetteerId())) continue;
            int seat = g.countySeat(i);
            if (seat < 0) return java.util.Optional.empty();
            GazetteerEntry e = g.entry(seat);
            return java.util.Optional.of(new Place(e.name(), e.admin1(), e.country(), Double.isNaN(e.lat()) ? null : e.lat(),
                    Double.isNaN(e.lon()) ? null : e.lon(), e.id(), county.role(), county.evidence(), county.confidence()));
        }
        return java.util.Optional.empty();
    }

    /**
     * True when the built-in gazetteer lists {@code surface} as a name of the record the place resolved to ("Kiev" for
     * Kyiv's record, "U.S." for the United States'), the surface taken as it is, and it is not the own name of another town or county of
     * its country (an alternate name shared with a town of that name elsewhere: "Mason" for Glendale, California);
     * false for a place without a gazetteer id. A place whose evidence is another name's span (a county's seat cites the county, an outlet's usual place the
     * outlet) does not make that name the place's. Loads the gazetteer on first use. Thread-safe.
     */
    public static boolean isNameOf(String surface, Place place) {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(place, "place");
        if (place.gazetteerId() == null) return false;
        Gazetteer g = Gazetteer.standard();
        boolean listed = false;
        for (int i : g.lookup(surface)) {
            GazetteerEntry e = g.entry(i);
            if (e.id().equals(place.gazetteerId())) {
                listed = true;
            } else if (e.name().equals(surface) && e.country().equals(place.country())
                    && (e.kind() == GazetteerEntry.Kind.PLACE || e.kind() == GazetteerEntry.Kind.COUNTY)) {
                return false; // first another town's own name: the article more likely meant that town
            }
        }
        if (listed) return true;
        String cc = Lexicon.COUNTRY_ALIASES.get(surface);
        if (cc == null) cc = Lexicon.MULTIWORD_COUNTRY_ALIASES.get(surface);
        if (cc == null || !cc.equals(place.country())) return false;
        String name = g.countryName(cc);
        if (name == null) return false;
        for (int i : g.lookup(name)) {
            if (g.kind(i) == GazetteerEntry.Kind.COUNTRY && g.entry(i).id().equals(place.gazetteerId())) return true;
        }
        return false;
    }

    /**
     * True when {@code text} writes the place's name (in any case: datelines are capitals) followed by a comma and its
     * own state: the state's name, its USPS code or an AP abbreviation ("Columbus, Ga.", "COLUMBUS, GA", "Columbus,
     * Georgia"); false for "Columbus, Ohio" when the place is the Georgian one, and for a place that is a state itself.
     * Loads the gazetteer on first use. Thread-safe.
     */
    public static boolean qualifiedByItsState(String text, Place place) {
        Objects.requireNonNull(place, "place");
        if (text == null || place.admin1() == null || place.name().equals(place.admin1())) return false;
        String code = null;
        if ("US".equals(place.country())) {
            for (String c : AreaCodes.states()) if (place.admin1().equals(Gazetteer.standard().admin1Name("US", c))) code = c;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String key = place.name().toLowerCase(Locale.ROOT) + ", ";
        for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) continue;
            int from = at + key.length();
            if (followedBy(text, from, place.admin1(), true)) return true;
            if (code == null) continue;
            if (followedBy(text, from, code, false)) return true;
            for (Map.Entry<String, String> e : Lexicon.US_STATE_ABBREVIATIONS.entrySet()) {
                if (e.getValue().equals(code) && followedBy(text, from, e.getKey(), true)) return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds {@code word} at {@code from}, not followed by a letter. */
    private static boolean followedBy(String text, int from, String word, boolean ignoreCase) {
        int end = from + word.length();
        return text.regionMatches(ignoreCase, from, word, 0, word.length()) && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    /**
     * The first-level region (state, oblast) a place lies in, as the built-in gazetteer records it: the ADMIN1 record
     * named the place's {@code admin1} in its country, with the region's centroid. Where a place has no coordinates of
     * its own (a dateline town the gazetteer does not list) this is the nearest known point. Empty when the place names
     * no region or the gazetteer has none of that name there. Loads the gazetteer on first use. Thread-safe.
     */
    public static java.util.Optional<GazetteerEntry> regionOf(Place place) {
        Objects.requireNonNull(place, "place");
        if (place.admin1() == null || place.country() == null) return java.util.Optional.empty();
        Gazetteer g = Gazetteer.standard();
        for (int i : g.lookup(place.admin1())) {
            GazetteerEntry e = g.entry(i);
            if (e.kind() == GazetteerEntry.Kind.ADMIN1 && e.country().equals(place.country()) && e.name().equals(place.admin1())
                    && !Double.isNaN(e.lat()) && !Double.isNaN(e.lon())) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A place name written in capitals (a dateline's "ST. LOUIS", "KIEV") in title case: "St. Louis", "Kiev"; a word
     * starts after any character but a letter or an apostrophe ("O'FALLON" is "O'fallon"), and " Of " is " of ". A
     * word in capitals may keep a short lower-case prefix that the writer did not capitalise, as in "McFARLAND" or
     * "DeKALB": that word keeps its prefix and continues in title case ("McFarland", "DeKalb"). A name with any other
     * lower-case letter is returned as it is.
     */
    public static String titleCaseName(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        int prefixEnd = -1; // the end of a kept lower-case prefix in the current word
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (start && Character.isLetter(c)) prefixEnd = i + camelPrefix(s, i);
            if (Character.isLowerCase(c) && i >= prefixEnd) return s;
            b.append(start || i < prefixEnd || i == prefixEnd ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return b.toString().replace(" Of ", " of ");
    }

    /**
     * The length of the capital and the one or two lower-case letters opening the word at {@code i} when capitals
     * follow them ("McF" in "McFARLAND": 2; "MacD" in "MacDONALD": 3); 0 otherwise.
     */
    private static int camelPrefix(String s, int i) {
        int j = i + 1;
        while (j < s.length() && j - i <= 3 && Character.isLowerCase(s.charAt(j))) j++;
        if (j == i + 1 || j - i > 3 || j + 1 >= s.length()) return 0;
        return Character.isUpperCase(s.charAt(j)) && Character.isUpperCase(s.charAt(j + 1)) ? j - i : 0;
    }

    /**
     * The population the built-in gazetteer gives the place, by its id; 0 when unknown (no id, or an id the
     * gazetteer does not hold). Loads the gazetteer on first use. Thread-safe.
     */
    public static long population(Place place) {
        Objects.requireNonNull(place, "place");
        if (place.gazetteerId() == null) return 0;
        Gazetteer g = Gazetteer.standard();
        for (int i : g.lookup(place.name())) {
            if (g.entry(i).id().equals(place.gazetteerId())) return g.population(i);
        }
        return 0;
    }

    /** Finds mentions, then resolves them; the standard gazetteer is loaded on first use. */
    private static final class Standard implements PlaceExtractor {
        private final Gazetteer given;
        private volatile MentionFinder finder;
        private volatile Resolver resolver;
        private volatile UrlPlaces urls;
        private volatile Gazetteer gazetteer;

        Standard(Gazetteer given) {
            this.given = given;
        }

        @Override
        public List<Place> extract(Doc doc) {
            Objects.requireNonNull(doc, "doc");
            if (finder == null) {
                synchronized (this) {
                    if (finder == null) {
                        Gazetteer g = given != null ? given : Gazetteer.standard();
                        gazetteer = g;
                        resolver = new Resolver(g);
                        urls = new UrlPlaces(g, new RegionSignals(g));
                        finder = new MentionFinder(g);
                    }
                }
            }
            List<Place> found = resolver.resolve(doc, finder.find(doc));
            Mention unlisted = finder.unlistedDateline(doc).orElse(null);
            if (unlisted != null) return unlisted(doc, unlisted, found);
            if (found.stream().anyMatch(p -> p.role() == Place.Role.INCIDENT)) return found;
            Place fromUrl = urls.find(doc).or(() -> urls.fromHost(doc)).orElse(null); // the text names no place: the
            if (fromUrl == null) return found; // URL's slug or section may, or the outlet's host name
            List<Place> out = new java.util.ArrayList<>(found.size() + 1);
            out.add(fromUrl);
            out.addAll(found);
            return List.copyOf(out);
        }

        /**
         * A dateline names the town, and the region after it, where the gazetteer has no town of that name ("KINLOCH,
         * Mo. —"): the dateline is the incident's place, a town without coordinates in that region; what the resolver
         * found stays, as mentioned places.
         */
        private List<Place> unlisted(Doc doc, Mention m, List<Place> found) {
            GazetteerEntry region = gazetteer.entry(m.qualifier()[0]);
            List<Place> out = new java.util.ArrayList<>(found.size() + 1);
            out.add(new Place(m.surface(), region.name(), region.country(), null, null, null, Place.Role.INCIDENT,
                    doc.evidence(m.start(), m.end()), UNLISTED_CONFIDENCE));
            for (Place p : found) {
                out.add(p.role() == Place.Role.INCIDENT ? new Place(p.name(), p.admin1(), p.country(), p.lat(), p.lon(), p.gazetteerId(),
                        Place.Role.MENTIONED, p.evidence(), p.confidence()) : p);
            }
            return List.copyOf(out);
        }
    }

    /** Confidence of a town that only a dateline names, in a region the dateline names too. */
    static final double UNLISTED_CONFIDENCE = 0.7;
}
