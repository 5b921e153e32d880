package org.sitrep.core.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;

/**
 * The offline gazetteer: countries, first-level regions, US counties and about 214,000 populated places
 * (GeoNames cities500 plus US postal places), with a case-sensitive name index that also holds alternate
 * names, "St."/"Ft."/"Mt." spellings and regional forms ("Poltava Oblast", "Poltava region", "Poltava").
 * Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
    /*
     * Memory: records are kept column-wise (one array per field, names shared with the index keys) and
     * materialised as GazetteerEntry only when looked up. The index maps each surface form to an int[] of
     * record positions. The build (sitrep-gazetteer, build-gazetteer.mjs) writes one gzipped TSV with
     * four row kinds: C country, A admin1, D US county, P place; see docs/DATA.md.
     */
    static final String RESOURCE = "org/sitrep/gazetteer/gazetteer.tsv.gz";
    private static final String[] REGION_SUFFIXES = {" Oblast", " Province", " Region", " Governorate", " Prefecture",
        " Voivodeship", " County", " Krai", " State"};

    private final Kind[] kinds;
    private final String[] ids;
    private final String[] names;
    private final String[] countries;
    private final String[] admin1Codes;
    private final String[] admin2Codes;
    private final float[] lats;
    private final float[] lons;
    private final long[] pops;
    private final String[] features;
    private final Map<String, String> admin1Names;
    private final Map<String, String> countryNames;
    private final Map<String, java.util.Set<String>> countryLanguages;
    private final Map<String, int[]> index;
    private final java.util.Set<String> commonWords;

    private Gazetteer(Builder b) {
        int n = b.size;
        kinds = java.util.Arrays.copyOf(b.kinds, n);
        ids = java.util.Arrays.copyOf(b.ids, n);
        names = java.util.Arrays.copyOf(b.names, n);
        countries = java.util.Arrays.copyOf(b.countries, n);
        admin1Codes = java.util.Arrays.copyOf(b.admin1Codes, n);
        admin2Codes = java.util.Arrays.copyOf(b.admin2Codes, n);
        lats = java.util.Arrays.copyOf(b.lats, n);
        lons = java.util.Arrays.copyOf(b.lons, n);
        pops = java.util.Arrays.copyOf(b.pops, n);
        features = java.util.Arrays.copyOf(b.features, n);
        commonWords = java.util.Set.copyOf(b.commonWords);
        admin1Names = b.admin1Names;
        countryNames = b.countryNames;
        countryLanguages = b.countryLanguages;
        index = new HashMap<>(b.index.size() * 4 / 3 + 1);
        b.index.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
    }

    /** The gazetteer built into sitrep (resource {@value #RESOURCE}), loaded once on first use. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = loadResource();
    }

    private static Gazetteer loadResource() {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + RESOURCE + " is not on the classpath (module sitrep-gazetteer)");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /** Reads the (uncompressed) gazetteer TSV; malformed rows are skipped. The caller closes {@code in}. */
    public static Gazetteer read(InputStream in) throws IOException {
        Builder b = new Builder();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            b.row(line.split("\t", -1));
        }
        return new Gazetteer(b);
    }

    /** Number of records. */
    public int size() {
        return kinds.length;
    }

    /** Record positions whose name or alternate form is exactly {@code surface} (case-sensitive); never null. */
    public int[] lookup(String surface) {
        int[] hit = index.get(surface);
        return hit == null ? EMPTY : hit;
    }

    /**
     * True when the record with id {@code innerId} (named {@code innerName}) lies inside the county or region with id
     * {@code outerId} (named {@code outerName}): same region, and for a county the same county code. False when
     * either is unknown or the outer one is a town or a country.
     */
    public boolean within(String innerName, String innerId, String outerName, String outerId) {
        int in = byId(innerName, innerId);
        int out = byId(outerName, outerId);
        if (in < 0 || out < 0 || in == out || kinds[in] == Kind.COUNTRY) return false;
        if (!countries[in].equals(countries[out]) || !admin1Codes[in].equals(admin1Codes[out])) return false;
        return switch (kinds[out]) {
            case ADMIN1 -> kinds[in] != Kind.ADMIN1;
            case COUNTY -> kinds[in] == Kind.PLACE && !admin2Codes[in].isEmpty() && admin2Codes[in].equals(admin2Codes[out]);
            default -> false;
        };
    }

    private int byId(String name, String id) {
        if (name == null || id == null) return -1;
        for (int i : lookup(name)) if (ids[i].equals(id)) return i;
        return -1;
    }

    /** True when {@code surface} names something. */
    public boolean contains(String surface) {
        return index.containsKey(surface);
    }

    public GazetteerEntry entry(int i) {
        String cc = countries[i];
        String a1 = kinds[i] == Kind.COUNTRY ? null : admin1Names.get(cc + "." + admin1Codes[i]);
        return new GazetteerEntry(i, kinds[i], ids[i], names[i], cc, admin1Codes[i], a1, admin2Codes[i],
                lats[i], lons[i], pops[i], features[i]);
    }

    public Kind kind(int i) {
        return kinds[i];
    }

    public String country(int i) {
        return countries[i];
    }

    /** "CC.code" of the record's admin1 region ("" for countries). */
    public String admin1Key(int i) {
        return kinds[i] == Kind.COUNTRY ? "" : countries[i] + "." + admin1Codes[i];
    }

    /** True when both records lie in one admin2 area (a county) of one region; false when either has no admin2 code. */
    public boolean sameAdmin2(int a, int b) {
        return !admin2Codes[a].isEmpty() && admin2Codes[a].equals(admin2Codes[b]) && admin1Codes[a].equals(admin1Codes[b])
                && countries[a].equals(countries[b]);
    }

    /** GeoNames admin2 code (county FIPS for the US), or "". */
    public String admin2Code(int i) {
        return admin2Codes[i];
    }

    public long population(int i) {
        return pops[i];
    }

    public String featureCode(int i) {
        return features[i];
    }

    /**
     * True when the lowercase {@code word} is a common English word (SUBTLEX-US), so that its capitalised
     * form ("Mobile", "Reading", "Surprise") needs context before it is read as a place.
     */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word);
    }

    /**
     * True when {@code surface} is the record's own name (or its "St."/"Ft."/"Mt." spelling, or its name
     * without accents) rather than one of its alternate names; regions and countries always count.
     */
    public boolean isOwnName(int i, String surface) {
        if (kinds[i] != Kind.PLACE) return true;
        String name = names[i];
        if (name.equals(surface)) return true;
        return fold(expand(name)).equals(fold(expand(surface)));
    }

    private static String expand(String s) {
        for (String[] ab : Builder.ABBREVIATIONS) s = s.replace(ab[1], ab[0]);
        return s;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('-', ' ');
    }

    /**
     * The city of at least {@code minPopulation} within {@code maxKm} of record {@code i}, in the same country, that
     * most likely holds it, or -1: the city that a neighbourhood (GeoNames PPLX) belongs to. Of several, the one nearest
     * for its size (distance over the square root of its population: a city's reach grows with it), so that a district of
     * a metropolis ("Hollywood") is the metropolis's, not that of a smaller neighbour whose centre happens to be closer.
     */
    public int enclosingCity(int i, double maxKm, long minPopulation) {
        int best = -1;
        double bestReach = Double.MAX_VALUE;
        for (int c : bigCities()) {
            if (c == i || pops[c] < minPopulation || !countries[c].equals(countries[i])) continue;
            double km = Resolver.km(lats[i], lons[i], lats[c], lons[c]);
            if (km > maxKm) continue;
            double reach = km / Math.sqrt(pops[c]);
            if (reach < bestReach) {
                bestReach = reach;
                best = c;
            }
        }
        return best;
    }

    private volatile int[] bigCities;

    private int[] bigCities() {
        int[] b = bigCities;
        if (b == null) {
            b = java.util.stream.IntStream.range(0, kinds.length)
                    .filter(i -> kinds[i] == Kind.PLACE && pops[i] >= 50_000 && !"PPLX".equals(features[i])).toArray();
            bigCities = b;
        }
        return b;
    }

    /**
     * The seat of a county (the most populous GeoNames PPLA2 town with the county's region and county code), or -1
     * when {@code county} is no county or the gazetteer knows no seat for it.
     */
    public int countySeat(int county) {
        if (kinds[county] != Kind.COUNTY || admin2Codes[county].isEmpty()) return -1;
        Map<String, Integer> s = seats;
        if (s == null) {
            s = new HashMap<>();
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] != Kind.PLACE || !"PPLA2".equals(features[i]) || admin2Codes[i].isEmpty()) continue;
                Integer old = s.get(countries[i] + "." + admin1Codes[i] + "." + admin2Codes[i]);
                if (old == null || pops[i] > pops[old]) s.put(countries[i] + "." + admin1Codes[i] + "." + admin2Codes[i], i);
            }
            seats = s;
        }
        return s.getOrDefault(countries[county] + "." + admin1Codes[county] + "." + admin2Codes[county], -1);
    }

    private volatile Map<String, Integer> seats;

    /** True for a country's capital (GeoNames PPLC). */
    public boolean isCapital(int i) {
        return "PPLC".equals(features[i]);
    }

    public double lat(int i) {
        return lats[i];
    }

    public double lon(int i) {
        return lons[i];
    }

    /** Name of an admin1 region by country and admin1 code ("US", "IL" gives "Illinois"), or null. */
    public String admin1Name(String iso2, String code) {
        return admin1Names.get(iso2 + "." + code);
    }

    /** True when {@code lang} (ISO 639-1) is a language of the country {@code iso2}. */
    public boolean speaks(String iso2, String lang) {
        java.util.Set<String> langs = countryLanguages.get(iso2);
        return langs != null && langs.contains(lang);
    }

    /** English name of a country by ISO2 code, or null. */
    public String countryName(String iso2) {
        return countryNames.get(iso2);
    }

    private static final int[] EMPTY = new int[0];

    /** Collects rows column-wise and builds the surface-form index. */
    private static final class Builder {
        int size;
        Kind[] kinds = new Kind[1 << 18];
        String[] ids = new String[1 << 18];
        String[] names = new String[1 << 18];
        String[] countries = new String[1 << 18];
        String[] admin1Codes = new String[1 << 18];
        String[] admin2Codes = new String[1 << 18];
        float[] lats = new float[1 << 18];
        float[] lons = new float[1 << 18];
        long[] pops = new long[1 << 18];
        String[] features = new String[1 << 18];
        final java.util.Set<String> commonWords = new java.util.HashSet<>();
        final Map<String, String> admin1Names = new HashMap<>();
        final Map<String, String> countryNames = new HashMap<>();
        final Map<String, java.util.Set<String>> countryLanguages = new HashMap<>();
        final Map<String, List<Integer>> index = new HashMap<>(1 << 19);
        final Map<String, String> strings = new HashMap<>();

        String intern(String s) {
            String old = strings.putIfAbsent(s, s);
            return old == null ? s : old;
        }

        void row(String[] f) {
            try {
                switch (f[0]) {
                    case "C" -> {
                        int i = add(Kind.COUNTRY, "iso3166:" + f[1], f[2], f[1], "", "", f[4], f[5], f[6], "COUNTRY");
                        countryNames.put(f[1], f[2]);
                        if (f.length > 7 && !f[7].isEmpty()) countryLanguages.put(f[1], java.util.Set.of(f[7].split(",")));
                        for (String alt : f[3].split("\\|")) name(alt, i);
                    }
                    case "A" -> {
                        int i = add(Kind.ADMIN1, "iso3166-2:" + f[1] + "." + f[2], f[3], f[1], f[2], "", f[4], f[5], f[6], "ADMIN1");
                        admin1Names.put(f[1] + "." + f[2], f[3]);
                        regionForms(f[3], i);
                    }
                    case "D" -> {
                        int i = add(Kind.COUNTY, "census-county:" + f[1] + "." + f[2] + "." + f[3], f[4], f[1], f[2], f[3],
                                f[5], f[6], f[7], "COUNTY");
                        name(f[4].replace("Saint ", "St. "), i);
                    }
                    case "P" -> {
                        int i = add(Kind.PLACE, f[1], f[2], f[5], f[6], f[7], f[3], f[4], f[8], f[9]);
                        if (!f[10].isEmpty()) for (String alt : f[10].split("\\|")) spellings(alt, i);
                        spellings(f[2], i);
                    }
                    case "W" -> commonWords.add(f[1]);
                    default -> { }
                }
            } catch (RuntimeException badRow) {
                // a malformed row (short, or a bad number) is skipped: the rest of the gazetteer stays usable
            }
        }

        private int add(Kind kind, String id, String name, String cc, String a1, String a2, String lat, String lon,
                        String pop, String feature) {
            if (size == kinds.length) grow();
            int i = size;
            kinds[i] = kind;
            ids[i] = id;
            names[i] = intern(name);
            countries[i] = intern(cc);
            admin1Codes[i] = intern(a1);
            admin2Codes[i] = intern(a2);
            lats[i] = lat.isEmpty() ? Float.NaN : Float.parseFloat(lat);
            lons[i] = lon.isEmpty() ? Float.NaN : Float.parseFloat(lon);
            pops[i] = pop.isEmpty() ? 0 : Long.parseLong(pop);
            features[i] = intern(feature);
            size++;
            name(name, i);
            return i;
        }

        private void grow() {
            int n = kinds.length * 2;
            kinds = java.util.Arrays.copyOf(kinds, n);
            ids = java.util.Arrays.copyOf(ids, n);
            names = java.util.Arrays.copyOf(names, n);
            countries = java.util.Arrays.copyOf(countries, n);
            admin1Codes = java.util.Arrays.copyOf(admin1Codes, n);
            admin2Codes = java.util.Arrays.copyOf(admin2Codes, n);
            lats = java.util.Arrays.copyOf(lats, n);
            lons = java.util.Arrays.copyOf(lons, n);
            pops = java.util.Arrays.copyOf(pops, n);
            features = java.util.Arrays.copyOf(features, n);
        }

        void name(String surface, int i) {
            if (surface == null || surface.isBlank()) return;
            index.computeIfAbsent(intern(surface), k -> new ArrayList<>(1)).add(i);
        }

        /** A place name and the abbreviated spellings news text uses for it. */
        void spellings(String surface, int i) {
            name(surface, i);
            for (String[] ab : ABBREVIATIONS) {
                if (surface.startsWith(ab[0])) name(ab[1] + surface.substring(ab[0].length()), i);
                int at = surface.indexOf(" " + ab[0]);
                if (at > 0) name(surface.substring(0, at + 1) + ab[1] + surface.substring(at + 1 + ab[0].length()), i);
            }
        }

        /** "Poltava Oblast" is also "Poltava oblast", "Poltava region" and, alone, "Poltava" (a region reading). */
        void regionForms(String surface, int i) {
            if (GENERIC_REGION.matcher(surface).matches()) return; // "East End", "Northwest Region": never in running text
            name(surface, i);
            for (String suffix : REGION_SUFFIXES) {
                if (surface.endsWith(suffix) && surface.length() > suffix.length()) {
                    String stem = surface.substring(0, surface.length() - suffix.length());
                    if (DIRECTIONAL.matcher(stem).matches()) continue; // "Southwest Region" is no "Southwest"
                    name(stem, i);
                    name(stem + " region", i);
                    name(stem + " Region", i);
                    name(stem + suffix.toLowerCase(java.util.Locale.ROOT), i);
                    name(stem + " province", i);
                }
            }
        }

        private static final java.util.regex.Pattern GENERIC_REGION = java.util.regex.Pattern.compile(
                "(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Upper|Lower|Western|Eastern"
                + "|Northern|Southern|Middle|Far)(?:ern)? (?:End|Side|Region|Province|District|Division|Department|Area)");
        private static final java.util.regex.Pattern DIRECTIONAL = java.util.regex.Pattern.compile(
                "(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Upper|Lower|Western|Eastern"
                + "|Northern|Southern|Capital|Coast|Centre|Center|Middle|Far)(?: .*)?");
        static final String[][] ABBREVIATIONS = {{"Saint ", "St. "}, {"Saint ", "St "}, {"Fort ", "Ft. "},
            {"Mount ", "Mt. "}, {"Sainte ", "Ste. "}};
    }
}
