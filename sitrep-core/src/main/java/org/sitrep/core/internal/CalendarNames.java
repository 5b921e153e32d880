package org.sitrep.core.internal;

/**
 * English month and weekday names read as numbers (January 1 to December 12, Monday 1 to Sunday 7, as {@link
 * java.time.Month} and {@link java.time.DayOfWeek} number them), for every stage that reads dates in free text. Case is
 * ignored as {@code String.toLowerCase(Locale.ROOT)} ignores it, without a substring: the scans of the clustering hot
 * path call these per word. Stateless and thread-safe.
 */
public final class CalendarNames {
    /*
     * One lexicon, several readers with their own gating. Which words count as a month or weekday name in a given place
     * is that reader's rule, fitted and measured with it, and the rules differ on purpose; only the mapping from a name
     * to its number is shared here:
     * - cluster/ArticleRep.refDays (calendar days a follow-up names): a capitalised stem, "Jan" to "Dec" exactly so
     *   (its pattern is case-sensitive: "MARCH 3" in a shouted headline is not read), with a day number after it;
     * - cluster/LeadEvent (weekday and month of a title and lead): any weekday written in full, whatever its case; a
     *   capitalised full month name or its bare three-letter abbreviation ("Dec", not "Sept"), and "May" and the
     *   abbreviations only before a number ("May be" is no month);
     * - extract/time/Lexicon (the TIMEX normaliser): whatever its case-insensitive patterns matched (full names and
     *   abbreviations such as "Sept." and "Mar.") and its rules let through (a capital first letter), so a month by
     *   its stem;
     * - normalize/Dates, extract/figure/Scope, extract/fact/References and reconcile/ReferenceLinker: their own
     *   patterns' matches, by stem or by full name.
     * No month stem holds an "i" or "k", the two ASCII letters that a non-ASCII char lower-cases to (U+0130, U+212A),
     * so a stem compares char by char with Chars.toLowerCase exactly as the lower-cased string would.
     */

    /** Month names, lower case, January first. */
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    /** Weekday names, lower case, Monday first. */
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private CalendarNames() {
    }

    /**
     * The month (1 to 12) whose name starts with the three chars of {@code t} at {@code at}, case ignored ("Jan",
     * "SEP", "dec"), or 0. Every month name and abbreviation starts with its stem, so this reads "Jan.", "Sept",
     * "December" alike, and also "Marchers" or "Mayor": the caller decides where a name can stand. The caller checks
     * that {@code t} has three chars from {@code at}.
     */
    public static int monthOfStem(String t, int at) {
        char c1 = Chars.toLowerCase(t.charAt(at + 1));
        char c2 = Chars.toLowerCase(t.charAt(at + 2));
        return switch (Chars.toLowerCase(t.charAt(at))) {
            case 'j' -> c1 == 'a' ? (c2 == 'n' ? 1 : 0) : c1 != 'u' ? 0 : c2 == 'n' ? 6 : c2 == 'l' ? 7 : 0;
            case 'f' -> c1 == 'e' && c2 == 'b' ? 2 : 0;
            case 'm' -> c1 != 'a' ? 0 : c2 == 'r' ? 3 : c2 == 'y' ? 5 : 0;
            case 'a' -> c1 == 'p' ? (c2 == 'r' ? 4 : 0) : c1 == 'u' && c2 == 'g' ? 8 : 0;
            case 's' -> c1 == 'e' && c2 == 'p' ? 9 : 0;
            case 'o' -> c1 == 'c' && c2 == 't' ? 10 : 0;
            case 'n' -> c1 == 'o' && c2 == 'v' ? 11 : 0;
            case 'd' -> c1 == 'e' && c2 == 'c' ? 12 : 0;
            default -> 0;
        };
    }

    /** {@link #monthOfStem(String, int)} of a word's first three chars; 0 for a word shorter than three. */
    public static int monthOfStem(String word) {
        return word.length() < 3 ? 0 : monthOfStem(word, 0);
    }

    /** The month (1 to 12) whose full name {@code t[from, to)} is, case ignored ("December", "MAY"), or 0. */
    public static int fullMonth(String t, int from, int to) {
        int n = to - from;
        if (n < 3 || n > 9) return 0;
        int m = monthOfStem(t, from);
        return m > 0 && MONTHS[m - 1].length() == n && Chars.lowerRegionIs(t, from, MONTHS[m - 1], n) ? m : 0;
    }

    /** {@link #fullMonth(String, int, int)} of a whole word. */
    public static int fullMonth(String word) {
        return fullMonth(word, 0, word.length());
    }

    /** The weekday (1 Monday to 7 Sunday) whose full name {@code t[from, to)} is, case ignored ("Friday"), or 0. */
    public static int weekday(String t, int from, int to) {
        int n = to - from;
        if (n < 6 || n > 9) return 0;
        // the first letter and the length tell the one candidate: tuesday 7, thursday 8; saturday 8, sunday 6
        int d = switch (Chars.toLowerCase(t.charAt(from))) {
            case 'm' -> 1;
            case 't' -> n == 7 ? 2 : 4;
            case 'w' -> 3;
            case 'f' -> 5;
            case 's' -> n == 8 ? 6 : 7;
            default -> 0;
        };
        return d > 0 && WEEKDAYS[d - 1].length() == n && Chars.lowerRegionIs(t, from, WEEKDAYS[d - 1], n) ? d : 0;
    }

    /** {@link #weekday(String, int, int)} of a whole word. */
    public static int weekday(String word) {
        return weekday(word, 0, word.length());
    }
}
