package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;

class DateModelTest {
    private static IncidentDateExtractor.Analysis analyse(String title, String text, LocalDate published) {
        return IncidentDateExtractor.analyse(Doc.of(new Article("a1", title, text, published, null, null, null, "en",
                "", "test", Map.of())));
    }

    @Test
    void weights_matchFeatures() {
        assertEquals(DateModel.FEATURES.length, DateModel.WEIGHTS.length);
    }

    @Test
    void options_publishedArticle_alwaysOffersPublicationDateAndDayBefore() {
        List<DateModel.Option> options = analyse("Man shot", "A man was shot, police said.",
                LocalDate.of(2016, 1, 5)).options();
        assertEquals(2, options.size());
        assertTrue(options.stream().anyMatch(o -> o.date().equals(LocalDate.of(2016, 1, 5)) && o.best() == null));
        assertTrue(options.stream().anyMatch(o -> o.date().equals(LocalDate.of(2016, 1, 4)) && o.best() == null));
        assertEquals(1.0, options.stream().mapToDouble(DateModel.Option::probability).sum(), 1e-9);
    }

    @Test
    void best_eventNightBeforePublication_beatsBarePublicationDate() {
        List<DateModel.Option> options = analyse("Two wounded in shooting",
                "Two men were wounded in a shooting Saturday night outside a bar, police said.",
                LocalDate.of(2016, 3, 6)).options();
        DateModel.Option best = DateModel.best(options);
        assertEquals(LocalDate.of(2016, 3, 5), best.date());
        assertEquals("Saturday night", best.best().timex().text());
        assertTrue(best.probability() > 0.5, "probability " + best.probability());
    }

    @Test
    void best_shotThenDiedDaysLater_prefersTheShooting() {
        List<DateModel.Option> options = analyse("Man dies after shooting",
                "A man who was shot Thursday night in the 100 block of Main Street died Sunday at the hospital, "
                        + "police said.", LocalDate.of(2016, 3, 7)).options();
        assertEquals(LocalDate.of(2016, 3, 3), DateModel.best(options).date());
    }

    private static double feature(DateModel.Option o, String name) {
        return o.features()[java.util.Arrays.asList(DateModel.FEATURES).indexOf(name)];
    }

    @Test
    void options_smallHoursMention_offersTheDayBefore() {
        // "2 a.m. Sunday" is Saturday night to many records: Saturday is offered, marked as the night before
        List<DateModel.Option> options = analyse("Man shot", "A man was shot at 2 a.m. Sunday outside a bar, police "
                + "said.", LocalDate.of(2016, 3, 8)).options();
        DateModel.Option saturday = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 5)))
                .findFirst().orElseThrow();
        assertNull(saturday.best());
        assertEquals(1.0, feature(saturday, "the next day named in the small hours"));
        assertEquals(LocalDate.of(2016, 3, 6), DateModel.best(options).date());
    }

    @Test
    void options_dateNamingTheEvent_isMarked() {
        List<DateModel.Option> options = analyse("Arrest made", "Police arrested a man Wednesday in connection with "
                + "Monday's shooting on Main Street.", LocalDate.of(2016, 3, 10)).options();
        DateModel.Option monday = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 7)))
                .findFirst().orElseThrow();
        assertEquals(1.0, feature(monday, "names the event (\"Monday's shooting\")"));
        assertEquals(LocalDate.of(2016, 3, 7), DateModel.best(options).date());
    }

    @Test
    void options_smallHoursClockWithoutDay_marksBarePublicationDate() {
        // "around 2 a.m." with no day: a story filed the same morning, so the publication day, not the day before
        List<DateModel.Option> options = analyse("Man shot outside bar", "A man was shot around 2 a.m. outside a bar on "
                + "Main Street, police said.", LocalDate.of(2016, 3, 6)).options();
        DateModel.Option published = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 6)))
                .findFirst().orElseThrow();
        DateModel.Option dayBefore = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 5)))
                .findFirst().orElseThrow();
        assertEquals(1.0, feature(published, "small-hours clock and bare publication date"));
        assertEquals(0.0, feature(dayBefore, "evening clock and bare day before publication"));
        assertEquals(LocalDate.of(2016, 3, 6), DateModel.best(options).date());
        assertTrue(published.probability() > 0.6, "probability " + published.probability());
    }

    @Test
    void options_eveningClockWithoutDay_marksBareDayBefore() {
        List<DateModel.Option> options = analyse("Man shot outside bar", "A man was shot at about 9:30 p.m. outside a "
                + "bar on Main Street, police said.", LocalDate.of(2016, 3, 6)).options();
        DateModel.Option dayBefore = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 5)))
                .findFirst().orElseThrow();
        assertEquals(1.0, feature(dayBefore, "evening clock and bare day before publication"));
    }

    @Test
    void options_nightToldAcrossTwoDays_marksBothHalves() {
        List<DateModel.Option> options = analyse("Teen killed", "A teen was found shot late Sunday night into early "
                + "Monday morning at an apartment, police said.", LocalDate.of(2016, 3, 9)).options();
        DateModel.Option sunday = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 6)))
                .findFirst().orElseThrow();
        DateModel.Option monday = options.stream().filter(o -> o.date().equals(LocalDate.of(2016, 3, 7)))
                .findFirst().orElseThrow();
        assertEquals(1.0, feature(monday, "early part of a night named the day before"));
        assertEquals(1.0, feature(sunday, "night before a day named early"));
        assertEquals(0.0, feature(sunday, "early part of a night named the day before"));
    }

    @Test
    void best_noOptions_isNull() {
        assertNull(DateModel.best(List.of()));
        assertTrue(analyse("", "A man was shot.", null).options().isEmpty());
    }
}
