package org.sitrep.core.internal;

/**
 * The English possessive ending "'s" after a word, with a straight or a curly (U+2019) apostrophe: "Doe's",
 * "Doe’s". Thread-safe (stateless).
 */
public final class Possessives {
    private Possessives() {
    }

    /** Whether {@code s} ends with "'s" or "’s". */
    public static boolean endsWithOne(String s) {
        return s.endsWith("'s") || s.endsWith("’s");
    }

    /** Whether "'s" or "’s" starts at {@code at} in {@code s}. */
    public static boolean startsAt(String s, int at) {
        return s.startsWith("'s", at) || s.startsWith("’s", at);
    }

    /** {@code s} without its possessive ending ("Doe's" gives "Doe"); {@code s} itself when it has none. */
    public static String strip(String s) {
        return endsWithOne(s) ? s.substring(0, s.length() - 2) : s;
    }
}
