package org.sitrep.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalendarNamesTest {

    @Test
    void monthOfStem_namesAndAbbreviations_month() {
        assertThat(CalendarNames.monthOfStem("Jan.")).isEqualTo(1);
        assertThat(CalendarNames.monthOfStem("Sept")).isEqualTo(9);
        assertThat(CalendarNames.monthOfStem("sept.")).isEqualTo(9);
        assertThat(CalendarNames.monthOfStem("December")).isEqualTo(12);
        assertThat(CalendarNames.monthOfStem("DEC")).isEqualTo(12);
        assertThat(CalendarNames.monthOfStem("jun")).isEqualTo(6);
        assertThat(CalendarNames.monthOfStem("July")).isEqualTo(7);
        assertThat(CalendarNames.monthOfStem("Mar.")).isEqualTo(3);
        assertThat(CalendarNames.monthOfStem("May")).isEqualTo(5);
        // the stem alone: where a name can stand is the caller's rule
        assertThat(CalendarNames.monthOfStem("Mayor")).isEqualTo(5);
        assertThat(CalendarNames.monthOfStem("on Aug. 9", 3)).isEqualTo(8);
    }

    @Test
    void monthOfStem_otherWords_zero() {
        assertThat(CalendarNames.monthOfStem("Ja")).isZero();
        assertThat(CalendarNames.monthOfStem("")).isZero();
        assertThat(CalendarNames.monthOfStem("Jab")).isZero();
        assertThat(CalendarNames.monthOfStem("Mon")).isZero();
        assertThat(CalendarNames.monthOfStem("Juk")).isZero();
        assertThat(CalendarNames.monthOfStem("Ap.")).isZero();
    }

    @Test
    void fullMonth_examples() {
        assertThat(CalendarNames.fullMonth("December")).isEqualTo(12);
        assertThat(CalendarNames.fullMonth("MAY")).isEqualTo(5);
        assertThat(CalendarNames.fullMonth("september")).isEqualTo(9);
        assertThat(CalendarNames.fullMonth("Decembers")).isZero();
        assertThat(CalendarNames.fullMonth("Dec")).isZero();
        assertThat(CalendarNames.fullMonth("Sept")).isZero();
        assertThat(CalendarNames.fullMonth("Marchers")).isZero();
        assertThat(CalendarNames.fullMonth("in March 2021", 3, 8)).isEqualTo(3);
    }

    @Test
    void weekday_examples() {
        assertThat(CalendarNames.weekday("Monday")).isEqualTo(1);
        assertThat(CalendarNames.weekday("tuesday")).isEqualTo(2);
        assertThat(CalendarNames.weekday("WEDNESDAY")).isEqualTo(3);
        assertThat(CalendarNames.weekday("Thursday")).isEqualTo(4);
        assertThat(CalendarNames.weekday("Friday")).isEqualTo(5);
        assertThat(CalendarNames.weekday("Saturday")).isEqualTo(6);
        assertThat(CalendarNames.weekday("Sunday")).isEqualTo(7);
        assertThat(CalendarNames.weekday("on Friday night", 3, 9)).isEqualTo(5);
        assertThat(CalendarNames.weekday("Fridays")).isZero();
        assertThat(CalendarNames.weekday("someday")).isZero();
        assertThat(CalendarNames.weekday("Mon")).isZero();
        assertThat(CalendarNames.weekday("Tuesdays")).isZero();
        // U+0130 lower-cases to two chars in a string, so "FR\u0130DAY" is no Friday
        assertThat(CalendarNames.weekday("FR\u0130DAY")).isZero();
    }

    /** Every name java.time writes, in three cases, and its short form. */
    @Test
    void names_sameNumbersAsJavaTime() {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            for (String w : List.of(full, full.toLowerCase(Locale.ROOT), full.toUpperCase(Locale.ROOT))) {
                assertThat(CalendarNames.fullMonth(w)).as(w).isEqualTo(m.getValue());
                assertThat(CalendarNames.monthOfStem(w)).as(w).isEqualTo(m.getValue());
                assertThat(CalendarNames.weekday(w)).as(w).isZero();
            }
            assertThat(CalendarNames.monthOfStem(shortName + ".")).as(shortName).isEqualTo(m.getValue());
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            for (String w : List.of(full, full.toLowerCase(Locale.ROOT), full.toUpperCase(Locale.ROOT))) {
                assertThat(CalendarNames.weekday(w)).as(w).isEqualTo(d.getValue());
                assertThat(CalendarNames.fullMonth(w)).as(w).isZero();
            }
        }
    }

    /** The same answers as lower-casing the word as a string, on random words of letters that lower-case oddly. */
    @Test
    void all_sameAsStringToLowerCase() {
        String letters = "jJaAnNuUlLyYmMrRpPeEbBsSoOcCtTvVdDgGiIfFhHwW\u0130\u0131\u212a\u017f\u00e9";
        List<String> months = List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        List<String> days = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        Random r = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            // half the words a real name with some of its letters changed, half random letters
            String t;
            if (r.nextBoolean()) {
                List<String> from = r.nextBoolean() ? months : days;
                char[] w = from.get(r.nextInt(from.size())).toCharArray();
                for (int i = 0; i < w.length; i++) if (r.nextInt(4) == 0) w[i] = letters.charAt(r.nextInt(letters.length()));
                t = new String(w, 0, 1 + r.nextInt(w.length));
            } else {
                StringBuilder sb = new StringBuilder();
                int len = 1 + r.nextInt(9);
                for (int i = 0; i < len; i++) sb.append(letters.charAt(r.nextInt(letters.length())));
                t = sb.toString();
            }
            String lower = t.toLowerCase(Locale.ROOT);
            assertThat(CalendarNames.fullMonth(t)).as(t).isEqualTo(months.indexOf(lower) + 1);
            assertThat(CalendarNames.weekday(t)).as(t).isEqualTo(days.indexOf(lower) + 1);
            int stem = 0;
            if (t.length() >= 3) {
                String s = t.substring(0, 3).toLowerCase(Locale.ROOT);
                for (int m = 0; m < months.size(); m++) if (months.get(m).startsWith(s) && s.length() == 3) stem = m + 1;
            }
            assertThat(CalendarNames.monthOfStem(t)).as(t).isEqualTo(stem);
        }
    }
}
