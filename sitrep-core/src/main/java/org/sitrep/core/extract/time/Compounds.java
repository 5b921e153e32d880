package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions built on a neighbouring one, which no single rule sees whole: the second day of "April 24 and 25",
 * the first weekday of "Monday and Tuesday nights" (a set, like the second), "the day before last Tuesday" (the
 * day next to the one named), "the week of March 6" and "Easter week" (the week holding the day), and "the winter of
 * nineteen ninety-four" (a season of a year written any way). Stateless.
 */
final class Compounds {
    private Compounds() {
    }

    /** Rewrites or adds the compound expressions in {@code found} (text order, no overlaps); returns the same list. */
    static List<Timex> resolve(List<Timex> found, String text) {
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            Timex next = i + 1 < found.size() ? found.get(i + 1) : null;
            Timex day = secondDay(t, next, text);
            if (day != null) {
                found.add(i + 1, day);
                i++;
                continue;
            }
            Timex set = weekdayOfSet(t, next, text);
            if (set != null) {
                found.set(i, set);
                continue;
            }
            Timex previous = i == 0 ? null : found.get(i - 1);
            Timex shifted = dayNextTo(t, previous, text);
            if (shifted == null) shifted = weekOf(t, previous, next, text);
            if (shifted == null) shifted = seasonOf(t, previous, text);
            if (shifted != null) found.set(i, shifted);
        }
        return found;
    }

    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2})-(\\d{2})$");
    private static final Pattern ENDS_WITH_DAY = Pattern.compile("(?i)" + Lexicon.MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?$");
    /** " and 25", then what may follow a date: punctuation, or a preposition or conjunction (not "25 people"). */
    private static final Pattern AND_DAY = Pattern.compile(" (?:and|or|&) (\\d{1,2})(?:st|nd|rd|th)?(?=[.,;:)]|\\s*$"
            + "|\\s+(?:in|at|on|to|for|with|when|after|before|as|and|or|but|that|the)\\b)");

    /** "April 24 and 25": the second day, in the first one's month and year. */
    private static Timex secondDay(Timex t, Timex next, String text) {
        Matcher v = DAY_VALUE.matcher(t.value());
        if (!v.matches() || !ENDS_WITH_DAY.matcher(t.text()).find()) return null;
        Matcher a = AND_DAY.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 30))
                .useTransparentBounds(true).useAnchoringBounds(false);
        if (!a.lookingAt()) return null;
        int day = Integer.parseInt(a.group(1));
        if (day <= Integer.parseInt(v.group(2)) || day > 31) return null;
        if (next != null && next.start() < a.end(1)) return null;
        String[] ym = v.group(1).split("-");
        LocalDate d = Anchoring.safeDate(Integer.parseInt(ym[0]), Integer.parseInt(ym[1]), day);
        if (d == null) return null;
        return new Timex(Timex.Type.DATE, d.toString(), a.start(1), a.end(1), text.substring(a.start(1), a.end(1)));
    }

    private static final Pattern WEEKDAY_ONLY = Pattern.compile("(?i)^" + Lexicon.WEEKDAY + "$");
    private static final Pattern WEEKDAY_SET = Pattern.compile("^XXXX-WXX-\\d(T[A-Z]{2})?$");
    private static final Pattern AND = Pattern.compile("^ (?:and|or|&) $");

    /** "Monday and Tuesday nights", "Saturday and Sundays": the first weekday is a set too, with the same part of day. */
    private static Timex weekdayOfSet(Timex t, Timex next, String text) {
        if (next == null || t.type() != Timex.Type.DATE || !WEEKDAY_ONLY.matcher(t.text()).matches()) return null;
        Matcher s = WEEKDAY_SET.matcher(next.value());
        if (next.type() != Timex.Type.SET || !s.matches() || next.start() <= t.end()
                || !AND.matcher(text.substring(t.end(), next.start())).matches()) {
            return null;
        }
        String value = "XXXX-WXX-" + Lexicon.weekday(t.text()).getValue() + (s.group(1) == null ? "" : s.group(1));
        return new Timex(Timex.Type.SET, value, t.start(), t.end(), t.text());
    }

    private static final Pattern WEEK_OF = Pattern.compile("(?i)\\bthe week of $");
    private static final Pattern HOLIDAY = Pattern.compile("^(?:Christmas|Easter|Thanksgiving|New Year's|Passover|Ramadan)");
    private static final Pattern WEEK_AFTER = Pattern.compile(" week\\b(?!-)");

    /** "the week of March 6", "Easter week": the (ISO) week that holds the day named. */
    private static Timex weekOf(Timex t, Timex previous, Timex next, String text) {
        Matcher v = FULL_DAY.matcher(t.value());
        if (t.type() == Timex.Type.SET || !v.matches()) return null;
        LocalDate day = LocalDate.parse(v.group(1));
        Matcher b = WEEK_OF.matcher(text).region(Math.max(0, t.start() - 12), t.start());
        if (b.find() && (previous == null || previous.end() <= b.start())) {
            return new Timex(Timex.Type.DATE, Anchoring.week(day), b.start(), t.end(), text.substring(b.start(), t.end()));
        }
        Matcher a = WEEK_AFTER.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 6));
        if (HOLIDAY.matcher(t.text()).lookingAt() && a.lookingAt() && (next == null || next.start() >= a.end())) {
            return new Timex(Timex.Type.DATE, Anchoring.week(day), t.start(), a.end(), text.substring(t.start(), a.end()));
        }
        return null;
    }

    private static final Pattern SEASON_OF = Pattern.compile("(?i)\\bthe (?:early |late )?(summer|winter|spring|fall|autumn) of $");

    /** "the winter of nineteen ninety-four": the season of the year named, however the year is written. */
    private static Timex seasonOf(Timex t, Timex previous, String text) {
        if (t.type() != Timex.Type.DATE || !t.value().matches("\\d{4}")) return null;
        Matcher b = SEASON_OF.matcher(text).region(Math.max(0, t.start() - 24), t.start());
        if (!b.find() || previous != null && previous.end() > b.start()) return null;
        String value = t.value() + "-" + TimeRules.season(b.group(1).toLowerCase(java.util.Locale.ROOT));
        return new Timex(Timex.Type.DATE, value, b.start(), t.end(), text.substring(b.start(), t.end()));
    }

    private static final Pattern DAY_BEFORE = Pattern.compile("(?i)\\b(?:the |a )?day (before|after) $");
    private static final Pattern FULL_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T.*)?$");

    /** "the day before last Tuesday", "the day after Christmas": one expression, the day next to the one named. */
    private static Timex dayNextTo(Timex t, Timex previous, String text) {
        Matcher v = FULL_DAY.matcher(t.value());
        if (t.type() == Timex.Type.SET || !v.matches()) return null;
        Matcher b = DAY_BEFORE.matcher(text).region(Math.max(0, t.start() - 16), t.start());
        if (!b.find() || previous != null && previous.end() > b.start()) return null;
        LocalDate d = LocalDate.parse(v.group(1)).plusDays(b.group(1).equalsIgnoreCase("before") ? -1 : 1);
        return new Timex(Timex.Type.DATE, d.toString(), b.start(), t.end(), text.substring(b.start(), t.end()));
    }
}
