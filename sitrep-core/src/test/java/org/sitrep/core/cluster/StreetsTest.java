package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

class StreetsTest {
    @Test
    void names_suffixBlockAndRoute_keysInMentionOrder() {
        String text = "Man Shot On South Main Street. Police found him in the 1200 block of Broadway near 89th St. "
                + "and Highway 50.";
        assertThat(Streets.names(text)).containsExactly("main", "broadway", "89th", "route 50");
    }

    @Test
    void names_titleCaseAndLongNames_lastWordOnly() {
        assertThat(Streets.names("Teen Killed On Martin Luther King Drive")).containsExactly("king");
        assertThat(Streets.names("shot near King Dr. on Tuesday")).containsExactly("king");
    }

    @Test
    void names_courtsAndSentenceWords_notStreets() {
        assertThat(Streets.names("He appeared in Superior Court and County Court on Monday.")).isEmpty();
        assertThat(Streets.names("The Street was quiet.")).isEmpty();
    }

    @Test
    void names_manyStreets_cappedAtMaxKeys() {
        String text = "Ash Street, Elm Street, Oak Street, Pine Street, Birch Street, Cedar Street, Maple Street.";
        assertThat(Streets.names(text)).hasSize(Streets.MAX_KEYS).startsWith("ash", "elm");
    }

    @Test
    void sharesStreet_incidentWithMemberOnSameStreet_true() {
        IncidentState s = new IncidentState("i-1", 0);
        for (int k : Streets.keys("shot on Hollow Road")) s.streets.add(k);
        assertThat(s.sharesStreet(Streets.keys("the 300 block of Hollow Rd."))).isTrue();
        assertThat(s.sharesStreet(Streets.keys("shot on Elm Street"))).isFalse();
    }

    private static ClusterInput input(String id, String text) {
        Article a = new Article(id, "", text, null, null, null, null, "en", null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), DedupDecision.original(id));
    }

    private static double feature(double[] f, String name) {
        return f[List.of(LinkModel.NAMES).indexOf(name)];
    }

    @Test
    void features_sameCityOtherStreet_streetConflict() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a1", "A teenager was shot in the 4500 block of Calumet Avenue in Bronzeville, police said."
                + " The teenager was taken to a hospital.")), "calumet");
        double[] same = c.candidates(c.represent(input("a2", "Police said the teenager shot on Calumet Ave. in"
                + " Bronzeville was taken to a hospital."))).getFirst().features();
        double[] other = c.candidates(c.represent(input("a3", "A teenager was shot on Halsted Street in Bronzeville,"
                + " police said. The teenager was taken to a hospital."))).getFirst().features();
        double[] none = c.candidates(c.represent(input("a4", "A teenager was shot in Bronzeville, police said. The"
                + " teenager was taken to a hospital."))).getFirst().features();
        assertThat(feature(same, "streetAgree")).isEqualTo(1);
        assertThat(feature(same, "streetConflict")).isZero();
        assertThat(feature(other, "streetConflict")).isEqualTo(1);
        assertThat(feature(other, "streetAgree")).isZero();
        assertThat(feature(none, "streetAgree") + feature(none, "streetConflict")).isZero();
    }
}
