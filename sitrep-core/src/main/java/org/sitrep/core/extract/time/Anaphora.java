package org.sitrep.core.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions that refer to a time mentioned earlier in the text rather than to the anchor: "that year",
 * "later that year", "the following month" (TimeML anchors them on the last date of that granularity), and the
 * business-news "a year earlier" / "the quarter" that follow the quarter last mentioned. Stateless.
 */
final class Anaphora {
    private Anaphora() {
    }

    /** Re-anchors the anaphoric expressions in {@code found} (text order); returns the same list. */
    static List<Timex> resolve(List<Timex> found, String text, LocalDate anchor) {
        then(found);
        narrative(found);
        weekdays(found);
        dayInFocus(found, text, anchor);
        return apposition(business(found, text, anchor), text);
    }

    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?i)^(?:the )?(?:first|second|third|fourth) quarter$");
    private static final Pattern ENDED_DAY = Pattern.compile("(?i)^ end(?:ed|ing) $");
    private static final Pattern HAS_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /**
     * "the comparable year-ago quarter, the second quarter ended Oct. 31": a quarter in apposition to a year-ago
     * quarter is that quarter, so both take the year-ago year and the ordinal's number, and the day it ended is in
     * that year.
     */
    private static List<Timex> apposition(List<Timex> found, String text) {
        for (int i = 1; i < found.size(); i++) {
            Timex before = found.get(i - 1);
            Timex t = found.get(i);
            Matcher q1 = QUARTER_VALUE.matcher(before.value());
            Matcher q2 = QUARTER_VALUE.matcher(t.value());
            if (!YEAR_AGO.matcher(before.text()).matches() || !q1.matches() || !q2.matches()
                    || !ORDINAL_QUARTER.matcher(t.text()).matches() || !text.substring(before.end(), t.start()).equals(", ")) {
                continue;
            }
            String value = q1.group(1) + "-Q" + q2.group(2);
            found.set(i - 1, new Timex(before.type(), value, before.start(), before.end(), before.text()));
            found.set(i, new Timex(t.type(), value, t.start(), t.end(), t.text()));
            if (i + 1 < found.size()) {
                Timex day = found.get(i + 1);
                Matcher d = FULL_DAY.matcher(day.value());
                if (d.lookingAt() && day.start() > t.end() && ENDED_DAY.matcher(text.substring(t.end(), day.start())).matches()
                        && !HAS_YEAR.matcher(day.text()).find()) {
                    String moved = q1.group(1) + day.value().substring(4);
                    found.set(i + 1, new Timex(day.type(), moved, day.start(), day.end(), day.text()));
                }
            }
        }
        return found;
    }

    private static final Pattern NARRATIVE = Pattern.compile("(?i)^(?:(?:later|earlier|early|late) (?:in )?)?"
            + "(that|the same|that same|the following|the previous|the prior) (year|month)$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?");

    /**
     * "that year" / "the following month": the year or month of the last expression before it that names
     * one, shifted for following/previous; without one, the rule's anchor-based value
     * stays ("that ..." is then dropped: it points at nothing).
     */
    private static void narrative(List<Timex> found) {
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            Matcher n = NARRATIVE.matcher(t.text());
            if (!n.matches()) continue;
            String unit = n.group(2).toLowerCase(Locale.ROOT);
            String rel = n.group(1).toLowerCase(Locale.ROOT);
            int shift = rel.endsWith("following") ? 1
                    : rel.endsWith("previous") || rel.endsWith("prior") ? -1 : 0;
            String value = null;
            for (int j = i - 1; j >= 0 && value == null; j--) {
                Timex r = found.get(j);
                if (r.type() == Timex.Type.DURATION || r.type() == Timex.Type.SET) continue;
                Matcher v = YEAR.matcher(r.value());
                if (!v.lookingAt()) continue;
                if (unit.equals("year")) {
                    value = String.valueOf(Integer.parseInt(v.group(1)) + shift);
                } else if (v.group(2) != null) {
                    value = LocalDate.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)), 1).plusMonths(shift)
                            .toString().substring(0, 7);
                }
            }
            if (value != null) {
                found.set(i, new Timex(Timex.Type.DATE, value, t.start(), t.end(), t.text()));
            } else if (shift == 0) {
                found.remove(i--);
            }
        }
    }

    private static final Pattern POINT = Pattern.compile("^(?:\\d{4}|PRESENT_REF|PAST_REF|FUTURE_REF)");

    /**
     * "until then", "by then": the point of time named last before it (a day, month, year or clock time, not a
     * duration or a set); without one it points at nothing and is dropped.
     */
    private static void then(List<Timex> found) {
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            if (!t.text().equalsIgnoreCase("then")) continue;
            Timex ref = null;
            for (int j = i - 1; j >= 0 && ref == null; j--) {
                Timex r = found.get(j);
                if (r.type() != Timex.Type.DURATION && r.type() != Timex.Type.SET && POINT.matcher(r.value()).lookingAt()) {
                    ref = r;
                }
            }
            if (ref == null) {
                found.remove(i--);
            } else {
                found.set(i, new Timex(ref.type(), ref.value(), t.start(), t.end(), t.text()));
            }
        }
    }

    private static final Pattern RELATIVE_WEEKDAY = Pattern.compile("(?i)^the (previous|prior|following) ("
            + Lexicon.WEEKDAY + ")(?:'s)?(?: (morning|afternoon|evening|night))?$");
    private static final Pattern FULL_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /**
     * "the previous Friday", "the following Monday": the weekday before or after the last day named before it
     * ("fell 4.5% from the previous Friday" after a Friday's close), else before or after the anchor as resolved.
     */
    private static void weekdays(List<Timex> found) {
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            Matcher w = RELATIVE_WEEKDAY.matcher(t.text());
            if (!w.matches()) continue;
            for (int j = i - 1; j >= 0; j--) {
                Matcher d = FULL_DAY.matcher(found.get(j).value());
                if (!d.lookingAt()) continue;
                DayOfWeek dow = Lexicon.weekday(w.group(2));
                LocalDate ref = LocalDate.parse(d.group(1));
                LocalDate day = ref.with(w.group(1).equalsIgnoreCase("following")
                        ? TemporalAdjusters.next(dow) : TemporalAdjusters.previous(dow));
                String value = day + (w.group(3) == null ? "" : "T" + Lexicon.partOfDay(w.group(3)));
                found.set(i, new Timex(t.type(), value, t.start(), t.end(), t.text()));
                break;
            }
        }
    }

    private static final Pattern NEXT_PART = Pattern.compile("(?i)^the (?:next|following) ");
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)\\b(?:morning|afternoon|evening|night)\\b");
    private static final Pattern NAMES_DAY = Pattern.compile("(?i)\\b(?:today|tonight|yesterday|tomorrow|" + Lexicon.WEEKDAY
            + "|" + Lexicon.MONTH + "|\\d{1,2}/\\d{1,2}|this|that|next|following)");

    /**
     * A part of the day that names no day ("in the morning", "at 4 in the afternoon") is on the day the text is
     * speaking of: the last day named in the 200 characters before it, else the anchor's day as resolved. Clock
     * times ("at 10 p.m.") keep the anchor's day: re-anchoring them too moved 1,265 values on gva-dev with no gain
     * in incident dates and a slight loss in clustering.
     */
    private static void dayInFocus(List<Timex> found, String text, LocalDate anchor) {
        if (anchor == null) return;
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            boolean next = NEXT_PART.matcher(t.text()).lookingAt();
            String a = (next ? anchor.plusDays(1) : anchor).toString();
            if (t.type() != Timex.Type.TIME || !t.value().startsWith(a + "T")
                    || !next && NAMES_DAY.matcher(t.text()).find() || !PART_OF_DAY.matcher(t.text()).find()) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Timex r = found.get(j);
                if (t.start() - r.end() > 200) break;
                Matcher d = FULL_DAY.matcher(r.value());
                if (!d.lookingAt()) continue;
                String focus = next ? LocalDate.parse(d.group(1)).plusDays(1).toString() : d.group(1);
                if (!focus.equals(a)) {
                    String value = focus + t.value().substring(a.length());
                    found.set(i, new Timex(t.type(), value, t.start(), t.end(), t.text()));
                }
                break;
            }
        }
    }

    private static final Pattern YEAR_AGO = Pattern.compile(
            "(?i)^(?:(?:the (?:quarter|period) )?a year (?:ago|earlier)|(?:the )?year-(?:earlier|ago)(?: (?:\\w+ )?(?:quarter|period))?)$");
    private static final Pattern SAME_QUARTER = Pattern.compile("(?i)^the (?:same |latest |most recent )?(?:quarter|period)$");
    /** "the 1988 period": the reported quarter's months in the year named (a comparison, not a new focus). */
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)^the (\\d{4}) period$");
    private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\b(?:quarter|quarterly)\\b");
    private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q(\\d)$");

    /**
     * Business-news anaphora: "a year earlier", "the year-ago period" and "the quarter" refer to the
     * quarter last mentioned (within a few sentences), not to the anchor.
     */
    private static List<Timex> business(List<Timex> found, String text, LocalDate anchor) {
        Timex lastQuarter = null;
        int lastQuarterEnd = -1; // where the text last spoke of a quarter, the focus or another
        boolean business = anchor != null && QUARTER_WORD.matcher(text).find();
        TimeExpressions.Ctx clause = new TimeExpressions.Ctx(text, anchor);
        for (int i = 0; i < found.size(); i++) {
            Timex t = found.get(i);
            boolean yearAgo = YEAR_AGO.matcher(t.text()).matches() || lastYearsPeriod(text, t);
            boolean same = SAME_QUARTER.matcher(t.text()).matches();
            Matcher yp = YEAR_PERIOD.matcher(t.text());
            if (yp.matches() && anchor != null) {
                Matcher q = lastQuarter == null ? null : QUARTER_VALUE.matcher(lastQuarter.value());
                if (longPeriodBefore(text, t.start())) {
                    // "for the nine months ... in the 1988 period": the same months of that year
                    found.set(i, new Timex(Timex.Type.DATE, yp.group(1), t.start(), t.end(), t.text()));
                } else if (q != null && q.matches() && t.start() - lastQuarterEnd < 600) {
                    found.set(i, new Timex(Timex.Type.DATE, yp.group(1) + "-Q" + q.group(2), t.start(), t.end(), t.text()));
                    if (Integer.parseInt(yp.group(1)) < Integer.parseInt(q.group(1))) continue; // the comparison keeps the focus
                }
            }
            if (yearAgo && anchor != null && !t.text().toLowerCase(Locale.ROOT).endsWith("quarter")
                    && longPeriodBefore(text, t.start())) {
                // "for the nine months, net rose from ... a year earlier": the same months of the year before
                Matcher q = lastQuarter == null ? null : QUARTER_VALUE.matcher(lastQuarter.value());
                int y = (q != null && q.matches() ? Integer.parseInt(q.group(1)) : anchor.getYear()) - 1;
                found.set(i, new Timex(Timex.Type.DATE, String.valueOf(y), t.start(), t.end(), t.text()));
                continue;
            }
            if (lastQuarter != null && (yearAgo || same) && t.start() - lastQuarterEnd < 600) {
                Matcher q = QUARTER_VALUE.matcher(lastQuarter.value());
                if (q.matches()) {
                    int y = Integer.parseInt(q.group(1)) - (yearAgo ? 1 : 0);
                    found.set(i, new Timex(Timex.Type.DATE, y + "-Q" + q.group(2), t.start(), t.end(), t.text()));
                }
                continue;
            }
            if (QUARTER_VALUE.matcher(t.value()).matches() && !yearAgo) {
                // a forecast quarter is not the one reported; nor is the quarter under way, unless its results are told
                // in the past tense (a fiscal fourth quarter that ended in September, reported in November)
                if (!future(t.value(), anchor) && (!current(t.value(), anchor)
                        || clause.past(t.start(), t.end()) && !clause.future(t.start(), t.end()))) {
                    lastQuarter = t;
                }
                lastQuarterEnd = t.end();
            } else if (business && yearAgo && t.text().toLowerCase(Locale.ROOT).startsWith("a year")) {
                // results compared with the same quarter a year before: the latest completed quarter
                int q = Anchoring.quarterOf(anchor) - 1;
                int y = anchor.getYear() - 1 - (q == 0 ? 1 : 0);
                found.set(i, new Timex(Timex.Type.DATE, y + "-Q" + (q == 0 ? 4 : q), t.start(), t.end(), t.text()));
            }
        }
        return found;
    }

    private static boolean future(String quarter, LocalDate anchor) {
        if (anchor == null) return false;
        Matcher q = QUARTER_VALUE.matcher(quarter);
        if (!q.matches()) return false;
        int y = Integer.parseInt(q.group(1));
        return y > anchor.getYear() || y == anchor.getYear() && Integer.parseInt(q.group(2)) > Anchoring.quarterOf(anchor);
    }

    private static boolean current(String quarter, LocalDate anchor) {
        Matcher q = QUARTER_VALUE.matcher(quarter);
        return anchor != null && q.matches() && Integer.parseInt(q.group(1)) == anchor.getYear()
                && Integer.parseInt(q.group(2)) == Anchoring.quarterOf(anchor);
    }

    private static final Pattern LONG_PERIOD = Pattern.compile("(?i)\\b(?:nine|six|twelve|9|6|12) months\\b"
            + "|\\b(?:first|latest) half\\b|\\b(?:the|full|fiscal) year\\b");

    /** True when the sentence before {@code at} speaks of a period longer than a quarter ("the nine months"). */
    private static boolean longPeriodBefore(String text, int at) {
        int a = at;
        while (a > 0 && at - a < 300 && text.charAt(a - 1) != '\n'
                && !(text.charAt(a - 1) == ' ' && a >= 2 && text.charAt(a - 2) == '.' && Character.isUpperCase(
                text.charAt(a)) && a >= 3 && Character.isLowerCase(text.charAt(a - 3)))) {
            a--;
        }
        return LONG_PERIOD.matcher(text).region(a, at).find();
    }

    private static final Pattern PERIOD_BEFORE = Pattern.compile("(?i)\\b(?:quarter|period)\\s+(?:of\\s+)?$");
    private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)^'s\\s+(?:\\w+\\s+)?(?:quarter|period|results)\\b");
    /** "compared with a loss of $3 million last year", "an increase from last year's": a figure compared. */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:compared with|compared to|versus|from)\\s+"
            + "(?:[^.;]{0,60}?\\d(?:\\.\\d+)?(?: million| billion)?\\s+)?$");

    /**
     * "the same period last year", "last year's quarter", "compared with $3 million last year": the quarter
     * last mentioned, a year back.
     */
    private static boolean lastYearsPeriod(String text, Timex t) {
        if (!t.text().equalsIgnoreCase("last year")) return false;
        return PERIOD_BEFORE.matcher(text).region(Math.max(0, t.start() - 20), t.start()).find()
                || PERIOD_AFTER.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 30)).lookingAt()
                || COMPARED.matcher(text).region(Math.max(0, t.start() - 100), t.start()).find();
    }

}
