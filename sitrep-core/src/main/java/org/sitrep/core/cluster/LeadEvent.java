package org.sitrep.core.cluster;

import java.util.Locale;

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

    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

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
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            String line = text.substring(lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (line.contains("http") || line.contains("www")) continue;
            int len = line.length();
            int i = 0;
            while (i < len) {
                if (Character.isDigit(line.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                    int j = i;
                    while (j < len && Character.isDigit(line.charAt(j))) j++;
                    long v = j - i <= 3 ? Long.parseLong(line, i, j, 10) : -1;
                    int end = j;
                    long fig = -1;
                    if (j + 1 < len && line.charAt(j) == '.' && Character.isDigit(line.charAt(j + 1))) {
                        fig = v * 10 + (line.charAt(j + 1) - '0');
                        end = j + 2;
                    } else if (j + 3 < len && line.startsWith(" . ", j) && Character.isDigit(line.charAt(j + 3))
                            && (j + 4 == len || !Character.isDigit(line.charAt(j + 4)))) {
                        fig = v * 10 + (line.charAt(j + 3) - '0');
                        end = j + 4;
                    } else if (line.startsWith("-year-old", j) || line.startsWith(" - year - old", j)) {
                        fig = 100_000 + v;
                    }
                    if (v >= 0 && fig >= 0 && k < figs.length) figs[k++] = fig;
                    i = end;
                    continue;
                }
                if (!Character.isLetter(line.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < len && Character.isLetter(line.charAt(j))) j++;
                // only a capitalised word can name a month, and only a word ending in "day" a weekday
                if (j - i >= 3 && j - i <= 9 && (Character.isUpperCase(line.charAt(i))
                        || (j - i >= 6 && line.regionMatches(true, j - 3, "day", 0, 3)))) {
                    String w = line.substring(i, j).toLowerCase(Locale.ROOT);
                    int d = weekday(w);
                    if (d >= 0) {
                        days |= 1 << d;
                    } else {
                        int m = month(w, line, i, j);
                        if (m >= 0) months |= 1 << m;
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

    private static int weekday(String w) {
        if (w.length() < 6 || !w.endsWith("day")) return -1;
        for (int d = 0; d < WEEKDAYS.length; d++) if (WEEKDAYS[d].equals(w)) return d;
        return -1;
    }

    /**
     * The month (0 January) that {@code w}, at {@code [i, j)} of {@code line}, names: a month name or its three-letter
     * abbreviation, capitalised ("Dec. 15", "15 December"); "May" and the abbreviations only before a number.
     */
    private static int month(String w, String line, int i, int j) {
        if (!Character.isUpperCase(line.charAt(i))) return -1;
        for (int m = 0; m < MONTHS.length; m++) {
            boolean full = MONTHS[m].equals(w);
            if (!full && !(w.length() == 3 && MONTHS[m].startsWith(w))) continue;
            if (full && m != 4) return m;
            int p = j;
            while (p < line.length() && (line.charAt(p) == '.' || line.charAt(p) == ' ')) p++;
            return p < line.length() && Character.isDigit(line.charAt(p)) ? m : -1;
        }
        return -1;
    }
}
