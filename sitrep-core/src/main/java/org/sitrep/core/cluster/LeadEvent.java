package org.sitrep.core.cluster;

import org.sitrep.core.internal.CalendarNames;
import org.sitrep.core.internal.Chars;

/**
 * When the title and lead of an article say its event happened, and the figures that identify it, for telling apart two similar undated events
 * ({@link LinkModel} features 47 to 52): {@code weekdays} is a bit set of the weekdays named (bit 0 Monday), the day a
 * story gives its event ("fired coach Maurice Cheeks on Saturday"), {@code months} one of the months named (bit 0
 * January: a dateline, "on Dec. 15"), and {@code figures} the sorted figures that identify an event or a person rather
 * than count (a decimal, "5.6" or "5 . 6" as some corpora tokenise it, as ten times its value; an age, "23-year-old",
 * as 100,000 plus the age). Two reports of one event repeat its day, its magnitude and its people's ages; the sibling
 * event of the same kind happened on another day, to other people. Counts are left out: the reports of one event
 * disagree on them as often as two events do. Weekday and month names are stop words of {@link Terms}, so the text vectors do not see them,
 * and an undated pair has no dates to compare. Lines holding a URL are skipped.
 */
record LeadEvent(int weekdays, int months, long[] figures) {
    static final LeadEvent NONE = new LeadEvent(0, 0, new long[0]);

    /** Figures kept per article at most (the first ones written). */
    static final int MAX_FIGURES = 8;

    /** Reads {@code text} (the title and lead). */
    static LeadEvent of(String text) {
        int days = 0;
        int months = 0;
        long[] figs = new long[MAX_FIGURES];
        int k = 0;
        int n = text.length();
        int lineStart = 0;
        // the next "http" and "www" at or after the line's start (a match starting in a line ends in it: no break)
        int http = -1;
        int www = -1;
        while (lineStart < n) {
            int len = text.indexOf('\n', lineStart);
            if (len < 0) len = n;
            int from = lineStart;
            lineStart = len + 1;
            if (http < from && http != n) http = next(text, "http", from);
            if (www < from && www != n) www = next(text, "www", from);
            if (http < len || www < len) continue;
            // the line is text[from, len)
            int i = from;
            while (i < len) {
                char c = text.charAt(i);
                if (Chars.isDigit(c) && (i == from || !Chars.isLetterOrDigit(text.charAt(i - 1)))) {
                    int j = i;
                    while (j < len && Chars.isDigit(text.charAt(j))) j++;
                    long v = j - i <= 3 ? Long.parseLong(text, i, j, 10) : -1;
                    int end = j;
                    long fig = -1;
                    if (j + 1 < len && text.charAt(j) == '.' && Chars.isDigit(text.charAt(j + 1))) {
                        fig = v * 10 + (text.charAt(j + 1) - '0');
                        end = j + 2;
                    } else if (j + 3 < len && text.startsWith(" . ", j) && Chars.isDigit(text.charAt(j + 3))
                            && (j + 4 == len || !Chars.isDigit(text.charAt(j + 4)))) {
                        fig = v * 10 + (text.charAt(j + 3) - '0');
                        end = j + 4;
                    } else if (text.startsWith("-year-old", j) || text.startsWith(" - year - old", j)) {
                        fig = 100_000 + v;
                    }
                    if (v >= 0 && fig >= 0 && k < figs.length) figs[k++] = fig;
                    i = end;
                    continue;
                }
                if (!Chars.isLetter(c)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < len && Chars.isLetter(text.charAt(j))) j++;
                // only a capitalised word can name a month, and only a word ending in "day" a weekday
                if (j - i >= 3 && j - i <= 9 && (Chars.isUpperCase(c)
                        || (j - i >= 6 && text.regionMatches(true, j - 3, "day", 0, 3)))) {
                    int d = CalendarNames.weekday(text, i, j);
                    if (d > 0) {
                        days |= 1 << d - 1;
                    } else {
                        int m = month(text, i, j, len);
                        if (m > 0) months |= 1 << m - 1;
                    }
                }
                i = j;
            }
        }
        if (days == 0 && months == 0 && k == 0) return NONE;
        // sorted and distinct, by a loop rather than a stream pipeline per article
        long[] sorted = java.util.Arrays.copyOf(figs, k);
        java.util.Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < k; i++) if (m == 0 || sorted[m - 1] != sorted[i]) sorted[m++] = sorted[i];
        return new LeadEvent(days, months, m == k ? sorted : java.util.Arrays.copyOf(sorted, m));
    }

    /** The index of {@code s} in {@code t} at or after {@code from}, or the length of {@code t} when there is none. */
    private static int next(String t, String s, int from) {
        int i = t.indexOf(s, from);
        return i < 0 ? t.length() : i;
    }

    /**
     * The month (1 January) that {@code t[i, j)}, in a line that ends at {@code len}, names, or 0: a month name or its
     * three-letter abbreviation, capitalised ("Dec. 15", "15 December"); "May" and the abbreviations only before a
     * number. Stricter than the time normaliser, which also reads "Sept. 5", "in May" and "last Dec.": the rule that the lead-event
     * features ({@link LinkModel} 47 to 52) were fitted with.
     */
    private static int month(String t, int i, int j, int len) {
        if (!Chars.isUpperCase(t.charAt(i))) return 0;
        int m = j - i == 3 ? CalendarNames.monthOfStem(t, i) : CalendarNames.fullMonth(t, i, j);
        if (m == 0 || j - i > 3) return m;
        int p = j;
        while (p < len && (t.charAt(p) == '.' || t.charAt(p) == ' ')) p++;
        return p < len && Chars.isDigit(t.charAt(p)) ? m : 0;
    }
}
