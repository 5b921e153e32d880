package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

class IncidentRankerTest {
    private static Doc doc(String title, String text, String url) {
        return Doc.of(new Article("a1", title, text, null, url, null, null, "en", null, "test", Map.of()));
    }

    @Test
    void inPath_wholeSlugWords_matches() {
        assertThat(IncidentRanker.inPath("/news/man-shot-in-east-palo-alto-friday", "East Palo Alto")).isTrue();
        assertThat(IncidentRanker.inPath("/news/2016/st-louis-shooting", "St. Louis")).isTrue();
    }

    @Test
    void inPath_partOfAWord_noMatch() {
        assertThat(IncidentRanker.inPath("/news/man-shot-in-paloma", "Palo")).isFalse();
        assertThat(IncidentRanker.inPath("/news/troyer-arrested", "Troy")).isFalse();
        assertThat(IncidentRanker.inPath("", "Troy")).isFalse();
    }

    @Test
    void weights_oneForEveryFeature() {
        assertThat(IncidentRanker.WEIGHTS).hasSize(IncidentRanker.NAMES.length);
        assertThat(IncidentRanker.WEIGHTS[0]).as("the heuristic's own pick counts for it").isPositive();
    }

    @Test
    void extract_townWhereTheShootingHappened_overResidenceTown() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man wounded in shooting",
                "A Dayton man was wounded Saturday night in a shooting in the 400 block of Main Street in Springfield, Ohio,"
                + " police said. Springfield police are investigating.", null)));
        assertThat(p.name()).isEqualTo("Springfield");
        assertThat(p.admin1()).isEqualTo("Ohio");
    }

    @Test
    void extract_loneTownNamedLikeOneElsewhereInAStoryNamingOneState_placedInThatState() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man shot at campsite",
                "A man was shot Sunday morning at a campsite in Ira. Vermont wardens are investigating the accident.", null)));
        assertThat(p.name()).isEqualTo("Ira");
        assertThat(p.admin1()).isEqualTo("Vermont");
    }

    @Test
    void extract_loneTownWithoutAnotherStateNamed_keepsItsReading() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man shot at campsite",
                "A man was shot Sunday morning at a campsite in Ira. Wardens are investigating the accident.", null)));
        assertThat(p.name()).isEqualTo("Ira");
        assertThat(p.gazetteerId()).isNotNull();
    }

    @Test
    void repeated_sentencePrintedTwiceInBody_markedBothTimes() {
        Doc d = doc("Man shot outside store",
                "Crews battled a warehouse fire on the east side Friday night.\n\nCrews battled a warehouse fire on the east side"
                + " Friday night.\n\nA man was shot Saturday outside a store, police said.", null);
        int firstBody = 1;
        java.util.BitSet r = IncidentRanker.repeated(d.sentences(), firstBody);
        assertThat(r.get(1)).isTrue();
        assertThat(r.get(2)).isTrue();
        assertThat(r.get(3)).as("the story's own sentence").isFalse();
    }

    @Test
    void repeated_playlistLine_marked() {
        Doc d = doc("Man shot outside store", "1:12 Mayor opens new library branch downtown Pause\n\nA man was shot Saturday outside a store.", null);
        java.util.BitSet r = IncidentRanker.repeated(d.sentences(), 1);
        assertThat(r.get(1)).isTrue();
        assertThat(r.get(2)).isFalse();
    }

    @Test
    void repeated_shortLinesAndTitleCopy_notMarked() {
        Doc d = doc("Man shot outside store", "Man shot outside store\n\nShare this\n\nShare this\n\nA man was shot Saturday.", null);
        assertThat(IncidentRanker.repeated(d.sentences(), 1).isEmpty()).isTrue();
    }

    @Test
    void lead_teasersBeforeTheStory_notInTheLead() {
        // title sentence 0, body from sentence 1, teasers 1-2, story from sentence 3
        assertThat(Group.lead(0, 1, 3)).as("the title").isTrue();
        assertThat(Group.lead(1, 1, 3)).as("a teaser").isFalse();
        assertThat(Group.lead(3, 1, 3)).isTrue();
        assertThat(Group.lead(4, 1, 3)).isTrue();
        assertThat(Group.lead(5, 1, 3)).isFalse();
        assertThat(Group.lead(2, 1, 1)).as("no teasers: the body's first two sentences").isTrue();
        assertThat(Group.lead(-1, 1, 1)).isFalse();
    }

    @Test
    void extract_storyAfterTeasersPrintedTwice_placeOfTheStoryNotOfTheTeasers() {
        String teasers = "Fire crews battled a blaze at a warehouse in Dayton on Friday night, officials said.\n\n"
                + "Fire crews battled a blaze at a warehouse in Dayton on Friday night, officials said.\n\n"
                + "Council members in Dayton approved a new budget for the parks department on Monday.\n\n"
                + "Council members in Dayton approved a new budget for the parks department on Monday.\n\n";
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man shot outside store",
                teasers + "A man was shot and wounded Saturday outside a store in Xenia, police said. He is expected to survive.", null)));
        assertThat(p.name()).isEqualTo("Xenia");
    }
}
