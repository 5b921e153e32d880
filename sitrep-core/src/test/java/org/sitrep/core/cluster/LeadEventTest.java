package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.cluster.FeatureProbe.feature;
import static org.sitrep.core.cluster.FeatureProbe.input;

import org.junit.jupiter.api.Test;

/** The weekday, the month and the identifying figures of a story's title and lead, and the features that compare them with an incident's. */
class LeadEventTest {
    @Test
    void of_lead_readsWeekdaysButNotInUrls() {
        LeadEvent e = LeadEvent.of("http : / / example . com / sunday - edition / story\n"
                + "A 5.6 magnitude quake hit the island on Sunday and again on Tuesday night, Sundays excepted.");
        assertThat(e.weekdays()).isEqualTo(1 << 6 | 1 << 1);
        assertThat(e.months()).isZero();
    }

    @Test
    void of_weekdaysInAnyCase_readButNotOtherDayWords() {
        assertThat(LeadEvent.of("shot late on saturday; FRIDAY vigil; a holiday, someday, Today").weekdays())
                .isEqualTo(1 << 5 | 1 << 4);
    }

    @Test
    void of_monthNames_readsMonthsButNotTheModalMay() {
        assertThat(LeadEvent.of("Updated : May 24 , 2005, 3 : 23 PM ET").months()).isEqualTo(1 << 4);
        assertThat(LeadEvent.of("On Dec. 15 the team said it may sign him in January").months())
                .isEqualTo(1 << 11 | 1);
        assertThat(LeadEvent.of("May the best team win; we may see").months()).isZero();
    }

    @Test
    void of_figures_decimalsAndAgesButNoCountsTimesOrCodes() {
        LeadEvent e = LeadEvent.of("A 5.6 magnitude quake injured 12 people at 3 : 23 PM; the 23-year-old, a"
                + " 31 - year - old, flight MH17 and a magnitude 5 . 9 aftershock.");
        assertThat(e.figures()).containsExactly(56, 59, 100_023, 100_031);
        assertThat(LeadEvent.of("scored 5 . Then 9 more in 2009").figures()).isEmpty();
    }

    @Test
    void of_nothing_isNone() {
        assertThat(LeadEvent.of("No day here, in 2009; the holiday, someday.")).isSameAs(LeadEvent.NONE);
    }

    @Test
    void features_undatedSiblingEvent_otherWeekdayAndMonth() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        ArticleRep first = c.represent(input("q1", "A 5.6 magnitude earthquake hit Qeshm island off Iran on Sunday,"
                + " November 27, injuring five people, state television said."));
        c.place(first, "qeshm");
        ArticleRep same = c.represent(input("q2", "An earthquake measuring 5.6 jolted Qeshm island off Iran on Sunday,"
                + " Nov. 27, wounding five, officials said."));
        ArticleRep other = c.represent(input("q3", "An earthquake of magnitude 5.9 jolted Qeshm island off Iran on"
                + " Monday, Dec. 8, killing ten people, officials said."));
        double[] fs = c.candidates(same).getFirst().features();
        double[] fo = c.candidates(other).getFirst().features();
        assertThat(feature(fs, "hasWeekdays")).isEqualTo(1);
        assertThat(feature(fs, "weekdayShared")).isEqualTo(1);
        assertThat(feature(fo, "weekdayShared")).isZero();
        assertThat(feature(fs, "hasMonths")).isEqualTo(1);
        assertThat(feature(fs, "monthShared")).isEqualTo(1);
        assertThat(feature(fo, "monthShared")).isZero();
        assertThat(feature(fs, "hasFigures")).isEqualTo(1);
        assertThat(feature(fs, "figuresShared")).isEqualTo(1);
        assertThat(feature(fo, "figuresShared")).isZero();
        LinkModel m = LinkModel.standard();
        assertThat(m.probability(fs)).isGreaterThan(m.probability(fo));
    }
}
