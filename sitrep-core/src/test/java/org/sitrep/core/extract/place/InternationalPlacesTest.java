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
    void extract_surnameWithAMiddleInitialOrInThePossessive_isNoTown() {
        // "Marcus T. Lott" and "Marcus Lott's": the surname said alone later is the person, not the Texas town
        List<Place> initial = PLACES.extract(PlacesTest.doc("", "Police arrested Marcus T. Lott after a shooting in Abilene, Texas."
                + " Lott faces a charge of aggravated assault."));
        assertThat(initial).noneMatch(p -> p.name().equals("Lott"));
        assertThat(PlacesTest.incident(initial).name()).isEqualTo("Abilene");
        List<Place> possessive = PLACES.extract(PlacesTest.doc("Lott pleads not guilty", "According to Marcus Lott’s lawyer,"
                + " Lott was at home in Abilene, Texas when the shots were fired."));
        assertThat(possessive).noneMatch(p -> p.name().equals("Lott"));
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
    void extract_surnameAfterAFirstNameThatIsATinyRegion_isNoTown() {
        // "Paul" is also a small first-level region (Cape Verde): before "Ferguson" it is still a first name
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "The flaw is serious, said security researcher Paul Ferguson."));
        assertThat(places).noneMatch(p -> p.name().equals("Ferguson"));
    }

    @Test
    void extract_birthplaceOrHomeTown_isNotTheScene() {
        // the birthplace and the home town are named first and with "in"; the town of the fall is the scene
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "A climber who was born in Brisbane and raised in Perth died after a fall in Cairns on Friday."));
        assertThat(places).as(places.toString()).filteredOn(x -> x.role() == Place.Role.INCIDENT).first()
                .extracting(Place::name).isEqualTo("Cairns");
        Place q = PlacesTest.incident(PLACES.extract(PlacesTest.doc("",
                "The singer, who grew up in Glasgow, died on Sunday at a hospital in Lisbon.")));
        assertThat(q.name()).isEqualTo("Lisbon");
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
        assertThat(signals.hostCountryName("cubanewsdaily.com")).isEqualTo("CU"); // four letters among common words
        assertThat(signals.hostAreas("egyptindependent.com")).isEmpty(); // no Egypt, Alabama
    }

    @Test
    void extract_outletNamedAfterACountry_townsReadInThatCountry() {
        List<Place> places = PLACES.extract(RegionSignalsTest.doc("",
                "Officials said the cable passes through Egypt. Traffic was restored in Alexandria on Sunday.",
                "https://www.egyptindependent.com/news/cable-cuts"));
        assertThat(places).allMatch(p -> "EG".equals(p.country()));
    }

    @Test
    void extract_shipNamedAfterATown_isNoPlace() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "The destroyer INS Mysore answered a distress call near Aden on Saturday. Commandos from the Mysore"
                        + " boarded two skiffs, and the navy ship Tabar searched the area."));
        assertThat(places).noneMatch(p -> p.name().equals("Mysore"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Aden");
    }

    @Test
    void extract_townBeforeATeamNicknameInSportsNews_isNoPlace() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "San Diego Chargers receiver Tom Vance was arrested on suspicion of drunk driving, days before the"
                        + " playoffs. The coach said the team would wait for the facts. The arrest was made in Coronado."));
        assertThat(places).noneMatch(p -> p.name().equals("San Diego"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Coronado");
    }

    @Test
    void extract_townBeforeAPluralWordOutsideSportsNews_staysATown() {
        Place p = PlacesTest.incident(PLACES.extract(PlacesTest.doc("",
                "Two men were shot in Dallas on Friday night. Dallas Firefighters treated the wounded.")));
        assertThat(p.name()).isEqualTo("Dallas");
    }

    @Test
    void extract_smallTownAloneInAnUnnamedCountry_isDroppedInAForeignStory() {
        // "Sadat" is also a village in India; nothing else in the story is Indian
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "Internet traffic slowed in Cairo and Alexandria on Tuesday after a fiber cable was damaged on its way to"
                        + " Sadat City, Egypt's telecom regulator said."));
        assertThat(places).noneMatch(p -> "IN".equals(p.country()));
        assertThat(PlacesTest.incident(places).country()).isEqualTo("EG");
    }

    @Test
    void extract_listOfTeamCities_secondItemIsNoRegionOfTheFirst() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "He also played for San Antonio, New York, Atlanta and Boston before he retired."));
        assertThat(places).filteredOn(p -> p.name().equals("San Antonio")).extracting(Place::admin1).containsOnly("Texas");
    }

    @Test
    void extract_tokenisedCommaBeforeTheState_stillQualifies() {
        Place p = PlacesTest.incident(PLACES.extract(PlacesTest.doc("",
                "The actress died on Thursday in Beverly Hills , California , her agent said.")));
        assertThat(p.name()).isEqualTo("Beverly Hills");
        assertThat(p.admin1()).isEqualTo("California");
    }

    @Test
    void enclosingCity_districtOfAMetropolis_isTheMetropolisNotACloserSmallerCity() {
        Gazetteer gaz = Gazetteer.standard();
        int hollywood = java.util.Arrays.stream(gaz.lookup("Hollywood"))
                .filter(r -> "PPLX".equals(gaz.featureCode(r)) && gaz.entry(r).admin1().equals("California")).findFirst().orElseThrow();
        assertThat(gaz.entry(gaz.enclosingCity(hollywood, 20, 100_000)).name()).isEqualTo("Los Angeles");
    }

    @Test
    void extract_midSizedTownBeforeACapitalisedWordWithoutLocative_isAFirstName() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "The champion kept his belts in Hamburg. He has lost twice since knocking out Lennox Lewis in 2001."));
        assertThat(places).noneMatch(p -> p.name().equals("Lennox"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Hamburg");
        Place p = PlacesTest.incident(PLACES.extract(PlacesTest.doc("", "Two men were shot in Lennox Tuesday night.")));
        assertThat(p.name()).isEqualTo("Lennox"); // after "in" the town stays
    }

    @Test
    void extract_tokenisedAgeBeforeAName_isAPerson() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "Two climbers died in New Zealand . On Friday , 36 - year - old Duncan Raite fell from a ridge ."));
        assertThat(places).noneMatch(p -> p.name().equals("Duncan"));
    }
}
