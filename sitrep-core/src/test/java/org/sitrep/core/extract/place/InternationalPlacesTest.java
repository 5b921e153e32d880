package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.model.Place;

/**
 * Places in international news (invented sentences): first names that are also towns, continents, "X in northern
 * Country", and outlets named after a country. See EcbplusFactsMeasureTest for the measure over real articles.
 */
class InternationalPlacesTest {
    private static final PlaceExtractor PLACES = Places.standard();

    @Test
    void extract_firstNameBeforeASurnameWrittenAlone_isNoTown() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "Wladimir Klitschko kept his titles in Hamburg on Saturday. The champion said Klitschko would fight again."));
        assertThat(places).noneMatch(p -> p.name().equals("Vladimir"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Hamburg");
    }

    @Test
    void extract_surnameAfterATitle_makesTheNameBeforeItAFirstName() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "Duncan Raite fell from a ridge near Twizel on Friday. Police said Mr Raite was an experienced climber."));
        assertThat(places).noneMatch(p -> p.name().equals("Duncan"));
    }

    @Test
    void extract_townBeforeANameNotWrittenAlone_staysATown() {
        // "Gastonia Police" and "the Hollywood Hills": no surname follows, the town stays
        Place p = PlacesTest.incident(PLACES.extract(PlacesTest.doc("",
                "Two officers were shot in Gastonia on Monday. Gastonia Police said the suspect was arrested.")));
        assertThat(p.name()).isEqualTo("Gastonia");
        Place q = PlacesTest.incident(PLACES.extract(PlacesTest.doc("",
                "Three people were shot in Pittsburgh's Homewood neighborhood. The Homewood shooting is under investigation.")));
        assertThat(q.name()).isEqualTo("Pittsburgh"); // a possessive city before a neighbourhood is no first name
    }

    @Test
    void extract_continent_isNoTown() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "Internet links between Europe and South Asia were cut after undersea cables failed off Alexandria, Egypt."));
        assertThat(places).noneMatch(p -> p.name().equals("Asia"));
        assertThat(PlacesTest.incident(places).country()).isEqualTo("EG");
    }

    @Test
    void extract_townInNorthernCountry_isReadInThatCountry() {
        Place p = PlacesTest.incident(PLACES.extract(PlacesTest.doc("",
                "The damaged cables run from Alexandria in northern Egypt to Sicily.")));
        assertThat(p.name()).isEqualTo("Alexandria");
        assertThat(p.country()).isEqualTo("EG"); // not Alexandria, Virginia
    }

    @Test
    void hostCountry_hostNamedAfterACountry_votesForThatCountry() {
        RegionSignals signals = new RegionSignals(Gazetteer.standard());
        Map<String, Double> votes = new HashMap<>();
        signals.hostCountry(RegionSignalsTest.doc("t", "x", "https://www.egyptindependent.com/news/cables"), votes);
        assertThat(votes).containsOnlyKeys("EG");
        assertThat(signals.hostCountryName("indianapolisnews.com")).isNull(); // a longer town name shadows "india"
        assertThat(signals.hostCountryName("georgiatimes.com")).isNull(); // also a US state
        assertThat(signals.hostAreas("egyptindependent.com")).isEmpty(); // no Egypt, Alabama
    }

    @Test
    void extract_outletNamedAfterACountry_townsReadInThatCountry() {
        List<Place> places = PLACES.extract(RegionSignalsTest.doc("",
                "Officials said the cable passes through Egypt. Traffic was restored in Alexandria on Sunday.",
                "https://www.egyptindependent.com/news/cable-cuts"));
        assertThat(places).allMatch(p -> "EG".equals(p.country()));
    }
}
