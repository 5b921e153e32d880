package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions built on a neighbouring one: a second day of the month, a weekday of a set, the day next to a day. */
class CompoundsTest {
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(1999, 2, 11);

    private static String values(String text) {
        return TimeExpressions.find(text, ANCHOR).stream().map(t -> t.text() + "=" + t.value())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The summit was held on April 24 and 25. Leaders attended.|April 24=1998-04-24; 25=1998-04-25",
        "Talks took place Oct. 3 and 4, officials said.|Oct. 3=1998-10-03; 4=1998-10-04",
        // a count after the day is no day: "and 25 people"
        "The storm hit on Jan. 4 and 25 people died.|Jan. 4=1999-01-04",
        // a smaller number is no later day of the same month
        "Payments were made on May 20 and 3 more later.|May 20=1998-05-20"})
    void find_dayAndDay_addsTheSecondDay(String text, String expected) {
        assertEquals(expected, values(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Flights leave on Monday and Tuesday nights.|Monday=XXXX-WXX-1TNI; Tuesday nights=XXXX-WXX-2TNI",
        "The shop opens on Saturdays and Sundays.|Saturdays=XXXX-WXX-6; Sundays=XXXX-WXX-7",
        "The shop opens on Saturday and Sundays.|Saturday=XXXX-WXX-6; Sundays=XXXX-WXX-7",
        // two single days stay days
        "They met Monday and Tuesday.|Monday=1999-02-08; Tuesday=1999-02-09"})
    void find_weekdayAndWeekdaySet_firstIsASetToo(String text, String expected) {
        assertEquals(expected, values(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The day before last Tuesday's hearing, he flew home.|The day before last Tuesday=1999-02-08",
        "He arrived the day after Christmas.|the day after Christmas=1998-12-26",
        "Shops reopened the day after Jan. 1, 1999.|the day after Jan. 1, 1999=1999-01-02",
        "The hearing may come in the week of March 6.|the week of March 6=1999-W09",
        "Protesters prayed as Easter week began.|Easter week=1998-W15",
        "Prices last touched that level in the winter of nineteen ninety-four.|the winter of nineteen ninety-four=1994-WI",
        // no day named after it: nothing to shift
        "He was last seen Nov. 3, the day before police issued a warrant.|Nov. 3=1998-11-03"})
    void find_dayNextToOrWeekOrSeasonOfAnother_isOneExpression(String text, String expected) {
        assertEquals(expected, values(text));
    }
}
