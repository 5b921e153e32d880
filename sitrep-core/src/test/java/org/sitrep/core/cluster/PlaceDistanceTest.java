package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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

/**
 * How far the article's place lies from the incident's: a neighbouring town is not another place (features
 * placeNear, placeKm, farDayXfarPlace), and a report from a neighbouring town on the same day is retrieved through the
 * (map cell, day) keys even when it shares no words with the incident.
 */
class PlaceDistanceTest {
    /** An article with an extracted incident place at (lat, lon) and an extracted incident date. */
    private static ClusterInput input(String id, String text, String place, double lat, double lon, LocalDate day) {
        Article a = new Article(id, "", text, day, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, text);
        Place p = new Place(place, "Illinois", "US", lat, lon, null, Place.Role.INCIDENT, ev, 1.0);
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(day, Precision.DAY, ev, 1.0), List.of(p), List.of(), List.of());
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final String CITY = "Four people were wounded in a shooting at a block party on Saturday, police said.";

    @Test
    void nearestKm_knownCities_greatCircleDistance() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        ArticleRep chicago = c.represent(input("a", CITY, "Chicago", 41.8781, -87.6298, DAY));
        IncidentState s = new IncidentState("i-a", 0);
        s.add(chicago);
        // Chicago to Evanston about 19 km, to Springfield about 288 km
        assertThat(s.nearestKm(42.0451, -87.6877)).isCloseTo(19.2, within(1.0));
        assertThat(s.nearestKm(39.7817, -89.6501)).isCloseTo(288.0, within(3.0));
        assertThat(s.nearestKm(Double.NaN, Double.NaN)).isNaN();
    }

    @Test
    void nearestKm_sameBitsAsTheHaversineFormula() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        java.util.Random r = new java.util.Random(3);
        IncidentState s = new IncidentState("i-x", 0);
        List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double lat = -80 + 160 * r.nextDouble();
            double lon = -180 + 360 * r.nextDouble();
            s.add(c.represent(input("p" + i, CITY, "Town" + i, lat, lon, DAY)));
            if (points.size() < IncidentState.MAX_COORDS) points.add(new double[] {lat, lon});
            for (int k = 0; k < 50; k++) {
                double qLat = -80 + 160 * r.nextDouble();
                double qLon = -180 + 360 * r.nextDouble();
                assertThat(s.nearestKm(qLat, qLon)).isEqualTo(haversine(points, qLat, qLon));
            }
        }
    }

    @Test
    void nearestKmWithin_sameBitsAsNearestKmWithinTheBoundElseMaxValue() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        java.util.Random r = new java.util.Random(5);
        IncidentState s = new IncidentState("i-y", 0);
        // towns scattered over a small region, so that many query points lie near the bound
        for (int i = 0; i < 12; i++) {
            s.add(c.represent(input("q" + i, CITY, "Town" + i, 40 + 2 * r.nextDouble(), -90 + 2 * r.nextDouble(), DAY)));
        }
        int inside = 0;
        for (int k = 0; k < 2000; k++) {
            double lat = 39 + 4 * r.nextDouble();
            double lon = -91 + 4 * r.nextDouble();
            double all = s.nearestKm(lat, lon);
            double near = s.nearestKmWithin(lat, lon, LinkModel.NEAR_KM);
            if (all <= LinkModel.NEAR_KM) {
                inside++;
                assertThat(near).isEqualTo(all);
            } else {
                assertThat(near).isEqualTo(Double.MAX_VALUE);
            }
        }
        assertThat(inside).isBetween(200, 1800);
        // straight north of a town, just inside and just outside the bound: the latitude test passes over neither wrongly
        IncidentState one = new IncidentState("i-z", 0);
        one.add(c.represent(input("z", CITY, "Town", 40.0, -90.0, DAY)));
        double degPerKm = 180 / (Math.PI * 6371.0);
        assertThat(one.nearestKmWithin(40.0 + 49.999 * degPerKm, -90.0, 50)).isCloseTo(49.999, within(1e-6));
        assertThat(one.nearestKmWithin(40.0 + 50.001 * degPerKm, -90.0, 50)).isEqualTo(Double.MAX_VALUE);
        assertThat(one.nearestKmWithin(Double.NaN, Double.NaN, 50)).isNaN();
    }

    /** The distance as computed before the incident kept each place's latitude in radians and its cosine. */
    private static double haversine(List<double[]> points, double lat, double lon) {
        double best = Double.MAX_VALUE;
        double phi = Math.toRadians(lat);
        double cosPhi = Math.cos(phi);
        for (double[] p : points) {
            double phi2 = Math.toRadians(p[0]);
            double dPhi = phi2 - phi;
            double dLam = Math.toRadians(p[1] - lon);
            double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2) + cosPhi * Math.cos(phi2) * Math.sin(dLam / 2) * Math.sin(dLam / 2);
            best = Math.min(best, h);
        }
        return 2 * 6371.0 * Math.asin(Math.sqrt(Math.min(1, best)));
    }

    @Test
    void features_neighbouringTownVersusDistantCity() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", CITY, "Chicago", 41.8781, -87.6298, DAY)), "chicago");
        double[] near = LinkModel.features(c.represent(input("b", CITY, "Evanston", 42.0451, -87.6877, DAY)), c.incident("chicago"));
        double[] far = LinkModel.features(c.represent(input("c", CITY, "Springfield", 39.7817, -89.6501, DAY)), c.incident("chicago"));
        double[] same = LinkModel.features(c.represent(input("d", CITY, "Chicago", 41.8781, -87.6298, DAY)), c.incident("chicago"));
        assertThat(feature(near, "placeConflict")).isEqualTo(1);
        assertThat(feature(near, "placeNear")).isEqualTo(1);
        assertThat(feature(far, "placeConflict")).isEqualTo(1);
        assertThat(feature(far, "placeNear")).isZero();
        assertThat(feature(far, "placeKm")).isGreaterThan(feature(near, "placeKm"));
        assertThat(feature(same, "placeAgree")).isEqualTo(1);
        assertThat(feature(same, "placeKm")).isZero();
        // a far place only counts with the far date for the interaction
        assertThat(feature(far, "farDayXfarPlace")).isZero();
        double[] later = LinkModel.features(c.represent(input("e", CITY, "Springfield", 39.7817, -89.6501, DAY.plusDays(200))),
                c.incident("chicago"));
        assertThat(feature(later, "factDayFar")).isEqualTo(1);
        assertThat(feature(later, "farDayXfarPlace")).isEqualTo(1);
    }

    @Test
    void ranked_neighbouringTownSameDayNoSharedWords_retrieved() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        Assignment first = c.assign(input("a", CITY, "Chicago", 41.8781, -87.6298, DAY));
        ArticleRep suburb = c.represent(input("b", "Gunfire erupted near Dempster Street overnight; detectives canvassed.",
                "Evanston", 42.0451, -87.6877, DAY.plusDays(1)));
        assertThat(c.ranked(suburb)).extracting(s -> s.id).contains(first.incidentId());
        ArticleRep distant = c.represent(input("c", "Gunfire erupted near Dempster Street overnight; detectives canvassed.",
                "Springfield", 39.7817, -89.6501, DAY.plusDays(1)));
        assertThat(c.ranked(distant)).extracting(s -> s.id).doesNotContain(first.incidentId());
    }
}
