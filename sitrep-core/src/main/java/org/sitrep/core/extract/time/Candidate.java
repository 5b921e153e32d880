package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Precision;

/** A time expression read as a calendar day, week or month, for choosing an incident date. */
record Candidate(Timex timex, LocalDate date, Precision precision) {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-WE)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    /** TIME expressions that name no day of their own: "7 p.m.", "noon", "the morning". */
    private static final Pattern DAYLESS = Pattern.compile("(?i)^(?:at |about |around )?(?:\\d{1,2}(?:[:.]\\d{2})?"
            + "\\s*(?:[ap]\\.?m\\.?)?|noon|midday|midnight|(?:in |early in |late in )?(?:that|the next|the following)"
            + " \\w+|\\d{1,2}[:h]\\d{2})$");
    /** Relative to the narrative, not to the anchor: "two days earlier", "a week later". */
    private static final Pattern NARRATIVE = Pattern.compile("(?i)\\b(?:earlier|later)$");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");

    /** The candidate a DATE or TIME expression denotes, or null for durations, sets, refs and years. */
    static Candidate of(Timex t) {
        if (t.type() == Timex.Type.DURATION || t.type() == Timex.Type.SET) return null;
        if (t.type() == Timex.Type.TIME && DAYLESS.matcher(t.text()).matches()) return null;
        if (NARRATIVE.matcher(t.text()).find()) return null;
        String v = t.value();
        Matcher m = DAY.matcher(v);
        if (m.matches()) {
            LocalDate d = Anchoring.safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d == null ? null : new Candidate(t, d, Precision.DAY);
        }
        m = WEEK.matcher(v);
        if (m.matches()) {
            // a weekend reads as its Saturday, any other week as its Monday
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(v.endsWith("-WE") ? java.time.DayOfWeek.SATURDAY : java.time.DayOfWeek.MONDAY);
            return new Candidate(t, d, Precision.WEEK);
        }
        m = MONTH.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) return null;
            return new Candidate(t, LocalDate.of(Integer.parseInt(m.group(1)), month, 1), Precision.MONTH);
        }
        return null;
    }

    /** True when the expression names its day by itself, without an anchor ("June 27, 2022"). */
    boolean absolute() {
        return precision == Precision.DAY && YEAR_DIGITS.matcher(timex.text()).find();
    }
}
