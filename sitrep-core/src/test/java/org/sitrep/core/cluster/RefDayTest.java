package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.cluster.FeatureProbe.feature;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;

/** The calendar days an article names ({@link ArticleRep#refDays}) and the {@code refDayXgap} feature and lookup. */
class RefDayTest {
    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void refDays_monthAndDay_lastOccurrenceOnOrBeforePublication() {
        int pub = day(2016, 2, 10);
        assertThat(ArticleRep.refDays("He was killed on Nov. 6 outside a store.", pub)).containsExactly(day(2015, 11, 6));
        assertThat(ArticleRep.refDays("The shooting on February 3rd left two dead.", pub)).containsExactly(day(2016, 2, 3));
        assertThat(ArticleRep.refDays("Police said the Oct. 9, 2014 shooting and the March 3 hearing", pub))
                .containsExactly(day(2014, 10, 9), day(2015, 3, 3));
    }

    @Test
    void refDays_notADayOrInTheFuture_leftOut() {
        int pub = day(2016, 2, 10);
        // a month and year, a clock time, the future, lower-case "may", a day number out of range
        assertThat(ArticleRep.refDays("In May 2015 he may 3 times; Jan 5:30; Feb. 12, 2016; March 45", pub)).isEmpty();
        assertThat(ArticleRep.refDays("Killed on Jan. 30, 2009.", pub)).isEmpty(); // beyond three years back
        assertThat(ArticleRep.refDays("March 3", ArticleRep.UNDATED)).isEmpty();
        assertThat(ArticleRep.refDays("Feb. 30 and Feb. 1 and Feb. 1", pub)).containsExactly(day(2016, 2, 1));
    }

    private static ClusterInput input(String id, String title, String text, LocalDate pub, LocalDate incident, String place) {
        Article a = new Article(id, title, text, pub, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, text);
        List<Place> places = List.of(new Place(place, null, null, null, null, null, Place.Role.INCIDENT, ev, 0.9));
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(incident, Precision.DAY, ev, 1.0), places, List.of(), List.of());
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    private static final LocalDate SHOT = LocalDate.of(2015, 11, 6);

    @Test
    void features_followUpNamesTheIncidentsDay_setsRefDayXgap() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", "Girl shot", "A girl was shot on a porch in Elmtown.", SHOT, SHOT, "Elmtown")), "one");
        LocalDate later = SHOT.plusDays(300);
        ArticleRep named = c.represent(input("b", "Man sentenced", "A man was sentenced for the Nov. 6 shooting.", later,
                later, "Elmtown"));
        double[] f = LinkModel.features(named, c.incident("one"));
        assertThat(feature(f, "refDayXgap")).isGreaterThan(0.99);
        ArticleRep other = c.represent(input("c", "Man sentenced", "A man was sentenced for the Nov. 9 shooting.", later,
                later, "Elmtown"));
        assertThat(feature(LinkModel.features(other, c.incident("one")), "refDayXgap")).isEqualTo(0.0);
        // the incident's own days: nothing to add beyond the date features
        ArticleRep same = c.represent(input("d", "Girl dies", "The girl shot Nov. 6 died.", SHOT.plusDays(1), SHOT, "Elmtown"));
        assertThat(feature(LinkModel.features(same, c.incident("one")), "refDayXgap")).isEqualTo(0.0);
    }

    @Test
    void hasFactDayNear_sameAsLookingUpEachDayAndItsNeighbours() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        java.util.Random r = new java.util.Random(9);
        IncidentState s = new IncidentState("i-x", 0);
        java.util.Set<Integer> days = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            LocalDate d = SHOT.plusDays(r.nextInt(40));
            s.add(c.represent(input("m" + i, "Girl shot", "A girl was shot in Elmtown.", d, d, "Elmtown")));
            days.add((int) d.toEpochDay());
            for (int k = 0; k < 200; k++) {
                int[] ask = r.ints(r.nextInt(4), (int) SHOT.toEpochDay() - 5, (int) SHOT.toEpochDay() + 45).toArray();
                boolean want = false;
                for (int d2 : ask) for (int e = -1; e <= 1; e++) want |= days.contains(d2 + e);
                assertThat(s.hasFactDayNear(ask)).as(java.util.Arrays.toString(ask)).isEqualTo(want);
            }
        }
    }

    @Test
    void candidates_placeAndNamedDayBeyondTheWindow_retrieved() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", "Girl shot", "A girl was shot on a porch in Elmtown.", SHOT, SHOT, "Elmtown")), "one");
        LocalDate later = SHOT.plusDays(500);
        ArticleRep named = c.represent(input("b", "Families gather", "Jurors reached a verdict on Monday in the Nov. 6, 2015 case.",
                later, later, "Elmtown"));
        assertThat(c.candidates(named)).extracting(StandardClusterer.Candidate::incidentId).containsExactly("one");
        ArticleRep unnamed = c.represent(input("c", "Families gather", "Jurors reached a verdict on Monday in the Nov. 9, 2015 case.",
                later, later, "Elmtown"));
        assertThat(c.candidates(unnamed)).isEmpty();
    }
    /** Random texts of month names, numbers and the marks around them (seeded): the scan finds what {@code find()} does. */
    @Test
    void refDays_randomTexts_sameAsFindLoop() {
        String[] pieces = {"Jan", "January", "Janet", "Feb.", "Mar", "March", "Marchers", "May", "Mayor", "June", "Jun",
            "July", "Jul.", "Aug", "Sept.", "Sep", "September", "Oct", "Nov.", "Dec", "December", "3", "03", "31", "45",
            "3rd", "21st", "2015", "2016", "1999", "5:30", "a.m.", "pm", "\u00e9", "x", "Dr", "Jo", "M"};
        String[] gaps = {" ", " ", ", ", "", ".", ",", "  ", "\n", "-", ". "};
        int pub = day(2016, 3, 1);
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + r.nextInt(8);
            for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String t = sb.toString();
            assertThat(ArticleRep.refDays(t, pub)).as(t).containsExactly(FindLoop.refDays(t, pub));
        }
    }

    /** The scan reads the same days as a {@code find()} loop over every dev article (title and text, publication day). */
    @Test
    void refDays_devArticles_sameAsFindLoop() throws Exception {
        int n = 0;
        int withDays = 0;
        for (String file : List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            for (org.sitrep.core.eval.DevData.Item it : org.sitrep.core.eval.DevData.load(file)) {
                Article a = it.article();
                if (a.published() == null) continue;
                String text = a.title() + "\n" + a.text();
                int pub = (int) a.published().toEpochDay();
                int[] want = FindLoop.refDays(text, pub);
                assertThat(ArticleRep.refDays(text, pub)).as(a.id()).containsExactly(want);
                n++;
                if (want.length > 0) withDays++;
            }
        }
        assertThat(withDays).as("articles naming a day").isGreaterThan(n / 10);
    }

    /** The first version of {@link ArticleRep#refDays}: the pattern's matches found by {@code find()}, in order. */
    private static final class FindLoop {
        private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
                "\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
                + "|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:|\\s*(?:a\\.?m|p\\.?m)\\b)"
                + "(?:,?\\s+((?:19|20)\\d{2})\\b)?");
        private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

        static int[] refDays(String text, int refDay) {
            LocalDate ref = LocalDate.ofEpochDay(refDay);
            int[] out = new int[ArticleRep.MAX_REF_DAYS];
            int n = 0;
            var m = MONTH_DAY.matcher(text);
            while (n < ArticleRep.MAX_REF_DAYS && m.find()) {
                int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
                int dom = Integer.parseInt(m.group(2));
                if (dom < 1 || dom > 31) continue;
                LocalDate d;
                try {
                    if (m.group(3) != null) {
                        d = LocalDate.of(Integer.parseInt(m.group(3)), month, dom);
                    } else {
                        d = LocalDate.of(ref.getYear(), month, dom);
                        if (d.isAfter(ref)) d = LocalDate.of(ref.getYear() - 1, month, dom);
                    }
                } catch (java.time.DateTimeException e) {
                    continue;
                }
                int day = (int) d.toEpochDay();
                if (day > refDay || day < refDay - 3 * 366) continue;
                boolean seen = false;
                for (int i = 0; i < n; i++) seen |= out[i] == day;
                if (!seen) out[n++] = day;
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }
}
