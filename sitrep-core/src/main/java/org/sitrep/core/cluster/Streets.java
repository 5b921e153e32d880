package org.sitrep.core.cluster;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Street-level place keys of a text, for telling apart two shootings in one city (issue 3): the name word before a
 * street suffix ("on Hollow Road" -> {@code hollow}, "at 89th St." -> {@code 89th}), the street after "block of"
 * ("the 1200 block of Broadway" -> {@code broadway}) and numbered routes ("Highway 50" -> {@code route 50}).
 *
 * <p>Only the last word before the suffix is kept, so a headline's title case ("Man Shot On Main Street"), a
 * direction ("South Main Street") or a longer name ("Martin Luther King Drive") yields the same key as the plain
 * form; two different streets sharing that word collide, which only costs a missed conflict. Keys are the order of
 * first mention, at most {@link #MAX_KEYS}: the street of the story comes first, later ones are more often another
 * story's (a round-up, a sidebar). Court names ("Superior Court") and a few other capitalised words that precede
 * a suffix without being streets are skipped. Thread-safe (stateless).
 *
 * <p>The text is scanned by hand, not with regular expressions: three patterns tried at every position of every
 * article cost about 120 us per article, half of the clustering's own time. What is read is exactly what these
 * patterns (ASCII word boundaries, as {@code \b} has in Java 19 and later) find, leftmost first and without
 * overlap within each pattern ({@code StreetsTest} checks both on the dev data):
 * <pre>
 * suffixed: \b([A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)) (?:Street|St\.?|Avenue|...|Freeway)(?![A-Za-z])
 * block:    \bblock of (?:(?:North|South|East|West|[NSEW]\.?) )?([A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?![a-z])
 * route:    \b(?:Highway|Hwy\.?|Route|Interstate|I-|U\.?S\.?) ?(\d{1,3})\b
 * </pre>
 */
final class Streets {
    /** Keys kept per article: bounds the per-candidate work and the weight of late mentions. */
    static final int MAX_KEYS = 6;

    /** Street suffixes, each a whole run of letters ("St" and "St." alike). */
    private static final Set<String> SUFFIXES = Set.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
            "Blvd", "Drive", "Dr", "Lane", "Ln", "Parkway", "Pkwy", "Highway", "Hwy", "Terrace", "Pike", "Court", "Ct",
            "Circle", "Expressway", "Freeway");
    /** {@link #SUFFIXES} as an array, for testing a run of the text without cutting it out. */
    private static final String[] SUFFIX_LIST = SUFFIXES.toArray(new String[0]);
    /** Bit {@code c - 'A'} is set for each capital {@code c} that starts a suffix. */
    private static final int SUFFIX_INITIALS;

    static {
        int bits = 0;
        for (String x : SUFFIX_LIST) bits |= 1 << (x.charAt(0) - 'A');
        SUFFIX_INITIALS = bits;
    }

    private static final String[] DIRECTIONS = {"North", "South", "East", "West"};
    /** Route words in the order the alternation tries them; the optional dots of "Hwy." and "U.S." spelled out. */
    private static final String[] ROUTE_WORDS = {"Highway", "Hwy.", "Hwy", "Route", "Interstate", "I-", "U.S.", "U.S",
            "US.", "US"};
    /** Capitalised words before a suffix that do not name a street (courts, administrative names, sentence words). */
    private static final Set<String> NOT_STREET = Set.of("superior", "supreme", "circuit", "district", "municipal",
            "juvenile", "family", "federal", "county", "state", "city", "appeals", "magistrate", "criminal", "general",
            "sessions", "claims", "traffic", "housing", "drug", "probate", "small", "common", "high", "tax", "the",
            "on", "in", "at", "near", "of", "and", "street", "road", "avenue", "north", "south", "east", "west",
            "shooting", "shot", "killed", "police", "man", "woman", "dead");

    private static final String[] NONE = new String[0];
    private static final int[] NO_KEYS = new int[0];

    private Streets() {
    }

    /**
     * The street keys of {@code text} as hashes of {@link #names} (a collision only adds a false agreement), in order
     * of first mention.
     */
    static int[] keys(String text) {
        String[] found = names(text);
        if (found.length == 0) return NO_KEYS;
        int[] ids = new int[found.length];
        for (int i = 0; i < found.length; i++) ids[i] = found[i].hashCode();
        return ids;
    }

    /** The street keys of {@code text} in order of first mention, at most {@link #MAX_KEYS}. */
    static String[] names(String text) {
        if (text == null || text.isEmpty()) return NONE;
        TreeMap<Integer, String> at = new TreeMap<>();
        suffixed(text, at);
        blocks(text, at);
        routes(text, at);
        if (at.isEmpty()) return NONE;
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String k : at.values()) {
            out.add(k);
            if (out.size() == MAX_KEYS) break;
        }
        return out.toArray(new String[0]);
    }

    /**
     * "Main Street", "89th St.": a name word, one space, a suffix. Read from the spaces (found by {@code indexOf}) that
     * end a word and precede a capital that can start a suffix; the word before is the maximal run of word chars
     * ending there, so the matches and their order are those of a scan of every word.
     */
    private static void suffixed(String t, TreeMap<Integer, String> at) {
        int n = t.length();
        int free = 0; // where the previous match ended: matches do not overlap
        for (int e = t.indexOf(' '); e >= 0 && e + 1 < n; e = t.indexOf(' ', e + 1)) {
            if (e == 0 || !suffixInitial(t.charAt(e + 1)) || !word(t.charAt(e - 1))) continue;
            int s = e - 1;
            while (s > 0 && word(t.charAt(s - 1))) s--;
            if (s < free || !name(t, s, e)) continue;
            int ls = e + 1;
            int le = ls;
            while (le < n && letter(t.charAt(le))) le++;
            if (le > ls && suffix(t, ls, le)) {
                keep(t.substring(s, e), s, at);
                free = le;
            }
        }
    }

    /** Whether {@code c} is a capital that starts one of the {@link #SUFFIXES}. */
    private static boolean suffixInitial(char c) {
        return c >= 'A' && c <= 'Z' && (SUFFIX_INITIALS & (1 << (c - 'A'))) != 0;
    }

    /** Whether {@code t[s, e)} is one of the {@link #SUFFIXES} (as {@code SUFFIXES.contains(t.substring(s, e))}). */
    private static boolean suffix(String t, int s, int e) {
        for (String x : SUFFIX_LIST) if (x.length() == e - s && t.startsWith(x, s)) return true;
        return false;
    }

    /** "the 1200 block of (North) Broadway". */
    private static void blocks(String t, TreeMap<Integer, String> at) {
        int from = 0;
        int p;
        while ((p = t.indexOf("block of ", from)) >= 0) {
            from = p + 1;
            if (p > 0 && word(t.charAt(p - 1))) continue;
            int q = p + "block of ".length();
            int d = direction(t, q);
            int end = d < 0 ? -1 : blockName(t, d);
            int s = d;
            if (end < 0) {
                end = blockName(t, q);
                s = q;
            }
            if (end < 0) continue;
            keep(t.substring(s, end), p, at);
            from = end;
        }
    }

    /** "Highway 50", "I-95", "U.S. 1": a route word, an optional space, one to three digits ending a word. */
    private static void routes(String t, TreeMap<Integer, String> at) {
        int n = t.length();
        // the next 'H', 'R', 'I' and 'U' at or after p, found by indexOf (the initials of the route words)
        int nh = -1;
        int nr = -1;
        int ni = -1;
        int nu = -1;
        for (int p = 0; p < n; p++) {
            if (nh < p && nh != n) nh = next(t, 'H', p);
            if (nr < p && nr != n) nr = next(t, 'R', p);
            if (ni < p && ni != n) ni = next(t, 'I', p);
            if (nu < p && nu != n) nu = next(t, 'U', p);
            p = Math.min(Math.min(nh, nr), Math.min(ni, nu));
            if (p >= n) break;
            if (p > 0 && word(t.charAt(p - 1))) continue;
            if (p + 1 >= n || !routeSecond(t.charAt(p), t.charAt(p + 1))) continue;
            for (String w : ROUTE_WORDS) {
                if (!t.startsWith(w, p)) continue;
                int j = p + w.length();
                int end = j < n && t.charAt(j) == ' ' ? routeNumber(t, j + 1) : -1;
                int s = j + 1;
                if (end < 0) {
                    end = routeNumber(t, j);
                    s = j;
                }
                if (end < 0) continue;
                at.putIfAbsent(p, "route " + t.substring(s, end));
                p = end - 1;
                break;
            }
        }
    }

    /**
     * Whether a route word can start with {@code c0 c1} ("Hi", "Hw", "Ro", "In", "I-", "U.", "US"): every one of the
     * {@link #ROUTE_WORDS} has two chars at least, so a cheap test before comparing them one by one.
     */
    private static boolean routeSecond(char c0, char c1) {
        return switch (c0) {
            case 'H' -> c1 == 'i' || c1 == 'w';
            case 'R' -> c1 == 'o';
            case 'I' -> c1 == 'n' || c1 == '-';
            case 'U' -> c1 == '.' || c1 == 'S';
            default -> false;
        };
    }

    /** The index of the first {@code c} at or after {@code from} in {@code t}, or its length when there is none. */
    private static int next(String t, char c, int from) {
        int i = t.indexOf(c, from);
        return i < 0 ? t.length() : i;
    }

    private static void keep(String name, int pos, TreeMap<Integer, String> at) {
        String k = name.toLowerCase(Locale.ROOT);
        if (!NOT_STREET.contains(k)) at.putIfAbsent(pos, k);
    }

    /** A whole word [s, e) that is {@code [A-Z][a-z]+} or {@code \d{1,3}(st|nd|rd|th)}. */
    private static boolean name(String t, int s, int e) {
        char c = t.charAt(s);
        if (c >= 'A' && c <= 'Z') {
            if (e - s < 2) return false;
            for (int i = s + 1; i < e; i++) if (!lower(t.charAt(i))) return false;
            return true;
        }
        int d = digits(t, s);
        return d >= 1 && d <= 3 && s + d + 2 == e && ordinal(t, s + d);
    }

    /** The end of a block's street name at {@code i} (not followed by a lower-case letter), or -1. */
    private static int blockName(String t, int i) {
        int n = t.length();
        if (i >= n) return -1;
        char c = t.charAt(i);
        if (c >= 'A' && c <= 'Z') {
            int e = i + 1;
            while (e < n && lower(t.charAt(e))) e++;
            return e > i + 1 ? e : -1;
        }
        int d = digits(t, i);
        if (d < 1 || d > 3 || i + d + 2 > n || !ordinal(t, i + d)) return -1;
        int e = i + d + 2;
        return e < n && lower(t.charAt(e)) ? -1 : e;
    }

    /** The index after "North " / "N. " / "N " at {@code i}, or -1. */
    private static int direction(String t, int i) {
        for (String d : DIRECTIONS) {
            if (t.startsWith(d, i) && t.startsWith(" ", i + d.length())) return i + d.length() + 1;
        }
        if (i >= t.length() || "NSEW".indexOf(t.charAt(i)) < 0) return -1;
        if (t.startsWith(". ", i + 1)) return i + 3;
        return t.startsWith(" ", i + 1) ? i + 2 : -1;
    }

    /** The end of one to three digits at {@code i} that end a word, or -1. */
    private static int routeNumber(String t, int i) {
        int d = digits(t, i);
        if (d < 1 || d > 3) return -1;
        int e = i + d;
        return e < t.length() && word(t.charAt(e)) ? -1 : e;
    }

    private static int digits(String t, int i) {
        int e = i;
        while (e < t.length() && t.charAt(e) >= '0' && t.charAt(e) <= '9') e++;
        return e - i;
    }

    private static boolean ordinal(String t, int i) {
        return t.startsWith("st", i) || t.startsWith("nd", i) || t.startsWith("rd", i) || t.startsWith("th", i);
    }

    /** An ASCII word character, as {@code \w} and {@code \b} read them. */
    private static boolean word(char c) {
        return letter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean letter(char c) {
        return lower(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
