package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/** Candidate retrieval beyond the time window: the rare-name section. */
class CandidateRetrievalTest {
    private static ClusterInput input(String id, String title, String text, LocalDate date) {
        Article a = new Article(id, title, text, date, null, null, null, "en", null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), DedupDecision.original(id));
    }

    private static final String SHOOTING = "Police said Marcus Delvecchio was shot outside the Blue Heron Tavern "
            + "on Saturday night. Detective Ruth Aldana asked witnesses to call.";
    private static final String TRIAL = "The trial of the man accused of killing Marcus Delvecchio opened on Monday. "
            + "Prosecutors said the shooting outside the Blue Heron Tavern followed an argument.";

    @Test
    void ranked_followUpMonthsLaterSharingRareNames_retrievesEarlierIncident() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        Assignment first = c.assign(input("a", "Man shot outside tavern", SHOOTING, LocalDate.of(2024, 1, 6)));
        // far beyond the +/- WINDOW_BUCKETS window of the dated index
        ArticleRep trial = c.represent(input("b", "Trial opens in tavern killing", TRIAL, LocalDate.of(2024, 11, 4)));
        assertThat(trial.names()).isNotEmpty();
        assertThat(c.ranked(trial)).extracting(s -> s.id).contains(first.incidentId());
    }

    @Test
    void ranked_noSharedName_monthsLater_notRetrieved() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        Assignment first = c.assign(input("a", "Man shot outside tavern", SHOOTING, LocalDate.of(2024, 1, 6)));
        ArticleRep other = c.represent(input("b", "Council approves harbour budget",
                "The harbour board approved the budget for dredging on Monday.", LocalDate.of(2024, 11, 4)));
        assertThat(c.ranked(other)).extracting(s -> s.id).doesNotContain(first.incidentId());
    }
}
