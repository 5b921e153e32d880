package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.cluster.FeatureProbe.feature;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.extract.place.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;

/** A place name read as the town of that name beside the incident's places ({@link Homonyms}). */
class HomonymsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final String TEXT = "Several people were wounded in a shooting on Saturday night, police said.";
    /** Dorchester, South Carolina (the extractor's reading of a bare "Dorchester"), and Boston. */
    private static final double[] DORCHESTER_SC = {33.1247, -80.4034};
    private static final double[] BOSTON = {42.3601, -71.0589};

    private static ClusterInput input(String id, String place, double[] at, LocalDate day) {
        Article a = new Article(id, "", TEXT, day, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, TEXT);
        Place p = new Place(place, null, "US", at[0], at[1], null, Place.Role.INCIDENT, ev, 1.0);
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(day, Precision.DAY, ev, 1.0), List.of(p), List.of(), List.of());
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    @Test
    void of_sharedName_listsTheOtherTownsOfTheCountry() {
        double[] h = Homonyms.of(Gazetteer.standard(), "Dorchester", "US", DORCHESTER_SC[0], DORCHESTER_SC[1]);
        double nearest = Double.MAX_VALUE;
        for (int k = 0; k < h.length; k += 2) {
            nearest = Math.min(nearest, org.sitrep.core.internal.Geo.km(BOSTON[0], BOSTON[1], h[k], h[k + 1]));
            // the resolved town itself is not its own homonym
            assertThat(org.sitrep.core.internal.Geo.km(DORCHESTER_SC[0], DORCHESTER_SC[1], h[k], h[k + 1])).isGreaterThan(5);
        }
        assertThat(nearest).isLessThan(15);
        assertThat(Homonyms.of(Gazetteer.standard(), "Dorchester", "ZZ", DORCHESTER_SC[0], DORCHESTER_SC[1])).isEmpty();
    }

    @Test
    void features_homonymBesideTheIncident_readAsNeighbourWithinItsDays() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", "Boston", BOSTON, DAY)), "boston");
        double[] sameDays = LinkModel.features(c.represent(input("b", "Dorchester", DORCHESTER_SC, DAY)), c.incident("boston"));
        assertThat(feature(sameDays, "placeConflict")).isEqualTo(1);
        assertThat(feature(sameDays, "placeNear")).isEqualTo(1);
        assertThat(feature(sameDays, "placeKm")).isLessThan(Math.log1p(LinkModel.NEAR_KM));
        // weeks apart the name keeps the extractor's reading: another town's shooting
        double[] later = LinkModel.features(c.represent(input("c", "Dorchester", DORCHESTER_SC, DAY.plusDays(40))), c.incident("boston"));
        assertThat(feature(later, "placeNear")).isZero();
        assertThat(feature(later, "placeKm")).isGreaterThan(Math.log1p(1000));
    }
}
