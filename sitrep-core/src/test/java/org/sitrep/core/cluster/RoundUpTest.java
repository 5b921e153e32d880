package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/** Round-ups (a story of several separate shootings) are recognised and never bridge two incidents into one. */
class RoundUpTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @Test
    void blocks_countsDifferentStreetsAfterBlockOf() {
        assertThat(RoundUp.blocks("He was shot in the 4300 block of South Rockwell and lived in the 4200 block of "
                + "South Fairfield. Police returned to the 4300 block of Rockwell later.")).isEqualTo(2);
        assertThat(RoundUp.blocks("a roadblock of sorts; the block of flats")).isZero();
        assertThat(RoundUp.blocks("in the 100 block of W. 105th Street")).isEqualTo(1);
    }

    @Test
    void of_oneShootingWithSceneAndHomeBlocks_false() {
        assertThat(RoundUp.of("A 22-year-old man was shot in the 700 block of Maple Avenue on Sunday. He lived in the "
                + "900 block of Birch Street. Police said a suspect fled in a blue sedan.")).isFalse();
        assertThat(RoundUp.of("")).isFalse();
        assertThat(RoundUp.of((String) null)).isFalse();
    }

    @Test
    void of_manyBlocksOrAMarker_true() {
        assertThat(RoundUp.of("A man was shot in the 100 block of Oak. A teen was hurt in the 200 block of Pine. Two "
                + "women were wounded in the 300 block of North Elm. A boy was shot in the 400 block of Cedar."))
                .isTrue();
        assertThat(RoundUp.of("A man was shot on Main Street on Friday. In a separate shooting, a woman was wounded "
                + "near the river.")).isTrue();
        assertThat(RoundUp.of("At least 20 people were wounded in weekend shootings, police said.")).isTrue();
    }

    @Test
    void of_markerInsideWordsOrCaseOrDottedCapital_asLowerCasedContains() {
        assertThat(RoundUp.of("Police reported three shootings within a separate shooting spree.")).isTrue();
        assertThat(RoundUp.of("WEEKEND SHOOTINGS LEFT FOUR HURT")).isTrue();
        assertThat(RoundUp.of("midweekend shootingsite")).isTrue();
        // String.toLowerCase writes U+0130 as "i" and a combining dot, so "\u0130n a separate" holds no marker
        assertThat(RoundUp.of("\u0130n a separate shooting")).isFalse();
        assertThat(RoundUp.of("\u0130n a separate shooting, in a separate shooting")).isTrue();
        assertThat(RoundUp.of("in a separate\nshooting; in  other shootings; weekend-shootings")).isFalse();
    }

    /** The first version of the marker test: the lower-cased text contains a marker. */
    private static boolean markedByContains(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String m : new String[] {"in a separate shooting", "in a separate incident", "in a separate attack",
            "in separate shootings", "in separate incidents", "in separate attacks", "in another shooting",
            "in other shootings", "in other attacks", "in other incidents", "separate shootings", "weekend shootings",
            "shootings across", "shootings throughout", "shootings since"}) {
            if (lower.contains(m)) return true;
        }
        return RoundUp.blocks(text) >= RoundUp.MIN_BLOCKS;
    }

    /** Random texts of the markers' words (seeded): the same answers as lower-casing the text and searching it. */
    @Test
    void of_randomTexts_sameAsLowerCasedContains() {
        String[] pieces = {"in", "In", "IN", "a", "A", "separate", "Separate", "another", "other", "shooting",
            "shootings", "Shootings", "incident", "incidents", "attack", "attacks", "weekend", "across", "throughout",
            "since", "with", "\u0130n", "x", "block of", "Oak", "Elm", "Pine", "Ash", "Fir"};
        String[] gaps = {" ", " ", " ", "", ".", ",", "  ", "\n", "-"};
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + r.nextInt(9);
            for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String t = sb.toString();
            assertThat(RoundUp.of(t)).as(t).isEqualTo(markedByContains(t));
        }
    }

    /** The same answers as lower-casing the text and searching it, on every dev article's text. */
    @Test
    void of_devArticles_sameAsLowerCasedContains() throws Exception {
        int n = 0;
        for (String file : java.util.List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            for (org.sitrep.core.eval.DevData.Item it : org.sitrep.core.eval.DevData.load(file)) {
                String text = it.article().text();
                if (text == null || text.isEmpty()) continue;
                boolean want = markedByContains(text);
                assertThat(RoundUp.of(text)).as(it.article().id()).isEqualTo(want);
                if (want) n++;
            }
        }
        assertThat(n).as("round-ups").isGreaterThan(10);
    }


    private static ClusterInput input(String id, String title, String text) {
        Article a = new Article(id, title, text, DAY, null, null, "example.org", "en", null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), DedupDecision.original(id));
    }

    @Test
    void assign_articleLinkedToTwoIncidents_roundUpJoinsOneReportMerges() {
        String a = "Gunman wounded Delmont Rivera outside the Harbor Lounge near the pier. Rivera was taken to Saint "
                + "Agnes Hospital. Detectives found shell casings by the Harbor Lounge.";
        String b = "A stray bullet struck Tamsin Okafor inside her kitchen on Larkspur Way. Okafor was treated at "
                + "Saint Agnes Hospital. Neighbours heard shots along Larkspur Way.";
        String both = "Delmont Rivera Harbor Lounge pier casings Tamsin Okafor kitchen Larkspur Way neighbours stray "
                + "bullet Saint Agnes Hospital";
        for (boolean roundUp : new boolean[] {false, true}) {
            StandardClusterer c = new StandardClusterer(TestModels.cosineOnly());
            String first = c.assign(input("a", "Man wounded outside Harbor Lounge", a)).incidentId();
            String second = c.assign(input("b", "Stray bullet hits woman at home", b)).incidentId();
            assertThat(second).isNotEqualTo(first);
            String text = (both + ". ").repeat(4) + (roundUp ? "In a separate shooting, police said." : "Police said.");
            ArticleRep rep = new StandardClusterer(TestModels.cosineOnly()).represent(input("x", both, text));
            assertThat(rep.roundUp()).isEqualTo(roundUp);
            Assignment x = c.assign(input("x", both, text));
            if (roundUp) {
                assertThat(x.merged()).isEmpty();
                assertThat(c.isOpen(first) && c.isOpen(second)).isTrue();
                assertThat(x.incidentId()).isIn(first, second);
            } else {
                assertThat(x.merged()).hasSize(1);
            }
        }
    }
}
