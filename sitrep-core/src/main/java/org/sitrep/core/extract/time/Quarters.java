package org.sitrep.core.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.time.TimeExpressions.Ctx;
import org.sitrep.core.extract.time.Timex.Type;

/** Resolvers for business quarters and halves ("the third quarter", "year-ago period") and holidays. */
final class Quarters {
    private Quarters() {
    }

    private static final Pattern OF_LONGER = Pattern.compile(
            "(?i) of (?:the )?(?:'\\d0s|\\d{4}'?s|(?:\\w+ )?(?:decade|century))");

    static Timex ordinal(Matcher m, Ctx c) {
        String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String which = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        boolean adjective = m.end(2) < c.text.length() && c.text.charAt(m.end(2)) == '-';
        int start = det.equals("its") || det.equals("the company's") || (adjective && det.equals("the"))
                ? m.start(2) : m.start();
        if (unit.equals("period") && !which.startsWith("year")) {
            if (!which.equals("latest") && !which.equals("same")) return null;
        }
        if (m.group(4) == null && OF_LONGER.matcher(c.text).region(m.end(), Math.min(c.text.length(), m.end() + 30))
                .lookingAt()) {
            return null; // "the last half of the '80s", "the first quarter of the century": part of a longer span
        }
        boolean half = unit.equals("half");
        int n = switch (which) {
            case "first", "1st" -> 1; case "second", "2nd" -> 2; case "third", "3rd" -> 3; case "fourth", "4th" -> 4;
            case "final" -> half ? 2 : 4;
            default -> 0;
        };
        if (half && n > 2) return null;
        if (m.group(4) != null && n > 0) {
            return c.make(Type.DATE, m.group(4) + "-" + (half ? "H" : "Q") + n, start, m.end());
        }
        if (c.anchor == null) return c.make(Type.DATE, "XXXX-" + (half ? "H" : "Q") + (n == 0 ? "X" : n), start, m.end());
        LocalDate a = c.anchor;
        int y = a.getYear();
        int cq = Anchoring.quarterOf(a);
        if (half) {
            int ch = (a.getMonthValue() - 1) / 6 + 1;
            if (n == 0) n = ch;
            if (det.startsWith("last")) y--;
            else if (n > ch && !det.startsWith("this") && !det.equals("next")) y--;
            return c.make(Type.DATE, y + "-H" + n, start, m.end());
        }
        if (n == 0) {
            // latest, last, current, year-ago: relative to the last completed quarter
            if (which.equals("current")) {
                n = cq;
            } else {
                n = cq - 1;
                if (n == 0) {
                    n = 4;
                    y--;
                }
            }
            if (which.startsWith("year")) y--;
        } else if (det.startsWith("next year")) {
            y++;
        } else if (det.startsWith("last") || det.startsWith("the year")) {
            y--;
        } else if (n > cq && !det.startsWith("this") && !det.equals("next")
                && !c.future(m.start(), m.end())) {
            y--;
        }
        return c.make(Type.DATE, Anchoring.quarter(y, n), start, m.end());
    }

    /** "the 1988 third quarter", "the 1988 period" (the latest quarter's number, in that year). */
    static Timex ofYear(Matcher m, Ctx c) {
        String which = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        int n = switch (which) {
            case "first" -> 1; case "second" -> 2; case "third" -> 3; case "fourth" -> 4;
            default -> 0;
        };
        if (n == 0) {
            if (c.anchor == null) return c.make(Type.DATE, m.group(1) + "-QX", m.start(), m.end());
            n = Anchoring.quarterOf(c.anchor) - 1;
            if (n == 0) n = 4;
        }
        return c.make(Type.DATE, m.group(1) + "-Q" + n, m.start(), m.end());
    }

    private static final Pattern ENDED = Pattern.compile("(?i) end(?:ed|ing) (" + Lexicon.MONTH + ") \\d{1,2}\\b(?:,? ((?:19|20)\\d{2}))?");

    static Timex latest(Matcher m, Ctx c) {
        if (c.anchor == null) return c.make(Type.DATE, "XXXX-QX", m.start(), m.end());
        Matcher ended = ENDED.matcher(c.text).region(m.end(), Math.min(c.text.length(), m.end() + 30));
        if (ended.lookingAt() && c.upper(ended.start(1))) {
            // "the quarter ended July 31" (May to July): the calendar quarter that holds most of its three months,
            // the one of its middle month; Anaphora lets a fiscal quarter already named keep the focus
            int month = Lexicon.month(ended.group(1));
            int y = ended.group(2) != null ? Integer.parseInt(ended.group(2))
                    : Anchoring.yearFor(c.anchor, month, 28, 0);
            java.time.LocalDate middle = java.time.LocalDate.of(y, month, 1).minusMonths(1);
            return c.make(Type.DATE, Anchoring.quarter(middle.getYear(), Anchoring.quarterOf(middle)), m.start(), m.end());
        }
        int y = c.anchor.getYear();
        int n = Anchoring.quarterOf(c.anchor) - 1;
        if (n == 0) {
            n = 4;
            y--;
        }
        return c.make(Type.DATE, Anchoring.quarter(y, n), m.start(), m.end());
    }

    static Timex holiday(Matcher m, Ctx c) {
        if (!c.upper(m.start(1)) && !c.upper(m.start(1) + 4)) return null;
        String h = m.group(1).toLowerCase(Locale.ROOT);
        if (c.anchor == null) return c.make(Type.DATE, "XXXX-XX-XX", m.start(), m.end());
        int y = c.anchor.getYear();
        LocalDate d = on(h, y);
        // a holiday up to a month ahead is the coming one unless the clause is in the past tense
        boolean future = c.future(m.start(), m.end());
        if (d.isAfter(c.anchor.plusDays(7)) && !future
                && (d.isAfter(c.anchor.plusDays(31)) || c.past(m.start(), m.end()))) {
            d = on(h, y - 1);
        } else if (d.isBefore(c.anchor.minusDays(180)) && future) {
            d = on(h, y + 1);
        }
        return c.make(Type.DATE, d.toString(), m.start(), m.end());
    }

    private static LocalDate on(String h, int y) {
        if (h.startsWith("christmas eve")) return LocalDate.of(y, 12, 24);
        if (h.startsWith("christmas")) return LocalDate.of(y, 12, 25);
        if (h.startsWith("new year's eve")) return LocalDate.of(y, 12, 31);
        if (h.startsWith("new year")) return LocalDate.of(y, 1, 1);
        if (h.startsWith("thanksgiving")) return nth(y, 11, DayOfWeek.THURSDAY, 4);
        if (h.startsWith("independence") || h.contains("fourth of july")) return LocalDate.of(y, 7, 4);
        if (h.startsWith("halloween")) return LocalDate.of(y, 10, 31);
        if (h.startsWith("valentine")) return LocalDate.of(y, 2, 14);
        if (h.startsWith("memorial")) return LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (h.startsWith("labor")) return nth(y, 9, DayOfWeek.MONDAY, 1);
        if (h.startsWith("veterans")) return LocalDate.of(y, 11, 11);
        if (h.startsWith("election")) return nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1); // US: Tuesday after 1st Monday
        return easter(y);
    }

    private static LocalDate nth(int y, int month, DayOfWeek dow, int n) {
        return LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int mm = (a + 11 * h - 7 * l) / 451;
        int month = (h + l - 7 * mm + 114) / 31, day = (h + l - 7 * mm + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
