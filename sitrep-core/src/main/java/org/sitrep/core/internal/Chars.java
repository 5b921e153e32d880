package org.sitrep.core.internal;

/**
 * {@link Character} tests for the text scans of the hot stages, answered from a table for ASCII and by
 * {@link Character} otherwise, so the answers are exactly those of {@link Character}'s methods for every char.
 */
public final class Chars {
    private static final byte DIGIT = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) ASCII[c] = DIGIT;
        for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = UPPER;
        for (char c = 'a'; c <= 'z'; c++) ASCII[c] = LOWER;
    }

    private Chars() {
    }

    /** As {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII[c] != 0 : Character.isLetterOrDigit(c);
    }

    /** As {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & (UPPER | LOWER)) != 0 : Character.isLetter(c);
    }

    /** As {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        return c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
    }

    /** As {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? ASCII[c] == UPPER : Character.isUpperCase(c);
    }

    /** As {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < 128 ? (ASCII[c] == UPPER ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    /**
     * Whether {@code t.substring(at, at + n).toLowerCase(Locale.ROOT)} is the first {@code n} chars of {@code word}
     * (lower-case ASCII letters), compared char by char without a substring: {@link #toLowerCase} gives an ASCII letter
     * where that lower-cased string has it for every char but U+0130, which the string writes as two chars ("i" and a
     * combining dot), so a U+0130 never matches. The caller checks that {@code t} has {@code n} chars from {@code at}.
     */
    public static boolean lowerRegionIs(String t, int at, String word, int n) {
        for (int x = 0; x < n; x++) {
            char c = t.charAt(at + x);
            if (c == '\u0130' || toLowerCase(c) != word.charAt(x)) return false;
        }
        return true;
    }
}
