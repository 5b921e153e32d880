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
}
