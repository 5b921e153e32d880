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
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

/**
 * A dated pair of conflicting event types (an accidental shooting against a deliberate one) loses
 * {@link LinkModel#TYPE_CONFLICT} in the logit, beyond the fitted {@code typeAgree} weight; a legal follow-up does
 * not, since a charge or sentence story seldom repeats how the shooting happened.
 */
class TypeConflictTest {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 14);
    private static final String ACCIDENT = "Shooting|Accidental shooting";
    private static final String ASSAULT = "Shooting|Gun violence";

    private static ClusterInput input(String id, String title, String text, String type) {
        Article a = new Article(id, title, text, DAY, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, text);
        List<Fact> facts = List.of(new Fact(FactKind.EVENT_TYPE, type, null, null, ev, 0.9));
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(DAY, Precision.DAY, ev, 1.0), List.of(), List.of(), facts);
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    /** The logit of {@code title} (of event type {@code type}) against an incident of one accidental shooting. */
    private static double logit(String title, String type) {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        IncidentState s = new IncidentState("i-a", 0);
        s.add(c.represent(input("a", "Boy, 6, shot by brother at Renwick home",
                "A six-year-old boy was shot by his brother with a handgun found in a closet in Renwick.", ACCIDENT)));
        ArticleRep b = c.represent(input("b", title,
                "A six-year-old boy was shot in Renwick on Wednesday; deputies are investigating.", type));
        double[] f = LinkModel.features(b, s);
        double z = LinkModel.standard().logit(f);
        assertThat(feature(f, "typeAgree")).isEqualTo(type.equals(ACCIDENT) ? 1 : -1);
        return z;
    }

    @Test
    void logit_conflictingTypes_lowerByMoreThanTheFittedWeight() {
        String title = "Boy, 6, shot at Renwick home";
        double agree = logit(title, ACCIDENT);
        double conflict = logit(title, ASSAULT);
        double fitted = 2 * LinkModel.FITTED[LinkModel.TYPE_AGREE];
        assertThat(agree - conflict).isCloseTo(fitted + LinkModel.TYPE_CONFLICT, within(1e-9));
    }

    @Test
    void logit_legalFollowUpOfConflictingType_onlyTheFittedWeight() {
        String title = "Father charged after boy, 6, shot at Renwick home";
        double agree = logit(title, ACCIDENT);
        double conflict = logit(title, ASSAULT);
        assertThat(agree - conflict).isCloseTo(2 * LinkModel.FITTED[LinkModel.TYPE_AGREE], within(1e-9));
    }
}
