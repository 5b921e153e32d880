package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule families added for TimeML conventions on news text: clause tense around bare months and
 * days, anaphora to the last mentioned year or month, fiscal years, spelled years and decades, seasons,
 * duration phrasing and fractions that are not time.
 */
class TimeExpressionsNarrativeTest {
    /** A Thursday in the last quarter, as in the 1989 business news of TimeBank. */
    private static final LocalDate OCT = LocalDate.of(1989, 10, 26);

    private static String values(String text, LocalDate anchor) {
        return TimeExpressions.find(text, anchor).stream().map(t -> t.text() + "=" + t.value())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the tense of the clause decides which year a bare month is in
        "The operator changed to a calendar year in December.|December=1988-12",
        "Lenders extended loans through January.|January=1990-01",
        "The stock split would be paid on a date in January to holders.|January=1990-01",
        "In January, the company brought in a new chief executive.|January=1989-01",
        "The company introduced new computers in April.|April=1989-04",
        "Sales will recover in February.|February=1990-02",
        // a period after an initial ends no sentence: the future cue still reaches the date
        "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, the bank said.|Feb. 1=1990-02-01",
        // 'would' shortly before, in the same stretch, is a (reported) future
        "He said the father would be traveling to the United States Thursday.|Thursday=1989-10-26",
        "Aides said the king would arrive Saturday.|Saturday=1989-10-28",
        "They said they would look for ways to get around Wednesday's ruling.|Wednesday=1989-10-25",
        // 'next to' is a place, not the future
        "A bomb exploded next to the U.S. embassy Friday.|Friday=1989-10-20"})
    void find_clauseTense_picksTheYearOrWeek(String sentence, String expected) {
        assertEquals(expected, values(sentence, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Imports totaled $37 million in 1988, a small share of all imports that year.|1988=1988; that year=1988",
        "He fled in June 1998 and returned later that year.|June 1998=1998-06; later that year=1998",
        "He was made a general on May 22, 1995, and the following year he retired.|May 22, 1995=1995-05-22; the following year=1996",
        "Shareholders met in March 1989. The following month, the board resigned.|March 1989=1989-03; The following month=1989-04",
        "It was a quiet day. That year was cold.|''"})
    void find_narrativeAnaphora_anchorsOnLastMentionedDate(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // "the previous Friday" counts from the Friday the text speaks of, not from the anchor
        "Shares closed down Friday. The index fell 4.5% from the previous Friday.|Friday=1989-10-20; the previous Friday=1989-10-13",
        "The talks began Monday and resumed the following Monday.|Monday=1989-10-23; the following Monday=1989-10-30",
        // a part of the day that names no day is on the day just named; a clock time keeps the anchor's day
        "Hopes were dashed Tuesday. Dealers placed heavy orders in the morning.|Tuesday=1989-10-24; the morning=1989-10-24TMO",
        "He was shot at 10 p.m. in his kitchen.|10 p.m.=1989-10-26T22:00",
        "He was shot Tuesday and died the next morning.|Tuesday=1989-10-24; the next morning=1989-10-25TMO",
        "The suspect surrendered the next morning.|the next morning=1989-10-27TMO",
        "The rally was Tuesday. He was shot at 10 p.m. in his kitchen.|Tuesday=1989-10-24; 10 p.m.=1989-10-26T22:00",
        "Police said Tuesday he was shot this morning.|Tuesday=1989-10-24; this morning=1989-10-26TMO"})
    void find_dayInFocus_anchorsTimesAndRelativeWeekdays(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Revenue was $76 million for the year ended March 31.|the year=P1Y; March 31=1989-03-31",
        "In the fiscal year ended Jan. 31, it earned $2 million.|the fiscal year=P1Y; Jan. 31=1989-01-31",
        "For the year, volume was flat.|the year=1989",
        "Sales for the full year were $6.6 billion.|the full year=1989",
        "It was the year before the war.|''",
        "Unemployment was to be halved by the year two thousand.|the year two thousand=2000",
        "In January nineteen ninety-seven a bomb exploded.|January nineteen ninety-seven=1997-01",
        "He left in two thousand and one.|two thousand and one=2001",
        "Two thousand people came.|''",
        "Hate group numbers dropped through the nineties.|the nineties=199",
        "Demand was weak well into the summer.|the summer=1989-SU",
        "Orders rose from the low levels of the early summer.|the early summer=1989-SU",
        "Prices peaked in the winter of 1994.|the winter of 1994=1994-WI",
        "Inflation marked the fall of the government.|''"})
    void find_yearsSeasonsAndFiscalYears_followTimeMl(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Elian will stay for at least two more weeks.|at least two more weeks=P2W",
        "The loan may be extended for an additional year.|an additional year=P1Y",
        "Over the next couple of years we expect growth.|Over the next couple of years=P2Y",
        "Rates may fall in coming weeks.|coming weeks=PXW",
        "It was the government's decades-long battle.|decades-long=PXY",
        "Lawyers left their third day-long meeting.|day-long=P1D",
        "Iraq imports about three-quarters of its food.|''",
        "More than a quarter of the votes were cast.|''",
        "Losses will be spread over the next three quarters.|over the next three quarters=P3Q"})
    void find_durations_countUnitsButNotFractions(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The offer had been scheduled to expire at midnight Friday.|midnight Friday=1989-10-20T24:00",
        "The offer is scheduled to expire at midnight Friday.|midnight Friday=1989-10-27T24:00",
        "The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, toppling a building.|10:35 a.m.=1989-10-24T10:35; Tuesday=1989-10-24",
        "Citizenship rules matter in today's world.|''",
        "The index fell today.|today=1989-10-26",
        "Sell programs hurt more painfully these days.|these days=PRESENT_REF",
        "He was named Person of the Year.|''",
        "In the latest quarter, it earned $33 million, compared with $30 million last year.|the latest quarter=1989-Q3; last year=1988-Q3"})
    void find_tenseCluesAndGenericReferences(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Orangemen march each July from their church.|each July=XXXX-07",
        "Violence erupted for the past three summers.|the past three summers=XXXX-SU",
        "Visitors come every summer.|every summer=XXXX-SU",
        "Two flights leave on Tuesday nights.|Tuesday nights=XXXX-WXX-2TNI",
        "The club meets on Mondays at the hall.|Mondays=XXXX-WXX-1",
        "Police said Sunday mornings shooting left two hurt.|Sunday=1989-10-22",
        "Unisys must pay interest every quarter.|every quarter=P1Q",
        "Buses run every two hours.|every two hours=PT2H",
        "Each day counts.|Each day=P1D",
        "Each may vote once.|''"})
    void find_setsAndFrequencies_valueTheirPeriodOrSlot(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Demand grew throughout the 1990s.|the 1990s=199",
        "Its stock peaked in the early 1980s.|the early 1980s=198",
        "Sales were flat in the last half of the '80s.|the '80s=198",
        "Cuba fought for independence from Spain in 1898.|1898=1898",
        "Founded in 1776, the town grew.|1776=1776",
        "The farm has grown to 1500 acres.|''",
        "Sales in the latest fiscal year were $7 billion.|the latest fiscal year=1988",
        "He was shot to death last Oct. 23 at his home.|Oct. 23=1989-10-23",
        "Eight trading days after the plunge, the index lagged.|Eight trading days=P8D",
        "The crown has rested there for almost a hundred years.|almost a hundred years=P100Y",
        "He said so on CBS's 60 Minutes.|''",
        "Baker, speaking on ABC's This Week, said the request helps.|''",
        "This Week the index fell.|This Week=1989-W43",
        "For the people of Poland, high noon comes today.|today=1989-10-26"})
    void find_decadesOldYearsAndCounts(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // a deadline still to come looks forward from a Thursday; a deadline met in the past looks back
        "The agency has given the relatives until 9 a.m. Tuesday to sign.|9 a.m. Tuesday=1989-10-31T09:00",
        "Officials postponed until Tuesday morning any action on the case.|Tuesday morning=1989-10-31TMO",
        "Thirty members had filed reports by Wednesday.|Wednesday=1989-10-25",
        // a bare month up to six months ahead is the coming one unless the clause is in the past tense
        "The program is to pay down the loan by February.|February=1990-02",
        "Poland can take part in planning for the summit in February.|February=1990-02",
        "In early April, a deputy is shot.|early April=1989-04",
        "She was killed last Nov. 2, police said.|Nov. 2=1988-11-02",
        // a weekday given with the day picks the year in which they agree (Nov. 2, 1988 was a Wednesday)
        "It happened last Wednesday, Nov. 2.|Wednesday, Nov. 2=1988-11-02",
        "It happened on Wednesday, Oct. 25.|Wednesday, Oct. 25=1989-10-25",
        "Officers were not called to that location again until Wednesday.|Wednesday=1989-10-25",
        "A woman is collecting donations until Saturday.|Saturday=1989-10-28",
        "The company introduced new computers in April.|April=1989-04",
        // a holiday up to a month ahead is the coming one
        "Violence will be a theme of our campaign until Election Day.|Election Day=1989-11-07",
        "The rifle was found before Election Day, police said.|Election Day=1988-11-08",
        "It may raise the money at a later date.|a later date=FUTURE_REF",
        "Loss carry-forwards will cut taxes in future quarters.|future quarters=FUTURE_REF",
        "Shares fell to a low in mid-afternoon yesterday.|mid-afternoon yesterday=1989-10-25TAF",
        "The father will leave at 4 in the morning.|4 in the morning=1989-10-26T04:00"})
    void find_deadlinesAndComingMonths_lookForwardUnlessPast(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @Test
    void find_yearEarlierAfterNineMonths_isTheYearBefore() {
        String text = "Third-quarter net rose to $5 million from $4 million a year earlier. For the nine months, net was"
                + " $19 million, compared with a loss of $9 million a year earlier.";
        List<Timex> found = TimeExpressions.find(text, OCT);
        assertEquals(List.of("1989-Q3", "1988-Q3", "P9M", "1988"), found.stream().map(Timex::value).toList());
    }

    @Test
    void find_forecastQuarter_isNotTheQuarterAYearAgoFollows() {
        String text = "Losses will continue through the third quarter of 1990. In the year-ago period, it earned $1 million.";
        List<Timex> found = TimeExpressions.find(text, OCT);
        assertEquals("1988-Q3", found.get(found.size() - 1).value(), found::toString);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // a fiscal quarter reported in the past tense is the focus even when its number is the calendar's current one
        "Acme reported a decline in fourth-quarter earnings. Sales in the latest period rose from last year's"
                + " $1 million.|fourth-quarter=1989-Q4; the latest period=1989-Q4; last year=1988-Q4",
        "Acme earned $5 million in the fiscal first quarter. In the 1988 period, it earned $6 million. It shipped"
                + " 900 systems in the quarter.|the fiscal first quarter=1989-Q1; the 1988 period=1988-Q1; the quarter=1989-Q1",
        "In the first nine months, net was $3 million, compared with a loss in the 1988 period.|the first nine months=P9M;"
                + " the 1988 period=1988",
        // a forecast of the quarter under way is no focus: the latest quarter stays the last completed one
        "Acme's third-quarter net rose. The storm will cause a fourth-quarter charge. In the latest quarter, sales"
                + " rose.|third-quarter=1989-Q3; fourth-quarter=1989-Q4; the latest quarter=1989-Q3",
        "Net for the year-earlier nine months included a gain.|the year-earlier nine months=P9M"})
    void find_businessQuarters_followTheReportedQuarter(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Shares fell. Three days later, they rose.|Three days=P3D",
        // "a day earlier", like "three days later", counts from the story's event: TimeML marks the amount
        "A day earlier, trucks crossed the border.|A day=P1D",
        "A year earlier, the plant closed.|A year earlier=1988",
        // "the week" alone names a week of the anchor's year without saying which
        "For the week, the index dropped 3.8%.|the week=1989-WXX",
        "Trading was the week's most active.|the week=1989-WXX",
        "He came back the week of March 6.|the week of March 6=1989-W10",
        "The move comes barely a month after the cuts.|a month=P1M"})
    void find_narrativeAmountsAndUnnamedWeeks(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // a time fronted before its clause takes the clause's tense, unless a past verb or a subordinate clause comes first
        "On Tuesday, the league plans to hold a news conference.|Tuesday=1989-10-31",
        "On Friday, the government planned to pay the families.|Friday=1989-10-20",
        "On Friday, when the minister set aside her plans, aides said she will fly.|Friday=1989-10-20",
        "On Tuesday, police said the man will be charged.|Tuesday=1989-10-24",
        // "one day" after a modal is some day to come; "for a while" is a vague duration
        "Islam will one day be the second largest religion.|one day=FUTURE_REF",
        "They will have to live without power for a while.|a while=PXX",
        "The trip took one day.|one day=P1D",
        // a capitalised Today after a name is a title
        "He spoke on USA Today and on VOA Today.|''",
        "Today, the index fell.|Today=1989-10-26",
        "Man Shot Today In Park|Today=1989-10-26",
        "Photos of The Week|''"})
    void find_frontedTimesSomedayAndTitles(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // a quarter told by its last day is the calendar quarter of its middle month (May to July: the second)
        "In the quarter ended July 31, Jayark had 5.6 million shares.|the quarter=1989-Q2; July 31=1989-07-31",
        "Net fell for the quarter ended Sept. 30.|the quarter=1989-Q3; Sept. 30=1989-09-30",
        // ... unless a fiscal quarter named just before keeps the focus
        "Sun earned $5 million in the fiscal first quarter. Sales rose for the quarter ended Sept. 29."
                + "|the fiscal first quarter=1989-Q1; the quarter=1989-Q1; Sept. 29=1989-09-29",
        "The trend will continue through at least the first two quarters of 1990.|at least the first two quarters of 1990=1990-H1",
        "Holders may buy shares at half the then current market price.|then current=PAST_REF",
        "The March accession let the three join.|March=1989-03",
        "The May elections were close.|May=1989-05",
        // the noun "march" and a name stay out
        "The March on Washington drew crowds.|''",
        // a bare "a month" is an amount after a verb of lasting or giving, not as a rate
        "The appeal could take as long as a month or two.|a month=P1M",
        "He offered him a week to withdraw.|a week=P1W",
        "They allowed them a week to leave.|a week=P1W",
        "The airline flies four flights a week.|''",
        "He would not travel at this crucial moment.|this crucial moment=PRESENT_REF",
        // an elided unit after a comparison
        "The dividend will be twice as high this year as last.|this year=1989; last=1988",
        "Sales were higher this month than last.|this month=1989-10; last=1989-09",
        // "the future of" a people is its fate, not a time
        "That is very important to the future of our peoples.|''",
        "Sales will grow in the future.|the future=FUTURE_REF",
        // "in five years" in a clause about the future is the time that far ahead; told in the past it is an amount
        "The stock would be redeemed in five years.|five years=1994",
        "The plant will open in two weeks.|two weeks=1989-W45",
        "He wrote his second letter in two weeks.|two weeks=P2W",
        "The loan will be repaid in 2.5 years.|2.5 years=P2.5Y",
        // "it's the second day of" an event is the day itself; "the first hours" of one are some hours
        "It's the second day of an offensive by the police.|the second day=1989-10-26",
        "Prisoners were taken in the first hours of the war.|the first hours=PTXH",
        "Police arrested him in the early hours of Thursday morning.|Thursday morning=1989-10-26TMO",
        // a quarter in apposition to a year-ago quarter is that quarter, and so is the day it ended
        "In the comparable year-ago quarter, the second quarter ended Oct. 31, the company lost money."
                + "|year-ago quarter=1988-Q2; the second quarter=1988-Q2; Oct. 31=1988-10-31",
        // "until then" is the time named before it
        "Rights will terminate on Nov. 30. Until then, the stock remains convertible.|Nov. 30=1989-11-30; then=1989-11-30",
        "Until then, the stock remains convertible.|''"})
    void find_quartersOfMonthsAndSmallRules(String text, String expected) {
        assertEquals(expected, values(text, OCT));
    }

    @Test
    void find_fractionsAndAnaphora_withoutAnchor_neverThrow() {
        String text = "That year, the following month, the year ended, three-quarters of two thousand nineteen ninety";
        for (Timex t : TimeExpressions.find(text, null)) assertTrue(!t.value().isEmpty(), t::toString);
    }
}
