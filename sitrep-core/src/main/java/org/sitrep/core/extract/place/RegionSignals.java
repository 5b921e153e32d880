package org.sitrep.core.extract.place;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;
import org.sitrep.core.internal.UrlPaths;

/**
 * Region votes from signals outside the running text's place names: the outlet's host name and its name at
 * the end of the title, region and county names in the URL path, state names inside institution names, and
 * telephone area codes. Stateless but for the gazetteer.
 */
final class RegionSignals {
    /*
     * Local news rarely repeats its own state: a "Jacksonville" story from a North Carolina station never
     * says "North Carolina". The state still leaks through other channels, each a vote for a region:
     *  - the outlet's host ("dallasnews.com"): regions whose names, or whose towns' names, it contains;
     *  - region names in the URL path ("/news/maryland/crime/");
     *  - the outlet's name in the title ("... - WXXX-TV: News, Weather and Sports for Huntsville, AL"):
     *    state names and USPS codes after a comma there;
     *  - "<name>-county" in the URL path (a slug of a headline or a section);
     *  - state names inside institution names ("the Missouri State Highway Patrol");
     *  - the host's country-code domain (".co.uk"), and for English on ".com" a lean to the US;
     *  - coherence: regions where several different ambiguous names (a bare county name counts for its
     *    county's states) could all lie;
     *  - telephone numbers and ZIP codes in the text ("(615) 555-0100"): the area code's state (see AreaCodes).
     */
    private static final Pattern STATE_CODE = Pattern.compile("(?:,|\\bfor|\\bin)\\s*([A-Z]{2})\\b|\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),? ([A-Z]{2})\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:\\(([2-9]\\d{2})\\) ?|([2-9]\\d{2})[-. ]{1,2})[2-9]\\d{2}[-.]\\d{4}\\b");
    private static final Pattern ZIP = Pattern.compile("\\b([A-Z]{2}) (\\d{5})(?:-\\d{4})?\\b");

    private final Gazetteer gazetteer;

    RegionSignals(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The host's country-code top-level domain votes for its country ("bbc.co.uk": GB); an English article on
     * a generic ".com" host leans to the US, where most English-language ".com" news outlets are.
     */
    void hostCountry(Doc doc, Map<String, Double> countries) {
        String host = outletHost(doc);
        int dot = host.lastIndexOf('.');
        if (dot < 0) return;
        String tld = host.substring(dot + 1);
        String named = hostCountryName(host);
        if (named != null) {
            countries.merge(named, TLD_CC, Double::sum); // "egyptindependent.com", "japantimes.co.jp"
            return;
        }
        if (tld.length() == 2 && !tld.equals("us") && !GENERIC_CC.contains(tld)) {
            String cc = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
            if (gazetteer.countryName(cc) != null) countries.merge(cc, TLD_CC, Double::sum);
        } else if (tld.equals("com") && "en".equals(doc.article().lang())) {
            countries.merge("US", TLD_COM, Double::sum);
        }
    }

    /**
     * The country whose English name the host spells ("egyptindependent.com": EG, "timesofisrael.com": IL), or null: the
     * longest run of host letters ({@link #hostRuns}) that names a town, county or country is the host's namesake, and
     * it is a country's own name that is not also a US state's ("georgia") or a US town's of {@link #US_NAMESAKE} people
     * or more ("lebanon"). Cached per host.
     */
    String hostCountryName(String host) {
        String cached = hostCountryNames.get(host);
        if (cached != null) return cached.isEmpty() ? null : cached;
        String found = findHostCountryName(host);
        if (hostCountryNames.size() < HOST_CACHE) hostCountryNames.put(host, found == null ? "" : found);
        return found;
    }

    private final Map<String, String> hostCountryNames = new java.util.concurrent.ConcurrentHashMap<>();
    /** A US town this populous named like a country makes a host spelling that name ambiguous. */
    static final long US_NAMESAKE = 10_000;

    private String findHostCountryName(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0) return null;
        String best = null;
        int bestLen = 0;
        for (String letters : hostRuns(host, dot)) {
            if (letters.length() <= bestLen) continue;
            HostName n = hostName(letters);
            if (n.usNamesake()) return null; // "georgia"; "lebanon-express.com" is a paper of Lebanon, Oregon
            if (!n.named()) continue;
            bestLen = letters.length(); // a longer town name shadows a country inside it ("indianapolis")
            best = n.country();
        }
        return best;
    }

    /**
     * The runs of at least 5 letters in the host's labels before its top-level domain (at {@code dot}) that are no common
     * word, and of 4 letters where the rest of the label is common words ("renotimes": a short name inside other letters
     * is mostly chance, "kent" in "kentucky"), from each start the longest first: the candidates for the name an
     * outlet's host is named after. Its readers keep the longest run that names something and skip the shorter ones
     * after it.
     */
    private java.util.List<String> hostRuns(String host, int dot) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : host.substring(0, dot).split("[^a-z]+")) {
            for (int i = 0; i < part.length(); i++) {
                for (int j = part.length(); j - i >= 4; j--) {
                    String letters = part.substring(i, j);
                    if (j - i < 5 && !(wordsOnly(part.substring(0, i)) && wordsOnly(part.substring(j)))) continue;
                    if (!gazetteer.isCommonWord(letters)) out.add(letters);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code letters} (lower case) are empty or split into common words of two letters or more ("go",
     * "timesnews"): the rest of a host label around a name that the outlet is named after.
     */
    boolean wordsOnly(String letters) {
        boolean[] split = new boolean[letters.length() + 1]; // split[k]: the first k letters split into words
        split[0] = true;
        for (int j = 2; j <= letters.length(); j++) {
            for (int i = 0; i <= j - 2 && !split[j]; i++) split[j] = split[i] && gazetteer.isCommonWord(letters.substring(i, j));
        }
        return split[letters.length()];
    }

    /**
     * True when {@code letters} (lower case) spell a country's name ("egypt") that no US state and no US town of
     * {@link #US_NAMESAKE} people or more also has.
     */
    private boolean spellsCountry(String letters) {
        HostName n = hostName(letters);
        return n.country() != null && !n.usNamesake();
    }

    /**
     * What a run of host letters names, over its spellings: the country of that exact name (or null), whether a US
     * state or a US town of {@link #US_NAMESAKE} people or more has the name too, and whether anything but a first-level
     * region has it (a town, county or country).
     */
    private record HostName(String country, boolean usNamesake, boolean named) {}

    private HostName hostName(String letters) {
        String country = null;
        boolean usNamesake = false;
        boolean named = false;
        for (String name : UrlPlaces.spellings(letters)) {
            for (int r : gazetteer.lookup(name)) {
                if (!gazetteer.entry(r).name().equalsIgnoreCase(name)) continue;
                Kind k = gazetteer.kind(r);
                if (k == Kind.COUNTRY) country = gazetteer.country(r);
                if (k == Kind.ADMIN1 && gazetteer.country(r).equals("US")) usNamesake = true;
                if (k == Kind.PLACE && gazetteer.country(r).equals("US") && gazetteer.population(r) >= US_NAMESAKE) usNamesake = true;
                if (k != Kind.ADMIN1) named = true;
            }
        }
        return new HostName(country, usNamesake, named);
    }

    /** Country codes used as generic domains ("tv", "io"). */
    private static final Set<String> GENERIC_CC = Set.of("tv", "io", "co", "me", "fm", "ly", "am", "ws", "cc", "to", "gg", "ai");
    private static final double TLD_CC = 1.0;
    private static final double TLD_COM = 0.8;

    /** Adds the votes of the outlet's host name and the URL path to {@code regions}. */
    void outlet(Doc doc, java.util.List<Mention> mentions, Map<String, Double> regions) {
        String host = outletHost(doc);
        if (!host.isEmpty()) outletVotes(host, mentions, regions);
        if (!host.isEmpty()) callSign(host, regions);
        pathVotes(doc.article().url(), regions);
    }

    /**
     * A US broadcaster's call sign as its host ("wsfa.com", "kcra.com", "wsbtv.com"): stations west of the
     * Mississippi are K..., east of it W... (older ones keep a grandfathered letter, hence a weak vote). Louisiana
     * and Minnesota straddle the river and get nothing.
     */
    void callSign(String host, Map<String, Double> regions) {
        Matcher m = CALL_SIGN.matcher(host);
        if (!m.matches()) return;
        boolean west = m.group(1).equals("k");
        for (String code : AREA_STATES) {
            if (code.equals("LA") || code.equals("MN")) continue;
            if (WEST.contains(code) == west) regions.merge("US." + code, CALL_SIGN_VOTE, Double::sum);
        }
    }

    private static final Pattern CALL_SIGN = Pattern.compile("([kw])[a-z]{2,3}(?:-?tv|dt)?\\d{0,2}\\.(?:com|net|tv|org)");
    private static final Set<String> WEST = Set.of("AK", "AZ", "AR", "CA", "CO", "HI", "ID", "IA", "KS", "MO", "MT", "NE",
            "NV", "NM", "ND", "OK", "OR", "SD", "TX", "UT", "WA", "WY");
    /** A list, not a set: the votes land in a HashMap whose sums must not depend on a per-JVM set order. */
    private static final List<String> AREA_STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "ME", "MD", "MA", "MI", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
            "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");
    static final double CALL_SIGN_VOTE = 0.3;

    /**
     * The outlet's host name, lowercased ("dallasnews.com"): from the article's outlet, else from its URL
     * (the last embedded http URL, for archive snapshots). Local outlets often name their home town or state.
     */
    static String outletHost(Doc doc) {
        String h = doc.article().outlet();
        if (h == null || h.isBlank()) {
            String url = doc.article().url();
            if (url == null) return "";
            int at = Math.max(url.lastIndexOf("http://"), url.lastIndexOf("https://"));
            if (at < 0) return "";
            String rest = url.substring(url.indexOf("//", at) + 2);
            int slash = rest.indexOf('/');
            h = slash < 0 ? rest : rest.substring(0, slash);
        }
        return UrlPaths.site(h);
    }

    /**
     * Every reading of the town or county the outlet's host is named after, whatever its size and however many
     * namesakes it has ("salina.com": Salina, Kansas and Salina, Utah; "mcdowellnews.com": the McDowell Counties): the
     * longest run of host letters ({@link #hostRuns}; one space may be inserted, " County" may follow) that names a town or
     * county of the host's country (the US for generic domains), not a common word. Empty when none. Cached per host.
     */
    int[] hostAreas(String host) {
        int[] cached = hostAreas.get(host);
        if (cached != null) return cached;
        int[] found = findHostAreas(host);
        if (hostAreas.size() < HOST_CACHE) hostAreas.put(host, found);
        return found;
    }

    private final Map<String, int[]> hostAreas = new java.util.concurrent.ConcurrentHashMap<>();

    /** The country a host's top-level domain names ("bbc.co.uk": GB), the US for generic and .us domains. */
    static String hostCountry(String host, int dot) {
        String tld = host.substring(dot + 1);
        return tld.length() == 2 && !tld.equals("us") && !GENERIC_CC.contains(tld)
                ? (tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT)) : "US";
    }

    private int[] findHostAreas(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0) return new int[0];
        String country = hostCountry(host, dot);
        int[] best = new int[0];
        int bestLen = 0;
        for (String letters : hostRuns(host, dot)) {
            if (letters.length() <= bestLen) continue;
            if (spellsCountry(letters)) { // "egyptindependent.com" is named after Egypt, not Egypt, Alabama
                bestLen = letters.length();
                best = new int[0];
                continue;
            }
            java.util.List<Integer> found = new java.util.ArrayList<>();
            for (String name : UrlPlaces.spellings(letters)) {
                for (String spelled : new String[] {name, name + " County"}) {
                    for (int r : gazetteer.lookup(spelled)) {
                        Kind k = gazetteer.kind(r);
                        if ((k == Kind.PLACE || k == Kind.COUNTY) && gazetteer.country(r).equals(country)
                                && gazetteer.entry(r).name().equalsIgnoreCase(spelled) && !Double.isNaN(gazetteer.lat(r))) {
                            found.add(r);
                        }
                    }
                }
            }
            if (found.isEmpty()) continue;
            bestLen = letters.length();
            best = found.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        return best;
    }

    /**
     * The city the outlet's host is named after ("nbclosangeles.com", "pittsburgh.cbslocal.com", "toledoblade.com"),
     * or -1: the longest run of host letters ({@link #hostRuns}; one space may be inserted) that spells a town of at least
     * {@link #HOST_CITY_POPULATION} people in the host's country (the US for generic domains) and no other town there
     * of at least a fifth of its size ("columbian.com" could be Columbia, South Carolina or Missouri). A run inside a
     * longer one that names any town is not read ("trentonian" is no Renton). Cached per host.
     */
    int hostCity(String host) {
        Integer cached = hostCities.get(host);
        if (cached != null) return cached;
        int city = findHostCity(host);
        if (hostCities.size() < HOST_CACHE) hostCities.put(host, city);
        return city;
    }

    private int findHostCity(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0) return -1;
        String country = hostCountry(host, dot);
        int best = -1;
        int bestLen = 0;
        for (String letters : hostRuns(host, dot)) {
            if (letters.length() <= bestLen) continue;
            if (spellsCountry(letters)) {
                bestLen = letters.length();
                best = -1;
                continue;
            }
            int top = -1;
            long topPop = 0;
            long second = 0;
            for (String name : UrlPlaces.spellings(letters)) {
                for (int r : gazetteer.lookup(name)) {
                    if (gazetteer.kind(r) != Kind.PLACE || !gazetteer.country(r).equals(country) || !gazetteer.entry(r).name().equals(name)) continue;
                    long p = gazetteer.population(r);
                    if (p > topPop) {
                        second = topPop;
                        topPop = p;
                        top = r;
                    } else if (p > second) {
                        second = p;
                    }
                }
            }
            if (top < 0) continue;
            bestLen = letters.length(); // a longer name shadows the shorter ones inside it, even when it is no answer
            best = topPop >= HOST_CITY_POPULATION && second * 5 <= topPop ? top : -1;
        }
        return best;
    }

    private final Map<String, Integer> hostCities = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HOST_CACHE = 100_000;
    static final long HOST_CITY_POPULATION = 50_000;

    /** Regions whose readings' names (or whose own names) appear in the outlet's host get a vote. */
    private void outletVotes(String host, java.util.List<Mention> mentions, Map<String, Double> regions) {
        Set<String> voted = new HashSet<>();
        java.util.List<String> placeNames = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            for (int r : m.readings()) {
                if (gazetteer.kind(r) != Kind.PLACE) continue;
                String name = gazetteer.entry(r).name().toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "");
                if (name.length() >= 5 && host.contains(name)) placeNames.add(name);
            }
        }
        for (Mention m : mentions) {
            for (int r : m.readings()) {
                Kind k = gazetteer.kind(r);
                if (k == Kind.COUNTRY) continue;
                String name = gazetteer.entry(r).name().toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "");
                if (name.length() < 5 || !host.contains(name)) continue;
                if (k == Kind.PLACE && spellsCountry(name)) continue; // "egyptindependent.com": no vote for Egypt, Alabama
                if (k == Kind.ADMIN1 && placeNames.stream().anyMatch(p -> p.contains(name) && !p.equals(name))) continue; // "kansascity"
                if (voted.add(gazetteer.admin1Key(r))) regions.merge(gazetteer.admin1Key(r), k == Kind.ADMIN1 ? 1.5 : 0.8, Double::sum);
            }
        }
        int dot = host.lastIndexOf('.');
        if (dot < 0 || host.length() - dot - 1 == 2 && !host.endsWith(".us")) return; // a country's own domain
        for (String code : AreaCodes.states()) { // "nbcconnecticut.com", "delawareonline.com": the outlet's state
            String name = gazetteer.admin1Name("US", code);
            if (name == null || code.equals("WA")) continue; // "washingtonpost.com" is no Washington State paper
            String squeezed = name.toLowerCase(Locale.ROOT).replace(" ", "");
            int at = host.indexOf(squeezed);
            if (squeezed.length() < 5 || at < 0 || host.startsWith("city", at + squeezed.length())) continue; // "kansascity"
            if (insideLongerStateName(host, at, squeezed)) continue; // "arkansas", "westvirginia"; not "northwestgeorgia"
            if (voted.add("US." + code)) regions.merge("US." + code, 1.5, Double::sum);
        }
        for (String[] pair : SHARED_STATE_WORDS) { // "foxcarolina.com", "carolinalive.com": one of the two Carolinas
            if (host.contains(pair[0]) && !voted.contains("US." + pair[1]) && !voted.contains("US." + pair[2])) {
                regions.merge("US." + pair[1], 0.75, Double::sum);
                regions.merge("US." + pair[2], 0.75, Double::sum);
            }
        }
    }

    /**
     * True when the state name {@code squeezed} found at {@code at} in the host is part of a longer US state's name
     * written there: "kansas" in "arkansasonline", "virginia" in "westvirginia"; but not "georgia" in "northwestgeorgianews".
     */
    private boolean insideLongerStateName(String host, int at, String squeezed) {
        for (String code : AreaCodes.states()) {
            String other = gazetteer.admin1Name("US", code);
            if (other == null) continue;
            String longer = other.toLowerCase(Locale.ROOT).replace(" ", "");
            int off = longer.indexOf(squeezed);
            if (longer.length() > squeezed.length() && off >= 0 && at >= off && host.startsWith(longer, at - off)) return true;
        }
        return false;
    }

    /** The word two states' names share after "North" and "South", and their codes: a host with the word alone is in one of them. */
    private static final String[][] SHARED_STATE_WORDS = {{"carolina", "NC", "SC"}, {"dakota", "ND", "SD"}};

    /** Region names in the article URL's path ("/news/maryland/crime/") vote for the region. */
    private void pathVotes(String url, Map<String, Double> regions) {
        if (url == null) return;
        int at = Math.max(url.lastIndexOf("http://"), url.lastIndexOf("https://"));
        String rest = at < 0 ? url : url.substring(url.indexOf("//", at) + 2);
        int slash = rest.indexOf('/');
        if (slash < 0) return;
        String[] tokens = rest.substring(slash).toLowerCase(Locale.ROOT).split("[^a-z]+");
        for (int i = 0; i < tokens.length; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < 3 && i + n < tokens.length && !tokens[i + n].isEmpty(); n++) {
                String t = tokens[i + n];
                if (n > 0) name.append(' ');
                name.append(Character.toUpperCase(t.charAt(0))).append(t, 1, t.length());
                if (name.length() < 4) continue;
                if (i + n + 1 < tokens.length && !tokens[i + n + 1].isEmpty()) {
                    String next = tokens[i + n + 1];
                    if (gazetteer.contains(name + " " + Character.toUpperCase(next.charAt(0)) + next.substring(1))) break;
                }
                int[] hits = Arrays.stream(gazetteer.lookup(name.toString()))
                        .filter(r -> gazetteer.kind(r) == Kind.ADMIN1 && gazetteer.isOwnName(r, gazetteer.entry(r).name())
                                && gazetteer.entry(r).name().contentEquals(name)).toArray();
                for (int r : hits) regions.merge(gazetteer.admin1Key(r), 1.0 / hits.length, Double::sum);
            }
        }
    }

    /**
     * Regions where several different ambiguous names could all lie ("Winchester" and "Madison County" share
     * a few states) get a vote: each name spreads one unit over its regions; a region keeps what the names
     * beyond its strongest one give it.
     */
    void coherence(java.util.List<Mention> mentions, Map<String, Double> regions) {
        Map<String, Map<String, Double>> bySurface = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.has(Mention.QUALIFIED) || bySurface.containsKey(m.surface())) continue;
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int r : m.readings()) {
                Kind k = gazetteer.kind(r);
                if (k == Kind.PLACE || k == Kind.COUNTY) keys.add(gazetteer.admin1Key(r));
            }
            if (!m.surface().endsWith(" County")) { // a bare county name ("Genesee") may lie in its county's state
                for (int r : gazetteer.lookup(m.surface() + " County")) if (gazetteer.kind(r) == Kind.COUNTY) keys.add(gazetteer.admin1Key(r));
            }
            if (keys.size() < 2) continue;
            Map<String, Double> share = new java.util.HashMap<>();
            for (String k : keys) share.put(k, 1.0 / keys.size());
            bySurface.put(m.surface(), share);
        }
        if (bySurface.size() < 2) return;
        Map<String, Double> sum = new java.util.HashMap<>();
        Map<String, Double> max = new java.util.HashMap<>();
        for (Map<String, Double> share : bySurface.values()) {
            share.forEach((k, v) -> {
                sum.merge(k, v, Double::sum);
                max.merge(k, v, Math::max);
            });
        }
        sum.forEach((k, v) -> {
            double extra = v - max.get(k);
            if (extra > 0) regions.merge(k, extra, Double::sum);
        });
    }

    /** Adds all votes to {@code regions} (keys "CC.code"). */
    void vote(Doc doc, java.util.List<Mention> mentions, Map<String, Double> regions) {
        titleOutlet(doc.article().title(), regions);
        stateNames(doc.text(), mentions, regions);
        pathCounties(doc.article().url(), regions);
        areaCodes(doc.text(), regions);
    }

    /** US states named in the outlet part of the title. */
    void titleOutlet(String title, Map<String, Double> regions) {
        if (title == null || title.isEmpty()) return;
        int from = MentionFinder.outletStart(title);
        if (from == Integer.MAX_VALUE) return;
        String tail = title.substring(from);
        Set<String> states = new HashSet<>();
        Matcher m = STATE_CODE.matcher(tail);
        while (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(3);
            if (gazetteer.admin1Name("US", code) != null) states.add("US." + code);
        }
        Matcher c = CAPITALISED.matcher(tail);
        while (c.find()) {
            for (String name : c.group().contains(" ") ? new String[] {c.group(), c.group().substring(c.group().indexOf(' ') + 1)}
                    : new String[] {c.group()}) {
                for (int r : gazetteer.lookup(name)) {
                    if (gazetteer.kind(r) == Kind.ADMIN1 && gazetteer.country(r).equals("US") && gazetteer.entry(r).name().equals(name)) {
                        states.add(gazetteer.admin1Key(r));
                    }
                }
            }
        }
        for (String s : states) regions.merge(s, 2.0 / states.size(), Double::sum);
    }

    /** "onslow-county" in the URL path votes for the states that have such a county. */
    void pathCounties(String url, Map<String, Double> regions) {
        if (url == null) return;
        int at = Math.max(url.lastIndexOf("http://"), url.lastIndexOf("https://"));
        String rest = at < 0 ? url : url.substring(url.indexOf("//", at) + 2);
        int slash = rest.indexOf('/');
        if (slash < 0) return;
        String[] tokens = rest.substring(slash).toLowerCase(Locale.ROOT).split("[^a-z]+");
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < tokens.length; i++) {
            if (!tokens[i].equals("county") && !tokens[i].equals("parish")) continue;
            for (int n = 1; n <= 2 && i - n >= 0; n++) {
                StringBuilder name = new StringBuilder();
                for (int k = i - n; k <= i; k++) {
                    String t = tokens[k];
                    if (t.isEmpty()) {
                        name = null;
                        break;
                    }
                    if (k > i - n) name.append(' ');
                    name.append(Character.toUpperCase(t.charAt(0))).append(t, 1, t.length());
                }
                if (name == null || !seen.add(name.toString())) continue;
                int[] hits = Arrays.stream(gazetteer.lookup(name.toString())).filter(r -> gazetteer.kind(r) == Kind.COUNTY).toArray();
                for (int r : hits) regions.merge(gazetteer.admin1Key(r), 1.2 / hits.length, Double::sum);
                if (hits.length > 0) break;
            }
        }
    }

    /**
     * US state names that are no mention of their own, mostly inside the names of institutions ("the Missouri
     * State Highway Patrol", "Georgia Bureau of Investigation"); "Washington" only as "Washington State".
     */
    void stateNames(String text, java.util.List<Mention> mentions, Map<String, Double> regions) {
        Map<String, Double> votes = new java.util.HashMap<>();
        for (String code : AreaCodes.states()) {
            String name = gazetteer.admin1Name("US", code);
            if (name == null) continue;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
                if (name.equals("Virginia") && at >= 5 && text.startsWith("West ", at - 5)) continue;
                if (name.equals("Washington") && !text.startsWith(" State", end)) continue;
                if (covered(mentions, at)) continue;
                if (startsPlaceName(text, at, end)) continue; // "Kansas City", "Virginia Beach"
                votes.merge("US." + code, 0.4, Double::sum);
            }
        }
        votes.forEach((k, v) -> regions.merge(k, Math.min(1.2, v), Double::sum));
    }

    /** True when the name and the next word form a place name of their own ("Iowa City"). */
    private boolean startsPlaceName(String text, int at, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) return false;
        int stop = end + 1;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) stop++;
        return gazetteer.contains(text.substring(at, stop));
    }

    private static boolean covered(java.util.List<Mention> mentions, int offset) {
        for (Mention m : mentions) if (offset >= m.start() && offset < m.end()) return true;
        return false;
    }

    /** Area codes of North American telephone numbers and state codes before ZIP codes in the text vote for their state. */
    void areaCodes(String text, Map<String, Double> regions) {
        Matcher m = PHONE.matcher(text);
        Map<String, Double> votes = new java.util.HashMap<>();
        while (m.find()) {
            String state = AreaCodes.state(m.group(1) != null ? m.group(1) : m.group(2));
            if (state != null) votes.merge("US." + state, 1.0, Double::sum);
        }
        Matcher z = ZIP.matcher(text); // "Springfield, IL 62701"
        while (z.find()) {
            if (gazetteer.admin1Name("US", z.group(1)) != null) votes.merge("US." + z.group(1), 1.0, Double::sum);
        }
        votes.forEach((k, v) -> regions.merge(k, Math.min(1.5, 0.8 * v), Double::sum));
    }
}
