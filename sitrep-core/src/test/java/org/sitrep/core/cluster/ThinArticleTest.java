package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;

/**
 * Articles whose body says nothing (boilerplate, a short or missing body) are read with their URL's headline slug,
 * and such an article joins at most one incident: it never bridges two into one.
 */
class ThinArticleTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    private static final String FIRE = "A fire at the Northfield grain depot injured four workers on Sunday. "
            + "Depot manager Helen Ostrava said the blaze started in a drying tower. "
            + "Two workers were taken to Mercy General Hospital with burns after the depot fire.";
    private static final String BUS = "A school bus slid off an icy road near Dunmore Ridge on Sunday. "
            + "Driver Paul Keating said the school bus lost traction on a bend near Dunmore Ridge. "
            + "No children were hurt when the bus slid into a ditch.";

    private static ClusterInput input(String id, String title, String text, String url, DedupDecision d) {
        Article a = new Article(id, title, text, DAY, url, null, "example.org", "en", null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), d);
    }

    private static ClusterInput input(String id, String title, String text, String url) {
        return input(id, title, text, url, DedupDecision.original(id));
    }

    @Test
    void thin_shortBodyOrTitleAgain_true() {
        assertThat(ArticleRep.thin("Page Not Found", "")).isTrue();
        assertThat(ArticleRep.thin("Man shot", "en")).isTrue();
        String longTitle = "Four workers hurt as fire sweeps through the Northfield grain depot on a Sunday morning, "
                + "depot manager says the blaze started in a drying tower and spread to the sheds beside it quickly";
        assertThat(ArticleRep.thin(longTitle, longTitle + " ")).isTrue();
        assertThat(ArticleRep.thin("Fire at the depot", FIRE)).isFalse();
    }

    @Test
    void represent_thinArticle_readsTheSlug() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        ArticleRep thin = c.represent(input("t", "Page Not Found", "",
                "https://news.example.org/2024/05/06/grain-depot-fire-injures-four-workers/"));
        ArticleRep full = c.represent(input("f", "Fire at the depot", FIRE,
                "https://news.example.org/2024/05/06/grain-depot-fire-injures-four-workers/"));
        assertThat(thin.thin()).isTrue();
        assertThat(words(c, thin.full())).contains("grain", "depot", "workers");
        assertThat(full.thin()).isFalse();
        assertThat(words(c, full.full())).doesNotContain("injures");
    }

    @Test
    void represent_boilerplatePage_titleAndSlugOnly() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        DedupDecision chrome = new DedupDecision("b", "b", "b", DuplicateKind.BOILERPLATE, 0, null);
        ArticleRep rep = c.represent(input("b", "Depot fire", "Subscribe now to read unlimited stories from our newsroom "
                + "and support local journalism in the valley for less than a dollar a week.",
                "https://news.example.org/local/grain-depot-fire-injures-four-workers/", chrome));
        assertThat(rep.titleOnly()).isTrue();
        assertThat(words(c, rep.full())).contains("grain", "workers").doesNotContain("subscribe", "journalism");
    }


    @Test
    void assign_articleLinkedToTwoIncidents_thinJoinsOneFullMerges() {
        String both = "Northfield grain depot fire Ostrava drying tower Mercy burns school bus icy road Dunmore Ridge Keating";
        for (boolean thin : new boolean[] {false, true}) {
            StandardClusterer c = new StandardClusterer(TestModels.cosineOnly());
            String fire = c.assign(input("f", "Fire at Northfield grain depot", FIRE, null)).incidentId();
            String bus = c.assign(input("s", "School bus slides off icy road", BUS, null)).incidentId();
            assertThat(bus).isNotEqualTo(fire);
            String text = thin ? "" : (both + ". ").repeat(4);
            Assignment x = c.assign(input("x", both, text, null));
            if (thin) {
                assertThat(x.merged()).isEmpty();
                assertThat(c.isOpen(fire) && c.isOpen(bus)).isTrue();
            } else {
                assertThat(x.merged()).hasSize(1);
            }
        }
    }

    private static java.util.List<String> words(StandardClusterer c, Terms.Vec v) {
        return java.util.Arrays.stream(v.ids()).mapToObj(c::word).toList();
    }
}
