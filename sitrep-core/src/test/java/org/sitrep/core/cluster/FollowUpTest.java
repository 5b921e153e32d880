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

    /** The first version of {@link ArticleRep#followUp}: each word cut out and lower-cased. */
    private static boolean followUpFirstVersion(String title) {
        String[] stems = {"sentenc", "plead", "guilty", "convict", "trial", "jury", "juror", "indict", "arraign", "verdict",
            "acquit", "prosecut", "charged", "arrest", "surrender", "extradit", "testif"};
        java.util.Set<String> words = java.util.Set.of("plea", "pleas", "pled", "judge", "court", "courtroom", "charges",
            "custody");
        int n = title.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(title.charAt(i))) i++;
            int j = i;
            while (j < n && Character.isLetter(title.charAt(j))) j++;
            if (j > i) {
                String w = title.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                if (words.contains(w)) return true;
                for (String stem : stems) if (w.startsWith(stem)) return true;
            }
            i = j;
        }
        return false;
    }

    /** Random titles (seeded) and every dev title: the same answers as the first version. */
    @Test
    void followUp_randomAndDevTitles_sameAsFirstVersion() throws Exception {
        String[] pieces = {"Plea", "PLEAS", "pled", "Pleasant", "court", "Courthouse", "COURTROOM", "\u0130ndicted",
            "Indicted", "arrest\u0130ng", "Jury", "JURORS", "trial", "Trials", "judge", "custody's", "x", "Man", "shot"};
        String[] gaps = {" ", " ", "", "'", "-", ": "};
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + r.nextInt(6);
            for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String t = sb.toString();
            assertThat(ArticleRep.followUp(t)).as(t).isEqualTo(followUpFirstVersion(t));
        }
        int n = 0;
        for (String file : List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            for (org.sitrep.core.eval.DevData.Item it : org.sitrep.core.eval.DevData.load(file)) {
                String t = it.article().title();
                if (t == null) continue;
                boolean want = followUpFirstVersion(t);
                assertThat(ArticleRep.followUp(t)).as(t).isEqualTo(want);
                if (want) n++;
            }
        }
        assertThat(n).as("follow-up titles").isGreaterThan(50);
    }
}
