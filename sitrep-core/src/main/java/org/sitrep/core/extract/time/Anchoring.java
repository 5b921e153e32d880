package org.sitrep.core.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic for resolving expressions against an anchor date, and TIMEX3 value formatting. */
final class Anchoring {
    private Anchoring() {
    }

    static String day(LocalDate d) {
        return d == null ? "XXXX-XX-XX" : d.toString();
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String week(LocalDate d) {
        if (d == null) return "XXXX-WXX";
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return String.format("%04d-Q%d", year, q);
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The day named by a weekday relative to the anchor: direction below zero is the latest such day
     * strictly before, above zero the first strictly after; zero means the nearest one on or before
     * (past or unknown tense), and {@code forward} switches zero to on or after.
     */
    static LocalDate weekday(LocalDate anchor, DayOfWeek dow, int direction, boolean forward) {
        if (direction < 0) return anchor.with(TemporalAdjusters.previous(dow));
        if (direction > 0) return anchor.with(TemporalAdjusters.next(dow));
        return forward ? anchor.with(TemporalAdjusters.nextOrSame(dow)) : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    /**
     * The year for a month (day 0) or a day of a month given without one. News speaks of the past:
     * the latest such month or day on or before the anchor, except that a day up to two months ahead
     * stays in the anchor's year ("on Nov. 16" in a November 2 article, "in December" in October),
     * and future tense looks forward.
     */
    static int yearFor(LocalDate anchor, int month, int day, int tense) {
        int y = anchor.getYear();
        LocalDate same = LocalDate.of(y, month, Math.max(1, Math.min(day, 28)));
        long diff = same.toEpochDay() - anchor.toEpochDay();
        if (tense > 0) {
            boolean passed = day > 0 ? diff < -7 : month < anchor.getMonthValue();
            return passed ? y + 1 : y;
        }
        boolean ahead = day > 0 ? diff > 60 : month > anchor.getMonthValue() + 2;
        return ahead ? y - 1 : y;
    }

    static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) return null;
        LocalDate first = LocalDate.of(y, m, 1);
        return d > first.lengthOfMonth() ? null : first.withDayOfMonth(d);
    }
}
