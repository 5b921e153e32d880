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
}
