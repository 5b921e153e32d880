package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionsTest {
    /** A Friday. */
    private static final LocalDate DCT = LocalDate.of(2013, 3, 22);

    private static Timex only(String text) {
        List<Timex> found = TimeExpressions.find(text, DCT);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "The storm hit on June 27, 2022, officials said.|June 27, 2022|2022-06-27",
        "It happened on 27 June 2022 in the city.|27 June 2022|2022-06-27",
        "An update was issued on 14 March 2023.|14 March 2023|2023-03-14",
        "Filed 2022-06-27 by the clerk.|2022-06-27|2022-06-27",
        "The form dated 6/27/2022 was lost.|6/27/2022|2022-06-27",
        "The form dated 3/4/2013 was lost.|3/4/2013|2013-03-04",
        "The form dated 27/6/2022 was lost.|27/6/2022|2022-06-27",
        "The vote was held on March 12.|March 12|2013-03-12",
        "The plant will close in June.|June|2013-06",
        "The plant closed in June.|June|2012-06",
        "Prices rose last April.|last April|2012-04",
        "Sales fell in 2021 across the region.|2021|2021",
        "The agency said today it would act.|today|2013-03-22",
        "The bridge collapsed yesterday.|yesterday|2013-03-21",
        "The bridge will reopen tomorrow.|tomorrow|2013-03-23",
        "The mayor resigned on Tuesday.|Tuesday|2013-03-19",
        "The mayor will resign on Tuesday.|Tuesday|2013-03-26",
        "The fire started last Friday.|last Friday|2013-03-15",
        "The council met Friday.|Friday|2013-03-22",
        "The vote was held Tuesday, March 12, in the hall.|Tuesday, March 12|2013-03-12",
        "The plant opened nearly four years ago.|nearly four years ago|2009",
        "Bids close at 5 p.m. EST, March 25, the agency said.|5 p.m. EST, March 25|2013-03-25T17:00",
        "The fair returns this September.|this September|2013-09",
        "Sales in the current fiscal year fell.|the current fiscal year|2013",
        "The current crisis is deep.|current|PRESENT_REF",
        "The dispute lasted a couple of years.|a couple of years|P2Y",
        "Talks resumed Tuesday morning.|Tuesday morning|2013-03-19TMO",
        "Shots were heard Monday night.|Monday night|2013-03-18TNI",
        "Two men were robbed last night.|last night|2013-03-21TNI",
        "Shares fell this week.|this week|2013-W12",
        "Three days later, the bank failed.|Three days|P3D",
        "Just over an hour later, he was dead.|over an hour|PT1H",
        "Shares fell last month.|last month|2013-02",
        "Shares will rise next year.|next year|2014",
        "He left two days ago.|two days ago|2013-03-20",
        "The storm hit at 4 p.m. on the coast.|4 p.m.|2013-03-22T16:00",
        "They arrived shortly before 16:00 at the gate.|16:00|2013-03-22T16:00",
        "He served three years in prison.|three years|P3Y",
        "The ban lasts 24 hours.|24 hours|PT24H",
        "Rain fell in the past 24 hours here.|the past 24 hours|PT24H",
        "The ferry sails every week in summer.|every week|P1W",
        "The paper appears daily.|daily|P1D",
        "Stocks are now cheaper.|now|PRESENT_REF",
        "Profit rose in the third quarter.|the third quarter|2012-Q3",
        "Stores close on Christmas Eve.|Christmas Eve|2012-12-24",
        "The paper said in an editorial on Saturday, March 23: rates rise.|Saturday, March 23|2013-03-23",
        "Sales rose in June last year.|June last year|2012-06",
        "Sales rose in January this year.|January this year|2013-01",
        "He served 2 1/2 years in prison.|2 1/2 years|P2Y6M",
        "The talks lasted an hour and a half.|an hour and a half|PT1H30M",
        "He spent five and a half years abroad.|five and a half years|P5Y6M",
        "The plant closed this past fall.|this past fall|2012-FA",
        "The plant closed last fall.|last fall|2012-FA"})
    void find_newsSentence_normalisesExpression(String sentence, String text, String value) {
        Timex t = only(sentence);
        assertEquals(text, t.text());
        assertEquals(value, t.value());
        assertEquals(text, sentence.substring(t.start(), t.end()));
    }

    @Test
    void find_noAnchor_keepsRelativePlaceholdersAndResolvesAbsoluteDates() {
        List<Timex> found = TimeExpressions.find("The strike on Tuesday came a year after 14 March 2022.", null);
        assertEquals(List.of("XXXX-XX-XX", "2022-03-14"), found.stream().map(Timex::value).toList());
    }

    @Test
    void find_clockWeekdayThenMonthAndDay_takesTheWrittenDay() {
        // a report filed more than a week later: the weekday alone would be the Monday before the anchor (March 18)
        List<Timex> found = TimeExpressions.find("It happened around 11:30 p.m. Monday, March 4, at a home.", DCT);
        assertEquals(List.of("2013-03-04T23:30"), found.stream().map(Timex::value).toList());
        assertEquals("11:30 p.m. Monday, March 4", found.get(0).text());
        assertEquals("2013-03-04T23:00", TimeExpressions.find("It happened at 11 p.m. Monday, March 4.", DCT).get(0).value());
        assertEquals("2013-03-04T24:00", TimeExpressions.find("Shots rang out just before midnight Monday, March 4.", DCT)
                .get(0).value());
        assertEquals("2013-03-18T23:00", TimeExpressions.find("It happened around 11 p.m. Monday, police said.", DCT)
                .get(0).value());
    }

    @Test
    void find_lowerCaseMayAndNumbers_areNotDates() {
        assertTrue(TimeExpressions.find("They may march. He owns 2015 shares and lives at 1900 Main Street.", DCT)
                .isEmpty());
    }

    @Test
    void find_malformedNumbersAndDates_neverThrow() {
        String text = "On Feb. 30 and 31/31/2020, 0/0/00, 2020-13-45, 99:99 p.m., March 99, 999,999,999,999 days"
                + " ago, the 99th century, 20201345, Sept. 31, 1999 and 12/31/99 (Tuesday's) ... \u00e9t\u00e9 2014";
        for (LocalDate anchor : new LocalDate[] {DCT, null, LocalDate.of(2000, 1, 1), LocalDate.of(2016, 12, 31)}) {
            for (int i = 0; i < text.length(); i += 7) {
                for (Timex t : TimeExpressions.find(text.substring(i), anchor)) {
                    assertTrue(t.start() >= 0 && t.end() <= text.length() - i && !t.value().isEmpty(), t::toString);
                }
            }
        }
    }

    @Test
    void find_emptyOrNullText_findsNothing() {
        assertTrue(TimeExpressions.find("", DCT).isEmpty());
        assertTrue(TimeExpressions.find(null, DCT).isEmpty());
    }

    /**
     * A long text yields every expression in it. The timeout only guards against catastrophic
     * regex backtracking (minutes, not seconds); the extraction rate is measured by `sitrep bench`.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void find_longText_findsEveryExpression() {
        String para = "Police said the man was shot on Monday night near 5th Street, two days after a robbery. ";
        String text = para.repeat(2_000);
        List<Timex> found = TimeExpressions.find(text, DCT);
        assertEquals(4_000, found.size());
        assertEquals(text.lastIndexOf("two days"), found.get(found.size() - 1).start());
    }
}
