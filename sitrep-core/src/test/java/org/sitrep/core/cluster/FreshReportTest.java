package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

/**
 * A thin article that reports a fresh shooting weeks after every member of an incident with the same few words
 * ({@link StandardClusterer#freshElsewhere}) founds its own incident; near in time, as a legal follow-up, or with a
 * body of its own it is scored as before.
 */
class FreshReportTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 6);
    private static final String HEADLINE = "Four people shot outside Marlowe Street bakery in Eastbrook";


    /** An article published on {@code pub} whose text dates its incident on {@code incident}. */
    private static ClusterInput input(String id, String title, String text, LocalDate pub, LocalDate incident) {
        Article a = new Article(id, title, text, pub, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, title);
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(incident, Precision.DAY, ev, 1.0), List.of(), List.of(), List.of());
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    /** The assignment of the second article, after a thin first report of the headline on {@link #DAY}. */
    private static Assignment second(String title, String text, LocalDate pub, LocalDate incident) {
        StandardClusterer c = new StandardClusterer(TestModels.cosineOnly());
        c.assign(input("a", HEADLINE, "", DAY, DAY));
        return c.assign(input("b", title, text, pub, incident));
    }

    @Test
    void assign_thinHeadlineWeeksLater_foundsItsOwnIncident() {
        LocalDate later = DAY.plusDays(30);
        assertThat(second(HEADLINE, "", later, later).isNew()).isTrue();
        assertThat(second(HEADLINE, "", later, later.minusDays(1)).isNew()).isTrue();
    }

    @Test
    void assign_thinHeadlineDaysLater_joins() {
        LocalDate soon = DAY.plusDays(5);
        assertThat(second(HEADLINE, "", soon, soon).isNew()).isFalse();
    }

    @Test
    void assign_thinHeadlineDatedByTheIncident_joins() {
        // weeks later, but its text dates the shooting on the incident's day: a late report of the same one
        assertThat(second(HEADLINE, "", DAY.plusDays(30), DAY).isNew()).isFalse();
    }

    @Test
    void assign_thinLegalFollowUpWeeksLater_joins() {
        LocalDate later = DAY.plusDays(30);
        assertThat(second("Man charged: " + HEADLINE, "", later, later).isNew()).isFalse();
    }

    @Test
    void assign_fullStoryWeeksLater_scoredAsBefore() {
        LocalDate later = DAY.plusDays(30);
        String body = (HEADLINE + ". ").repeat(6);
        assertThat(second(HEADLINE, body, later, later).isNew()).isFalse();
    }
}
