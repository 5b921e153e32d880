package org.sitrep.core.cluster;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
final class Streets {
    /** Keys kept per article: bounds the per-candidate work and the weight of late mentions. */
    static final int MAX_KEYS = 6;

    private static final String NAME = "([A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th))";
    private static final Pattern SUFFIXED = Pattern.compile("\\b" + NAME
            + " (?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Drive|Dr\\.?|Lane|Ln\\.?|Parkway|Pkwy\\.?"
            + "|Highway|Hwy\\.?|Terrace|Pike|Court|Ct\\.?|Circle|Expressway|Freeway)(?![A-Za-z])");
    private static final Pattern BLOCK = Pattern.compile("\\bblock of (?:(?:North|South|East|West|[NSEW]\\.?) )?"
            + NAME + "(?![a-z])");
    private static final Pattern ROUTE = Pattern.compile("\\b(?:Highway|Hwy\\.?|Route|Interstate|I-|U\\.?S\\.?) ?(\\d{1,3})\\b");
    /** Capitalised words before a suffix that do not name a street (courts, administrative names, sentence words). */
    private static final Set<String> NOT_STREET = Set.of("superior", "supreme", "circuit", "district", "municipal",
            "juvenile", "family", "federal", "county", "state", "city", "appeals", "magistrate", "criminal", "general",
            "sessions", "claims", "traffic", "housing", "drug", "probate", "small", "common", "high", "tax", "the",
            "on", "in", "at", "near", "of", "and", "street", "road", "avenue", "north", "south", "east", "west",
            "shooting", "shot", "killed", "police", "man", "woman", "dead");

    private Streets() {
    }

    /**
     * The street keys of {@code text} as hashes of {@link #names} (a collision only adds a false agreement), in order
     * of first mention.
     */
    static int[] keys(String text) {
        String[] found = names(text);
        int[] ids = new int[found.length];
        for (int i = 0; i < found.length; i++) ids[i] = found[i].hashCode();
        return ids;
    }

    /** The street keys of {@code text} in order of first mention, at most {@link #MAX_KEYS}. */
    static String[] names(String text) {
        if (text == null || text.isEmpty()) return new String[0];
        java.util.TreeMap<Integer, String> at = new java.util.TreeMap<>();
        collect(SUFFIXED.matcher(text), "", at);
        collect(BLOCK.matcher(text), "", at);
        collect(ROUTE.matcher(text), "route ", at);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String k : at.values()) {
            out.add(k);
            if (out.size() == MAX_KEYS) break;
        }
        return out.toArray(new String[0]);
    }

    private static void collect(Matcher m, String prefix, java.util.Map<Integer, String> at) {
        while (m.find()) {
            String k = m.group(1).toLowerCase(Locale.ROOT);
            if (prefix.isEmpty() && NOT_STREET.contains(k)) continue;
            at.putIfAbsent(m.start(), prefix + k);
        }
    }
}
