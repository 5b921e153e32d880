package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/** The cues that tell a point of reference or the outlet's home from the incident's place. */
class PlaceCuesTest {
    private static final PlaceExtractor PLACES = Places.standard();

    private static Place incident(String title, String text) {
        List<Place> places = PLACES.extract(PlacesTest.doc(title, text));
        return PlacesTest.incident(places);
    }

    @Test
    void extract_suburbanBigCityInTitle_townNamedInTextWins() {
        Place p = incident("4 injured in suburban Denver hotel shooting",
                "Authorities say four people were shot during a party at a hotel in the Denver suburb of Wheat Ridge.");
        assertThat(p.name()).isEqualTo("Wheat Ridge");
        assertThat(p.admin1()).isEqualTo("Colorado");
    }

    @Test
    void extract_bigCitysSuburbs_townNamedInTextWins() {
        Place p = incident("3 people shot to death at home in Atlanta suburbs",
                "Police are searching for a gunman after finding three bodies in Atlanta's northeastern suburbs. Officers"
                + " responded to a home in Snellville after a 911 call.");
        assertThat(p.name()).isEqualTo("Snellville");
    }

    @Test
    void extract_outsideBigCity_staysThePlace() {
        Place p = incident("", "Four men were shot outside a Visalia sports bar early Sunday, police said.");
        assertThat(p.name()).isEqualTo("Visalia");
    }

    @Test
    void extract_titleEndingInCityAndState_isTheOutletNotTheIncident() {
        Place p = incident("Vigil held for slain girl | Dayton, OH",
                "Hundreds gathered in New Paris on Sunday for the girl who was shot in her home there, police said.");
        assertThat(p.name()).isEqualTo("New Paris");
        assertThat(p.admin1()).isEqualTo("Ohio");
    }

    @Test
    void outlet_stateNameInHost_votesForThatState() {
        Map<String, Double> votes = new HashMap<>();
        Doc doc = Doc.of(new Article("a1", "", "A boy was shot.", null, null, null, "nbcconnecticut.com", "en", null, "t", Map.of()));
        new RegionSignals(Gazetteer.standard()).outlet(doc, List.of(), votes);
        assertThat(votes).containsOnlyKeys("US.CT");
    }

    @Test
    void outlet_stateNameInsideLongerNames_noVote() {
        RegionSignals signals = new RegionSignals(Gazetteer.standard());
        for (String host : List.of("arkansasonline.com", "kansascity.com", "washingtonpost.com", "wvgazette.com")) {
            Map<String, Double> votes = new HashMap<>();
            Doc doc = Doc.of(new Article("a1", "", "A boy was shot.", null, null, null, host, "en", null, "t", Map.of()));
            signals.outlet(doc, List.of(), votes);
            assertThat(votes).as(host).doesNotContainKeys("US.KS", "US.WA");
        }
    }
}
