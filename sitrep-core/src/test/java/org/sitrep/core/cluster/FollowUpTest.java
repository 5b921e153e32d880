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

/**
 * Legal follow-ups (an arrest, a plea, a trial, a sentence months after a shooting): the title test, the town's
 * incidents looked up across all time, and the follow-up features.
 */
class FollowUpTest {
    private static ClusterInput input(String id, String title, String text, String place, LocalDate day) {
        Article a = new Article(id, title, text, day, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, text);
        Place p = new Place(place, "Ohio", "US", 40.1, -82.9, null, Place.Role.INCIDENT, ev, 1.0);
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(day, Precision.DAY, ev, 1.0), List.of(p), List.of(), List.of());
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    private static final String SHOOTING = "Three people were shot outside a bar on Main Street late Saturday, police said.";
    private static final String COURT = "A man was ordered to serve 30 years in prison on Tuesday for his part in the deaths.";

    @Test
    void followUp_legalSteps_true() {
        assertThat(ArticleRep.followUp("Man sentenced to 30 years in tavern killing")).isTrue();
        assertThat(ArticleRep.followUp("Jury finds gang member guilty")).isTrue();
        assertThat(ArticleRep.followUp("Two charged in triple homicide")).isTrue();
        assertThat(ArticleRep.followUp("Suspect pleads not guilty")).isTrue();
        assertThat(ArticleRep.followUp("Teen's attorney wants case moved to juvenile court")).isTrue();
    }

    @Test
    void followUp_reportsAndLookalikes_false() {
        assertThat(ArticleRep.followUp("Three shot outside Mount Pleasant bar")).isFalse();
        assertThat(ArticleRep.followUp("Gunman opens fire at county courthouse")).isFalse();
        assertThat(ArticleRep.followUp("Victims of weekend shooting identified")).isFalse();
        assertThat(ArticleRep.followUp(null)).isFalse();
    }

    @Test
    void ranked_followUpMonthsLaterInSameTown_retrievesEarlierIncident() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        Assignment first = c.assign(input("a", "Three shot outside bar", SHOOTING, "Linden", LocalDate.of(2024, 1, 6)));
        // far beyond the +/- WINDOW_BUCKETS window of the dated index, no rare name shared
        ArticleRep court = c.represent(input("b", "Man sentenced in bar shooting", COURT, "Linden", LocalDate.of(2024, 11, 4)));
        assertThat(court.followUp()).isTrue();
        assertThat(c.ranked(court)).extracting(s -> s.id).contains(first.incidentId());
        // a report that is no legal step does not look beyond the window
        ArticleRep report = c.represent(input("c", "Man hurt in bar fight", COURT, "Linden", LocalDate.of(2024, 11, 4)));
        assertThat(c.ranked(report)).extracting(s -> s.id).doesNotContain(first.incidentId());
    }

    @Test
    void ranked_followUpInTownWithManyIncidents_placeNotLookedUp() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        for (int k = 0; k <= StandardClusterer.FOLLOW_UP_PLACE_MAX; k++) {
            c.place(c.represent(input("a" + k, "Shooting " + k, "Unrelated words number " + k + " here.", "Columbus",
                    LocalDate.of(2024, 1, 1).plusDays(2 * k))), null);
        }
        ArticleRep court = c.represent(input("b", "Man sentenced in bar shooting", COURT, "Columbus", LocalDate.of(2025, 3, 4)));
        assertThat(c.ranked(court)).isEmpty();
    }

    @Test
    void features_followUpAtSamePlaceLater_setsFollowUpColumns() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", "Three shot outside bar", SHOOTING, "Linden", LocalDate.of(2024, 1, 6))), "linden");
        double[] f = LinkModel.features(c.represent(input("b", "Man sentenced in bar shooting", COURT, "Linden",
                LocalDate.of(2024, 11, 4))), c.incident("linden"));
        assertThat(feature(f, "followUp")).isEqualTo(1);
        assertThat(feature(f, "followUpXgap")).isEqualTo(feature(f, "logGapDays")).isGreaterThan(5);
        assertThat(feature(f, "followUpXplace")).isEqualTo(1);
        double[] g = LinkModel.features(c.represent(input("c", "Man hurt in bar fight", COURT, "Linden",
                LocalDate.of(2024, 11, 4))), c.incident("linden"));
        assertThat(feature(g, "followUp")).isZero();
        assertThat(feature(g, "followUpXgap")).isZero();
    }

    @Test
    void features_followUpBeforeIncidentBegins_followUpColumnsUnset() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", "Three shot outside bar", SHOOTING, "Linden", LocalDate.of(2024, 11, 4))), "linden");
        // a sentence passed months before this shooting is about another one
        double[] f = LinkModel.features(c.represent(input("b", "Man sentenced in bar shooting", COURT, "Linden",
                LocalDate.of(2024, 1, 6))), c.incident("linden"));
        assertThat(feature(f, "followUp")).isZero();
        assertThat(feature(f, "followUpXplace")).isZero();
    }

    @Test
    void features_reportBeforeIncidentOfFollowUps_setsFollowUpColumnsAsInStreamOrder() {
        // the sentence arrived first and founded an incident; the shooting's report reads as the pair does in stream order
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("b", "Man sentenced in bar shooting", COURT, "Linden", LocalDate.of(2024, 11, 4))), "linden");
        double[] f = LinkModel.features(c.represent(input("a", "Three shot outside bar", SHOOTING, "Linden",
                LocalDate.of(2024, 1, 6))), c.incident("linden"));
        assertThat(feature(f, "followUp")).isEqualTo(1);
        assertThat(feature(f, "followUpXgap")).isEqualTo(feature(f, "logGapDays")).isGreaterThan(5);
        assertThat(feature(f, "followUpXplace")).isEqualTo(1);
        // once the incident holds a report that is no legal step, it is an ordinary incident again
        c.place(c.represent(input("d", "Two hurt in bar fight", SHOOTING, "Linden", LocalDate.of(2024, 11, 5))), "linden");
        double[] g = LinkModel.features(c.represent(input("e", "Three shot outside bar", SHOOTING, "Linden",
                LocalDate.of(2024, 1, 6))), c.incident("linden"));
        assertThat(feature(g, "followUp")).isZero();
    }
}
