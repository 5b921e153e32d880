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
    /** Random leads of weekday and month names, figures and URLs (seeded): the same as the first version. */
    @Test
    void of_randomTexts_sameAsFirstVersion() {
        String[] pieces = {"Monday", "MONDAY", "monday", "Mon", "Sunday", "someday", "holiday", "Friday's", "May", "may",
            "Dec", "DEC", "December", "Decembers", "Jun", "Sept", "5", "5.6", "5 . 6", "23-year-old", "23 - year - old",
            "1234", "x9", "http", "www", "\u0130", "FR\u0130DAY", "\u017funday", "\u0661\u0662", "Jan."};
        String[] gaps = {" ", " ", "", ".", ",", ". ", "\n", "-", " . "};
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + r.nextInt(10);
            for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String t = sb.toString();
            assertSame(LeadEvent.of(t), FirstVersion.of(t), t);
        }
    }

    /** The same as the first version on every dev article's title and first 1,000 chars. */
    @Test
    void of_devArticles_sameAsFirstVersion() throws Exception {
        int n = 0;
        for (String file : java.util.List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            for (org.sitrep.core.eval.DevData.Item it : org.sitrep.core.eval.DevData.load(file)) {
                String text = it.article().title() + "\n" + it.article().text();
                text = text.substring(0, Math.min(text.length(), 1000));
                LeadEvent want = FirstVersion.of(text);
                assertSame(LeadEvent.of(text), want, it.article().id());
                if (want != LeadEvent.NONE) n++;
            }
        }
        assertThat(n).as("leads with a weekday, month or figure").isGreaterThan(1000);
    }

    private static void assertSame(LeadEvent got, LeadEvent want, String as) {
        assertThat(got.weekdays()).as(as).isEqualTo(want.weekdays());
        assertThat(got.months()).as(as).isEqualTo(want.months());
        assertThat(got.figures()).as(as).containsExactly(want.figures());
    }

    /** The first version of {@link LeadEvent#of}: each line cut out, each candidate word lower-cased. */
    private static final class FirstVersion {
        private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday"};
        private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

        /** Reads {@code text} (the title and lead). */
        static LeadEvent of(String text) {
            int days = 0;
            int months = 0;
            long[] figs = new long[LeadEvent.MAX_FIGURES];
            int k = 0;
            int n = text.length();
            int lineStart = 0;
            while (lineStart < n) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = n;
                String line = text.substring(lineStart, lineEnd);
                lineStart = lineEnd + 1;
                if (line.contains("http") || line.contains("www")) continue;
                int len = line.length();
                int i = 0;
                while (i < len) {
                    if (Character.isDigit(line.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                        int j = i;
                        while (j < len && Character.isDigit(line.charAt(j))) j++;
                        long v = j - i <= 3 ? Long.parseLong(line, i, j, 10) : -1;
                        int end = j;
                        long fig = -1;
                        if (j + 1 < len && line.charAt(j) == '.' && Character.isDigit(line.charAt(j + 1))) {
                            fig = v * 10 + (line.charAt(j + 1) - '0');
                            end = j + 2;
                        } else if (j + 3 < len && line.startsWith(" . ", j) && Character.isDigit(line.charAt(j + 3))
                                && (j + 4 == len || !Character.isDigit(line.charAt(j + 4)))) {
                            fig = v * 10 + (line.charAt(j + 3) - '0');
                            end = j + 4;
                        } else if (line.startsWith("-year-old", j) || line.startsWith(" - year - old", j)) {
                            fig = 100_000 + v;
                        }
                        if (v >= 0 && fig >= 0 && k < figs.length) figs[k++] = fig;
                        i = end;
                        continue;
                    }
                    if (!Character.isLetter(line.charAt(i))) {
                        i++;
                        continue;
                    }
                    int j = i;
                    while (j < len && Character.isLetter(line.charAt(j))) j++;
                    // only a capitalised word can name a month, and only a word ending in "day" a weekday
                    if (j - i >= 3 && j - i <= 9 && (Character.isUpperCase(line.charAt(i))
                            || (j - i >= 6 && line.regionMatches(true, j - 3, "day", 0, 3)))) {
                        String w = line.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                        int d = weekday(w);
                        if (d >= 0) {
                            days |= 1 << d;
                        } else {
                            int m = month(w, line, i, j);
                            if (m >= 0) months |= 1 << m;
                        }
                    }
                    i = j;
                }
            }
            if (days == 0 && months == 0 && k == 0) return LeadEvent.NONE;
            // sorted and distinct, by a loop rather than a stream pipeline per article
            long[] sorted = java.util.Arrays.copyOf(figs, k);
            java.util.Arrays.sort(sorted);
            int m = 0;
            for (int i = 0; i < k; i++) if (m == 0 || sorted[m - 1] != sorted[i]) sorted[m++] = sorted[i];
            return new LeadEvent(days, months, m == k ? sorted : java.util.Arrays.copyOf(sorted, m));
        }

        private static int weekday(String w) {
            if (w.length() < 6 || !w.endsWith("day")) return -1;
            for (int d = 0; d < WEEKDAYS.length; d++) if (WEEKDAYS[d].equals(w)) return d;
            return -1;
        }

        /**
         * The month (0 January) that {@code w}, at {@code [i, j)} of {@code line}, names: a month name or its three-letter
         * abbreviation, capitalised ("Dec. 15", "15 December"); "May" and the abbreviations only before a number.
         */
        private static int month(String w, String line, int i, int j) {
            if (!Character.isUpperCase(line.charAt(i))) return -1;
            for (int m = 0; m < MONTHS.length; m++) {
                boolean full = MONTHS[m].equals(w);
                if (!full && !(w.length() == 3 && MONTHS[m].startsWith(w))) continue;
                if (full && m != 4) return m;
                int p = j;
                while (p < line.length() && (line.charAt(p) == '.' || line.charAt(p) == ' ')) p++;
                return p < line.length() && Character.isDigit(line.charAt(p)) ? m : -1;
            }
            return -1;
        }
    }
}
