package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.DateExtractor;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

class IncidentDatesTest {
    private static final DateExtractor DATES = IncidentDates.standard();

    private static IncidentDate extract(String title, String text, LocalDate published) {
        return DATES.extract(Doc.of(new Article("a1", title, text, published, null, null, null, "en", "", "test",
                Map.of())));
    }

    private static String covered(String title, String text, IncidentDate d) {
        String full = title.isEmpty() ? text : title + "\n\n" + text;
        return full.substring(d.evidence().start(), d.evidence().end());
    }

    @Test
    void extract_eventWeekdayBeforePublication_resolvesToThatDay() {
        // published Thursday 2022-06-30; the strike was Monday
        String text = "Funerals were held on Thursday for the 12 people killed by Monday's missile strike on the "
                + "market.\nOn Wednesday, the mayor visited the site.";
        IncidentDate d = extract("", text, LocalDate.of(2022, 6, 30));
        assertEquals(LocalDate.of(2022, 6, 27), d.date());
        assertEquals(Precision.DAY, d.precision());
        assertEquals("Monday", covered("", text, d));
    }

    @Test
    void extract_dateOfAnIncidentTheStoryRecalls_doesNotWin() {
        // published Thursday 2013-02-07; the Dec. 3 shooting is an earlier one at a nearby corner
        String text = "Four men were wounded in a shooting Thursday afternoon, police said. The shooting happened just "
                + "a block from the site of a Dec. 3 shooting that left five people wounded.";
        IncidentDate d = extract("Four wounded on South Side", text, LocalDate.of(2013, 2, 7));
        assertEquals(LocalDate.of(2013, 2, 7), d.date());
    }

    @Test
    void extract_updateStamp_isNoIncidentDay() {
        // published Thursday 2015-12-03; the shooting was early Sunday (Nov. 29), the update is no option
        String text = "UPDATE 11/27/2015: A man shot and killed outside a bar has been identified, police said.\n\n"
                + "The shooting happened early Sunday, police said.";
        IncidentDate d = extract("Man killed outside bar", text, LocalDate.of(2015, 12, 3));
        assertEquals(LocalDate.of(2015, 11, 29), d.date());
    }

    @Test
    void extract_wireDatelineAfterPlace_anchorsTheArticleAndIsNoOption() {
        // crawled in 2017; the release is dated Friday 2015-10-16 and tells of Tuesday's shooting
        String text = "SAVANNAH, GA (October 16, 2015): Police charged a woman in connection with a shooting that "
                + "occurred just after 7 p.m. Tuesday in the 1500 block of Main Street.";
        IncidentDate d = extract("Mother charged in homicide", text, LocalDate.of(2017, 1, 5));
        assertEquals(LocalDate.of(2015, 10, 13), d.date());
    }

    @Test
    void extract_postedStampBeforePublication_anchorsTheArticle() {
        // crawled on 2017-01-28; the story's own stamp says Monday 2014-08-04, so "Sunday" is 2014-08-03
        String text = "Posted: Monday, August 4, 2014 10:21 PM EDT\n\nFive people were wounded in a shooting at a "
                + "party early Sunday, deputies said.";
        IncidentDate d = extract("Five wounded at party", text, LocalDate.of(2017, 1, 28));
        assertEquals(LocalDate.of(2014, 8, 3), d.date());
    }

    @Test
    void extract_clockTimeWithWeekdayAndWrittenDay_takesTheWrittenDay() {
        // published Wednesday 2016-06-01, more than a week on: "Monday" alone would be May 30
        String text = "Police said the girl was shot around 11 p.m. Monday, May 23, at a home on Main Street.";
        IncidentDate d = extract("Girl shot in drive-by", text, LocalDate.of(2016, 6, 1));
        assertEquals(LocalDate.of(2016, 5, 23), d.date());
    }

    @Test
    void weekdayContradicts_monthAndOrdinalDay_isReadAsAWrittenDate() {
        // 2016-12-23 was a Friday
        Timex right = new Timex(Timex.Type.DATE, "2016-12-23", 0, 21, "Friday, December 23rd");
        Timex wrong = new Timex(Timex.Type.DATE, "2016-12-23", 0, 21, "Monday, December 23rd");
        assertEquals(false, IncidentDateExtractor.weekdayContradicts(Candidate.of(right)));
        assertEquals(true, IncidentDateExtractor.weekdayContradicts(Candidate.of(wrong)));
    }

    @Test
    void extract_archivedCopyYearsLater_anchorsOnTheDateInItsPath() {
        // the crawler dated an archived copy 2016; the story's own path says it was filed on 2014-09-14
        String text = "Six people were wounded in a shooting outside a downtown bar early Sunday, police said.";
        IncidentDate d = DATES.extract(Doc.of(new Article("a1", "Six wounded outside bar", text,
                LocalDate.of(2016, 5, 31), "http://news.example.com/article/20140914/six-wounded-outside-bar", null,
                null, "en", "", "test", Map.of())));
        assertEquals(LocalDate.of(2014, 9, 14), d.date());
    }

    @Test
    void extract_archiveSnapshotBeforeTheCrawlDate_boundsTheAnchor() {
        // captured by the archive on Wednesday 2015-05-06, so "Friday" is 2015-05-01, not a Friday before the
        // crawler's later guess of the publication date
        String text = "A 13-year-old boy was shot in the head Friday night, police said.";
        String snapshot = "http://web.archive.org/web/20150506123000/http://news.example.com/story/13-year-old-shot";
        IncidentDate d = DATES.extract(Doc.of(new Article("a1", "Boy shot", text, LocalDate.of(2017, 1, 29),
                snapshot, null, null, "en", "", "test", Map.of())));
        assertEquals(LocalDate.of(2015, 5, 1), d.date());
        // a snapshot after the publication date says nothing more
        String later = "http://web.archive.org/web/20170301000000/http://news.example.com/story/13-year-old-shot";
        IncidentDate kept = DATES.extract(Doc.of(new Article("a2", "Boy shot", text, LocalDate.of(2017, 1, 29),
                later, null, null, "en", "", "test", Map.of())));
        assertEquals(LocalDate.of(2017, 1, 27), kept.date());
    }

    @Test
    void extract_undatedPick_recordsWhetherAnArchiveCapturedItWithinADay() {
        // nothing names the day: the pick is the date line's day or the day before, and the basis says so
        String text = "A man was shot and killed outside a convenience store, police said. No arrests have been made.";
        String url = "http://news.example.com/story/man-killed-outside-store";
        LocalDate published = LocalDate.of(2015, 5, 6);
        IncidentDate plain = DATES.extract(Doc.of(new Article("a1", "Man killed", text, published,
                "http://web.archive.org/web/20170301000000/" + url, null, null, "en", "", "test", Map.of())));
        assertEquals(published, plain.date());
        assertEquals(IncidentDate.Basis.UNNAMED, plain.basis());
        for (String capture : new String[] {"20150506233000", "20150507101500"}) {
            IncidentDate near = DATES.extract(Doc.of(new Article("a2", "Man killed", text, published,
                    "http://web.archive.org/web/" + capture + "/" + url, null, null, "en", "", "test", Map.of())));
            // the extractor keeps the day (clustering reads it); only the reconciler's vote moves it
            assertEquals(published, near.date());
            assertEquals(IncidentDate.Basis.UNNAMED_AT_CAPTURE, near.basis());
        }
        IncidentDate named = DATES.extract(Doc.of(new Article("a3", "Man killed", "A man was shot and killed Tuesday"
                + " outside a convenience store, police said.", published,
                "http://web.archive.org/web/20150507101500/" + url, null, null, "en", "", "test", Map.of())));
        assertEquals(LocalDate.of(2015, 5, 5), named.date());
        assertEquals(IncidentDate.Basis.NAMED, named.basis());
    }

    @Test
    void snapshotDate_readsOnlyAnArchiveCaptureTime() {
        assertEquals(LocalDate.of(2014, 2, 15),
                IncidentDateExtractor.snapshotDate("http://web.archive.org/web/20140215012040/http://www.x.com/a"));
        assertEquals(LocalDate.of(2014, 2, 15),
                IncidentDateExtractor.snapshotDate("https://web.archive.org/web/20140215id_/http://www.x.com/a"));
        assertEquals(null, IncidentDateExtractor.snapshotDate("http://www.x.com/web/20140215012040/a"));
        assertEquals(null, IncidentDateExtractor.snapshotDate(null));
    }

    @Test
    void extract_numberInUrlBeforeTheWeb_isNotAFilingDate() {
        // "/19170726-" is an article id, not the day the story was filed
        String text = "Five people were wounded in overnight shootings, police said Saturday.";
        IncidentDate d = DATES.extract(Doc.of(new Article("a1", "Five injured", text, LocalDate.of(2015, 11, 14),
                "http://news.example.com/en/a/19170726-5-injured-in-overnight-shootings", null, null, "en", "", "test",
                Map.of())));
        assertEquals(2015, d.date().getYear());
    }

    @Test
    void extract_dateOfBirthOrDecadesOld_neverTheIncident() {
        String text = "SMITH, JOHN Date of Birth: 01/6/1992 Negligent Homicide.\nA man shot his cousin on Wednesday, "
                + "deputies said. The Post counted mass shootings since Aug. 1, 1966, when a gunman opened fire.";
        IncidentDate d = extract("Man charged after shooting", text, LocalDate.of(2016, 12, 29));
        assertEquals(LocalDate.of(2016, 12, 28), d.date());
    }

    @Test
    void weekdayContradicts_weekdayThatIsNotTheDaysOwn_isAnotherYear() {
        // 9 August 2016 was a Tuesday: "Monday, Aug. 9" in a 2016 story is a day of another year (2010)
        LocalDate anchor = LocalDate.of(2016, 10, 31);
        Candidate monday = Candidate.of(TimeExpressions.find("He was killed Monday, Aug. 9, outside.", anchor).get(0));
        Candidate tuesday = Candidate.of(TimeExpressions.find("He was killed Tuesday, Aug. 9, outside.", anchor).get(0));
        assertEquals(LocalDate.of(2016, 8, 9), monday.date());
        assertTrue(IncidentDateExtractor.weekdayContradicts(monday));
        assertTrue(!IncidentDateExtractor.weekdayContradicts(tuesday));
    }

    @Test
    void extract_followUpWithWrittenOutDate_prefersTheDatedShooting() {
        // a court follow-up published months later: the court day is news, the written-out day is the incident
        String text = "A man pleaded guilty Tuesday in court.\nThe victim was shot and killed outside a store on Nov. 10,"
                + " police said.";
        IncidentDate d = extract("", text, LocalDate.of(2016, 2, 18));
        assertEquals(LocalDate.of(2015, 11, 10), d.date());
    }

    @Test
    void extract_undatedArticleWithEmbeddedDate_resolvesWeekdayAgainstIt() {
        String text = "A missile struck a school in the city, killing two people.\nTuesday's victims were among "
                + "eight civilians killed in 24 hours, officials said.\nA bridge was hit last April.\n"
                + "Situation report - 14 March 2023";
        IncidentDate d = extract("", text, null);
        assertNotNull(d);
        assertEquals(LocalDate.of(2023, 3, 14), d.date());
        assertTrue(d.confidence() < 0.8, "inferred anchor lowers confidence: " + d.confidence());
    }

    @Test
    void extract_undatedArticleWeekdayAfterEarlierDate_picksLatestSuchWeekday() {
        String text = "Rescuers searched the rubble after Monday's strike on the depot killed nine workers.\n"
                + "Report filed Thursday, June 30, 2022.";
        IncidentDate d = extract("", text, null);
        assertEquals(LocalDate.of(2022, 6, 27), d.date());
    }

    @Test
    void extract_otherIncidentDates_areNotPreferred() {
        String text = "Two people were shot dead outside a bar on Saturday night, police said.\n"
                + "The same bar was the scene of a stabbing in March 2021, a year ago.\n"
                + "A strike on the train station last April killed 50 people.";
        IncidentDate d = extract("Two shot dead outside bar", text, LocalDate.of(2022, 5, 2));
        assertEquals(LocalDate.of(2022, 4, 30), d.date());
    }

    @Test
    void extract_statementDateOnly_afterMorningStatementGivesDayBefore() {
        String text = "Dozens were feared killed in an explosion at a chemical plant, officials said on Tuesday "
                + "morning.";
        IncidentDate d = extract("", text, LocalDate.of(2022, 6, 28));
        assertEquals(LocalDate.of(2022, 6, 27), d.date());
        assertTrue(d.confidence() < 0.6);
    }

    @Test
    void extract_conditionOnTheMorningOfPublication_isThatDay() {
        // published Saturday 2016-12-31: "in critical condition Saturday morning" is no report of an earlier day
        String text = "Police are investigating a shooting that left one man in critical condition Saturday morning.";
        IncidentDate d = extract("Man critically hurt", text, LocalDate.of(2016, 12, 31));
        assertEquals(LocalDate.of(2016, 12, 31), d.date());
    }

    @Test
    void extract_weekdayOfTheDayAfterPublication_isNoDaySixDaysBack() {
        // dated Friday 2016-07-08 by its feed; "Saturday morning" is the next day's news, not Saturday 2016-07-02
        String text = "Two men were shot outside a bar late Friday. Both were in stable condition Saturday morning, "
                + "police said.";
        IncidentDate d = extract("Two shot outside bar", text, LocalDate.of(2016, 7, 8));
        assertEquals(LocalDate.of(2016, 7, 8), d.date());
        assertTrue(IncidentDateExtractor.tomorrowsWeekday(Candidate.of(new Timex(Timex.Type.DATE, "2016-07-02", 0, 16,
                "Saturday morning")), LocalDate.of(2016, 7, 8)));
    }

    @Test
    void tomorrowsWeekday_clockTimeWithWeekday_isNoWrittenDate() {
        // dated Monday 2017-03-13; "8 a.m. Tuesday" is a clock time, not a month and day, so a Tuesday six days back
        // is the next day's news like a bare "Tuesday"
        LocalDate monday = LocalDate.of(2017, 3, 13);
        assertTrue(IncidentDateExtractor.tomorrowsWeekday(Candidate.of(new Timex(Timex.Type.DATE, "2017-03-07", 0, 14,
                "8 a.m. Tuesday")), monday));
        assertTrue(!IncidentDateExtractor.tomorrowsWeekday(Candidate.of(new Timex(Timex.Type.DATE, "2017-03-07", 0, 14,
                "Tuesday, March 7")), monday));
        String text = "A hiker who did not come home was found dead about 8 a.m. Tuesday near the creek, deputies "
                + "said. Searchers were called about 6 p.m. Monday after he did not return.";
        IncidentDate d = extract("Missing hiker found", text, monday);
        assertEquals(monday, d.date());
    }

    @Test
    void monthDayAndClockTime_areToldApart() {
        assertTrue(IncidentDateExtractor.MONTH_DAY.matcher("Friday, Aug. 9").find());
        assertTrue(IncidentDateExtractor.MONTH_DAY.matcher("the 9th of August").find());
        assertTrue(IncidentDateExtractor.MONTH_DAY.matcher("2:30 a.m. Sept. 14").find());
        assertFalse(IncidentDateExtractor.MONTH_DAY.matcher("8 a.m. Tuesday").find());
        assertFalse(IncidentDateExtractor.MONTH_DAY.matcher("9:30 p.m. Thursday").find());
        assertFalse(IncidentDateExtractor.MONTH_DAY.matcher("Sunday at 9").find());
        assertTrue(IncidentDateExtractor.CLOCK_TIME.matcher("9:30 p.m. Thursday").find());
        assertTrue(IncidentDateExtractor.CLOCK_TIME.matcher("around 2am Friday").find());
        assertFalse(IncidentDateExtractor.CLOCK_TIME.matcher("Friday, Aug. 9").find());
    }

    @Test
    void extract_clockTimeWithWeekdayAndEventWord_beatsAnEarlierBareWeekday() {
        // published Friday 2017-04-28: the lead names a separate accident on Thursday; the shooting is dated by
        // "2 a.m. Friday", which weighs like a written month and day
        String text = "A toddler was hurt after she was struck on Thursday by a van in a parking lot.\n\nA shooting "
                + "killed two people and wounded three others outside a club around 2 a.m. Friday.";
        IncidentDate d = extract("Two killed outside club", text, LocalDate.of(2017, 4, 28));
        assertEquals(LocalDate.of(2017, 4, 28), d.date());
    }

    @Test
    void extract_lastWeekdaySixDaysBack_staysThatDay() {
        // published Friday 2016-07-08; "last Saturday" is 2016-07-02
        String text = "A man shot outside a bar last Saturday has died, police said.";
        IncidentDate d = extract("Man dies after shooting", text, LocalDate.of(2016, 7, 8));
        assertEquals(LocalDate.of(2016, 7, 2), d.date());
    }

    @Test
    void extract_sixDayOldWeekdayThatOwnsTheIncident_staysThatDay() {
        // published Thursday 2016-07-07: "Friday's shooting" has happened, so it is Friday 2016-07-01, not tomorrow
        String text = "A 19-year-old man has been charged with murder in Friday's drive-by shooting that killed a "
                + "woman on her porch, police said.";
        IncidentDate d = extract("Teen charged in drive-by", text, LocalDate.of(2016, 7, 7));
        assertEquals(LocalDate.of(2016, 7, 1), d.date());
        // without the possessive the six-day-old weekday is still the next day's news
        IncidentDate bare = extract("Woman hurt", "A woman shot on her porch was in stable condition Friday, police "
                + "said.", LocalDate.of(2016, 7, 7));
        assertEquals(LocalDate.of(2016, 7, 7), bare.date());
    }

    @Test
    void extract_searchingOnALaterDay_isNoIncidentDay() {
        // published Tuesday 2014-10-21; the police searched on Tuesday for a shooting on Saturday night
        String text = "Police were searching late Tuesday for two men who opened fire outside a nightclub. The men "
                + "pulled guns around 10:45 p.m. Saturday and wounded four people.";
        IncidentDate d = extract("Four wounded outside club", text, LocalDate.of(2014, 10, 21));
        assertEquals(LocalDate.of(2014, 10, 18), d.date());
    }

    @Test
    void extract_undatedArchivedCopy_resolvesAgainstTheCaptureDay() {
        // no publication date and no date in the text or the live URL: the archive captured it on Wednesday
        // 2015-05-06, so "Monday night" is 2015-05-04
        String text = "A man was shot and killed outside a convenience store Monday night, police said.";
        String snapshot = "http://web.archive.org/web/20150506123000/http://news.example.com/story/man-killed";
        IncidentDate d = DATES.extract(Doc.of(new Article("a1", "Man killed", text, null, snapshot, null, null, "en",
                "", "test", Map.of())));
        assertNotNull(d);
        assertEquals(LocalDate.of(2015, 5, 4), d.date());
        // a later day in the text (a hearing set after the capture) does not move the anchor past the capture
        IncidentDate bounded = DATES.extract(Doc.of(new Article("a2", "Man killed", text
                + " A hearing is set for June 30, 2015.", null, snapshot, null, null, "en", "", "test", Map.of())));
        assertEquals(LocalDate.of(2015, 5, 4), bounded.date());
        // without a capture the weekday has nothing to resolve against
        assertNull(DATES.extract(Doc.of(new Article("a3", "Man killed", text, null,
                "http://news.example.com/story/man-killed", null, null, "en", "", "test", Map.of()))));
    }

    @Test
    void extract_dateOfAnIncidentThisOneIsLinkedTo_isNoOption() {
        // published Wednesday 2016-09-28; the girl was shot on Tuesday, the Sept. 24 killing is another incident
        String text = "A 10-year-old girl was shot early Tuesday when gunfire struck her home. Her mother said the "
                + "shooting was linked to Sept. 24 killing of a neighbor, and in retaliation for a Sept. 20 shooting.";
        Doc doc = Doc.of(new Article("a1", "Girl, 10, shot at home", text, LocalDate.of(2016, 9, 28), null, null, null,
                "en", "", "test", Map.of()));
        assertEquals(LocalDate.of(2016, 9, 27), DATES.extract(doc).date());
        assertTrue(IncidentDateExtractor.analyse(doc).options().stream().noneMatch(o -> o.best() != null
                && (o.date().equals(LocalDate.of(2016, 9, 24)) || o.date().equals(LocalDate.of(2016, 9, 20)))));
    }

    @Test
    void extract_eventDateBeatsFollowUpDate() {
        // published Friday 2016-07-08 (on a Saturday the bare "Sunday" six days back would be the next day's news)
        String text = "A man was charged Friday in the shooting death of a teenager on Sunday night in the park.";
        IncidentDate d = extract("", text, LocalDate.of(2016, 7, 8));
        assertEquals(LocalDate.of(2016, 7, 3), d.date());
    }

    @Test
    void extract_datelineIsNotTheIncident() {
        String text = "Posted: Tuesday, March 12, 2013 8:04 AM EST\nA boy was shot in his home on Monday night, "
                + "police said.";
        IncidentDate d = extract("Boy shot at home", text, LocalDate.of(2013, 3, 12));
        assertEquals(LocalDate.of(2013, 3, 11), d.date());
    }

    @Test
    void extract_minutesOfAnAfternoonHour_areNoEveningHour() {
        // published Friday 2015-06-26, no day named: "1:11 p.m." is early afternoon, not 11 p.m. the night before
        String text = "A teenager was wounded in the leg at about 1:11 p.m. near a playground, police said.";
        IncidentDate d = extract("Teen wounded near playground", text, LocalDate.of(2015, 6, 26));
        assertEquals(LocalDate.of(2015, 6, 26), d.date());
    }

    @Test
    void analyse_minutesOfAMorningHour_areNoSmallHours() {
        // "10:12 a.m. Sunday" is mid-morning: no night before it to date the incident by
        String text = "A man was shot at 10:12 a.m. Sunday outside a store, police said.";
        Doc doc = Doc.of(new Article("a1", "", text, LocalDate.of(2015, 3, 9), null, null, null, "en", "", "test",
                Map.of()));
        assertTrue(IncidentDateExtractor.analyse(doc).options().stream()
                .noneMatch(o -> o.date().equals(LocalDate.of(2015, 3, 7))));
        String early = "A man was shot at 2:12 a.m. Sunday outside a store, police said.";
        Doc night = Doc.of(new Article("a2", "", early, LocalDate.of(2015, 3, 9), null, null, null, "en", "", "test",
                Map.of()));
        assertTrue(IncidentDateExtractor.analyse(night).options().stream()
                .anyMatch(o -> o.date().equals(LocalDate.of(2015, 3, 7))));
    }

    @Test
    void extract_hourOfThePostingStamp_isNoHourOfTheIncident() {
        // published Tuesday 2020-03-10, no day named: the stamp's 6:20 PM is when the story went up, not an evening
        // the day before
        String text = "Posted: Tuesday, March 10, 2020 6:20 PM EDT\n\nDeputies say a man accidentally shot a girl at a "
                + "house near the river around 5:00 p.m.";
        IncidentDate d = extract("Girl shot by accident", text, LocalDate.of(2020, 3, 10));
        assertEquals(LocalDate.of(2020, 3, 10), d.date());
        assertEquals(" ".repeat(39) + " EDT", IncidentDateExtractor.withoutStamps("Posted: Tuesday, March 10, 2020 6:20 PM EDT"));
        assertEquals("shot at 9:40 p.m.", IncidentDateExtractor.withoutStamps("shot at 9:40 p.m."));
    }

    @Test
    void extract_timeStampOfAnEmbeddedPost_isNoOption() {
        // published Monday 2016-05-30; the reporter's post from the scene is stamped the day after the shooting
        String text = "A man was shot Sunday night outside a bar, police said.\n\nPolice still at the shooting "
                + "scene pic.twitter.com/xYz12 \u2014 Jane Reporter (@janereporter) May 30, 2016\n\nNo arrests were made.";
        Doc doc = Doc.of(new Article("a1", "Man shot outside bar", text, LocalDate.of(2016, 5, 30), null, null, null,
                "en", "", "test", Map.of()));
        assertEquals(LocalDate.of(2016, 5, 29), DATES.extract(doc).date());
        assertTrue(IncidentDateExtractor.analyse(doc).options().stream()
                .noneMatch(o -> o.best() != null && o.date().equals(LocalDate.of(2016, 5, 30))));
    }

    @Test
    void extract_deathDaysAfterTheShooting_isNoOption() {
        // published Saturday 2015-04-25; the girl was shot April 16 and died two days later
        String text = "The 4-year-old died April 18, two days after she was shot in her yard, police said. "
                + "The shooting on April 16 happened as she played.";
        Doc doc = Doc.of(new Article("a1", "Girl, 4, dies", text, LocalDate.of(2015, 4, 25), null, null, null,
                "en", "", "test", Map.of()));
        assertEquals(LocalDate.of(2015, 4, 16), DATES.extract(doc).date());
        assertTrue(IncidentDateExtractor.analyse(doc).options().stream()
                .noneMatch(o -> o.best() != null && o.date().equals(LocalDate.of(2015, 4, 18))));
    }

    @Test
    void diedDaysAfter_onlyADeathTheSentencePutsDaysLater() {
        String later = "The man died Saturday, a week after he was shot.";
        String same = "The man died Saturday after he was shot.";
        String notDeath = "The man was arrested Saturday, a week after the shooting.";
        assertTrue(IncidentDateExtractor.diedDaysAfter(later, weekday(later, "Saturday")));
        assertFalse(IncidentDateExtractor.diedDaysAfter(same, weekday(same, "Saturday")));
        assertFalse(IncidentDateExtractor.diedDaysAfter(notDeath, weekday(notDeath, "Saturday")));
    }

    private static Timex weekday(String text, String word) {
        int at = text.indexOf(word);
        return new Timex(Timex.Type.DATE, "2015-04-18", at, at + word.length(), word);
    }

    @Test
    void extract_nothingFound_fallsBackToPublishedWithLowConfidence() {
        IncidentDate d = extract("Man shot in leg", "A man was shot in the leg, police said.", LocalDate.of(2016, 1, 5));
        assertEquals(LocalDate.of(2016, 1, 5), d.date());
        assertEquals(Precision.DAY, d.precision());
        assertTrue(d.confidence() <= 0.3);
    }

    @Test
    void extract_noDateAnywhere_returnsNull() {
        assertNull(extract("", "A man was shot on Tuesday in the leg, police said.", null));
        assertNull(extract("", "", null));
    }

    @Test
    void extract_undatedWeekdayWithBackgroundMonth_returnsNull() {
        assertNull(extract("", "A missile struck a school on Tuesday, killing two.\nThe war began in February 2022.",
                null));
    }

    @Test
    void extract_monthOnly_givesMonthPrecision() {
        IncidentDate d = extract("", "The attack on the convoy in June 2021 killed four soldiers.", null);
        assertEquals(LocalDate.of(2021, 6, 1), d.date());
        assertEquals(Precision.MONTH, d.precision());
    }
}
