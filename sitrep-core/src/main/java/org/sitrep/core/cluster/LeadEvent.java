package org.sitrep.core.cluster;

import java.util.Locale;

/**
 * When the title and lead of an article say its event happened, for telling apart two similar undated events
 * ({@link LinkModel} features 47 to 50): {@code weekdays} is a bit set of the weekdays named (bit 0 Monday), the day a
 * story gives its event ("fired coach Maurice Cheeks on Saturday"), and {@code months} one of the months named (bit 0
 * January: a dateline, "on Dec. 15"). Two reports of one event repeat its day; the sibling event of the same kind
 * happened on another. Weekday and month names are stop words of {@link Terms}, so the text vectors do not see them,
 * and an undated pair has no dates to compare. Lines holding a URL are skipped.
 */
record LeadEvent(int weekdays, int months) {
    static final LeadEvent NONE = new LeadEvent(0, 0);

    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    /** Reads {@code text} (the title and lead). */
    static LeadEvent of(String text) {
        int days = 0;
        int months = 0;
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
                if (!Character.isLetter(line.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < len && Character.isLetter(line.charAt(j))) j++;
                if (j - i >= 3 && j - i <= 9) {
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
        return days == 0 && months == 0 ? NONE : new LeadEvent(days, months);
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
