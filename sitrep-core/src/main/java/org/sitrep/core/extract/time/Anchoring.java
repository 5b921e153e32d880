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

    /** The year for a month (and day) given without one: the anchor's, or the next/previous by tense. */
    static int yearFor(LocalDate anchor, int month, int day, int tense) {
        int y = anchor.getYear();
        int dd = Math.max(1, Math.min(day, 28));
        LocalDate same = LocalDate.of(y, month, dd);
        long diff = same.toEpochDay() - anchor.toEpochDay();
        if (tense > 0 && diff < -31) return y + 1;
        if (tense <= 0 && diff > (day > 0 ? 7 : 31) && diff > 60) return y - 1;
        if (diff > 183) return y - 1;
        if (diff < -183) return y + 1;
        return y;
    }

    static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) return null;
        LocalDate first = LocalDate.of(y, m, 1);
        return d > first.lengthOfMonth() ? null : first.withDayOfMonth(d);
    }
}
