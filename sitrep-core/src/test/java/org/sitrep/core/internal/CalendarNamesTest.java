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

    /** Each word with the number the method gives it. */
    private static void check(java.util.function.ToIntFunction<String> f, Object... wordThenNumber) {
        for (int i = 0; i < wordThenNumber.length; i += 2) {
            String w = (String) wordThenNumber[i];
            assertThat(f.applyAsInt(w)).as(w).isEqualTo(wordThenNumber[i + 1]);
        }
    }

    @Test
    void monthOfStem_examples() {
        // any name or abbreviation by its stem; where a name can stand ("Mayor") is the caller's rule
        check(CalendarNames::monthOfStem, "Jan.", 1, "Sept", 9, "sept.", 9, "December", 12, "DEC", 12, "jun", 6,
                "July", 7, "Mar.", 3, "May", 5, "Mayor", 5, "Ja", 0, "", 0, "Jab", 0, "Mon", 0, "Juk", 0, "Ap.", 0);
        assertThat(CalendarNames.monthOfStem("on Aug. 9", 3)).isEqualTo(8);
    }

    @Test
    void fullMonth_examples() {
        check(CalendarNames::fullMonth, "December", 12, "MAY", 5, "september", 9, "Decembers", 0, "Dec", 0, "Sept", 0,
                "Marchers", 0);
        assertThat(CalendarNames.fullMonth("in March 2021", 3, 8)).isEqualTo(3);
    }

    @Test
    void weekday_examples() {
        // U+0130 lower-cases to two chars in a string, so "FR\u0130DAY" is no Friday
        check(CalendarNames::weekday, "Monday", 1, "tuesday", 2, "WEDNESDAY", 3, "Thursday", 4, "Friday", 5,
                "Saturday", 6, "Sunday", 7, "Fridays", 0, "someday", 0, "Mon", 0, "Tuesdays", 0, "FR\u0130DAY", 0);
        assertThat(CalendarNames.weekday("on Friday night", 3, 9)).isEqualTo(5);
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
