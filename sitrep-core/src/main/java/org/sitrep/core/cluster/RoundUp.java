package org.sitrep.core.cluster;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.internal.Tokens;

/**
 * Whether an article is a round-up: it tells several separate shootings ("8 dead, 27 wounded in weekend shootings
 * across Chicago", a police blotter, "... one of 10 shootings in the city"), so its words and places link it to each
 * of them. Such an article may join one incident but never bridges or remerges two ({@link StandardClusterer}).
 *
 * <p>Two cues, either suffices: the body names {@link #MIN_BLOCKS} or more different streets after "block of" (a report
 * of one shooting names its scene and perhaps a victim's or suspect's home block; a round-up names a block per
 * shooting), or it says that it turns to another incident ("in a separate shooting", "in other shootings", "weekend
 * shootings", "shootings across ..."). Measured on gva-dev (session 10, branch h/bridge6): the three Chicago round-ups
 * behind 4 of the stream's 8 wrong merges are flagged (7, 1 and 13 blocks; each with a marker), none of the 10 articles
 * behind its 11 correct merges is (docs/QUALITY.md). Thread-safe (stateless).
 */
final class RoundUp {
    /** Different streets after "block of" that make a round-up. */
    static final int MIN_BLOCKS = 4;

    /** Phrases (lower case) with which a story turns to a different shooting than its own. */
    private static final String[] MARKERS = {"in a separate shooting", "in a separate incident", "in a separate attack",
        "in separate shootings", "in separate incidents", "in separate attacks", "in another shooting",
        "in other shootings", "in other attacks", "in other incidents", "separate shootings", "weekend shootings",
        "shootings across", "shootings throughout", "shootings since"};

    private RoundUp() {
    }

    /** True when {@code text} (an article body) reads as a round-up of several shootings. */
    static boolean of(String text) {
        if (text == null || text.isEmpty()) return false;
        return of(Tokens.of(text));
    }

    /**
     * As {@link #of(String)} for the text of {@code words}, read from its word table in one pass that looks for both
     * cues: a marker decides at once; a "block of" where {@link #blocks} counts one (not after a letter or a digit:
     * in the table "block" is a whole word, {@link Tokens} words being runs of letters and digits, followed by
     * " of ") says that the blocks are worth counting. A text without one has no block to count.
     *
     * <p>A marker is found where {@code text.toLowerCase(Locale.ROOT)} holds it, without lower-casing the text: a
     * marker opens with a word and a space, so a match ends its first word where a word of the table ends ("within a
     * separate shooting" holds "in a separate shooting"); the rest is compared with the table's lower-cased chars.
     * Those are {@code Character.toLowerCase} of each char, which for every char but U+0130 (which {@code
     * String.toLowerCase} writes as two, an "i" and a combining dot) is an ASCII letter exactly when the lower-cased
     * string has that letter there; a match over a U+0130 is therefore not one.
     */
    static boolean of(Tokens words) {
        String text = words.text;
        if (text.isEmpty()) return false;
        char[] low = words.lower;
        int n = low.length;
        boolean block = false;
        for (int k = 0; k < words.count; k++) {
            int s = words.start[k];
            int e = words.end[k];
            int len = e - s;
            if (!block && len == 5 && words.hash[k] == BLOCK_HASH && text.startsWith("block of ", s)) block = true;
            // a marker whose first word ends where this word does
            if (e >= n || low[e] != ' ') continue;
            char last = low[e - 1];
            String[] group = last < BY_LAST_LETTER.length ? BY_LAST_LETTER[last] : null;
            if (group == null) continue;
            for (String m : group) {
                int first = m.indexOf(' ');
                int from = e - first;
                if (first > len || !matches(low, from, m)) continue;
                int dotted = text.indexOf('\u0130', from);
                if (dotted < 0 || dotted >= from + m.length()) return true;
            }
        }
        return block && blocks(text) >= MIN_BLOCKS;
    }

    /** The hash of "block" as {@link Tokens#hash} has it. */
    private static final int BLOCK_HASH = "block".hashCode();

    /** Whether {@code low[s, s + m.length())} is {@code m}. */
    private static boolean matches(char[] low, int s, String m) {
        if (s + m.length() > low.length) return false;
        for (int i = 0; i < m.length(); i++) if (low[s + i] != m.charAt(i)) return false;
        return true;
    }

    /** {@link #MARKERS} by the last letter of their first word (all are lower-case ASCII letters and spaces). */
    private static final String[][] BY_LAST_LETTER = new String[128][];

    static {
        for (String m : MARKERS) {
            int first = m.indexOf(' ');
            if (first < 1 || !m.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'))) {
                throw new IllegalStateException("a round-up marker must be lower-case words: " + m);
            }
            char c = m.charAt(first - 1);
            String[] g = BY_LAST_LETTER[c] == null ? new String[0] : BY_LAST_LETTER[c];
            g = java.util.Arrays.copyOf(g, g.length + 1);
            g[g.length - 1] = m;
            BY_LAST_LETTER[c] = g;
        }
    }

    /**
     * Number of different street words after "block of" (a direction word skipped: "the 4300 block of South Rockwell"
     * -> rockwell), as {@link Streets} reads a block address.
     */
    static int blocks(String text) {
        Set<String> seen = new HashSet<>();
        int from = 0;
        while (true) {
            int i = text.indexOf("block of ", from);
            if (i < 0) break;
            from = i + 9;
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            String w = word(text, from);
            if (w != null && isDirection(w)) w = word(text, from + w.length() + 1);
            if (w != null && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                seen.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return seen.size();
    }

    private static boolean isDirection(String w) {
        return switch (w) {
            case "North", "South", "East", "West", "N", "S", "E", "W", "N.", "S.", "E.", "W." -> true;
            default -> false;
        };
    }

    /** The run of letters, digits and dots starting at {@code at} (dots only at its end), or null when none. */
    private static String word(String text, int at) {
        int j = at;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
        if (j == at) return null;
        if (j < text.length() && text.charAt(j) == '.') j++;
        return text.substring(at, j);
    }
}
