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
    void extract_saintsPossessiveBeforeAnInstitution_isNoPlace() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Teen dies after accidental shooting",
                "A teenager died after he was accidentally shot Saturday, deputies said. He was pronounced dead at St. Mary's"
                + " Hospital. Deputies in St. Mary's County are investigating."));
        assertThat(places).noneMatch(p -> p.name().equals("St. Mary")); // the hospital's saint, not the Jamaican parish
        assertThat(PlacesTest.incident(places).name()).isEqualTo("St. Mary's County"); // the county keeps its name
    }

    @Test
    void extract_compassNameAfterOn_isAStreetNotATown() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Boy wounded by accidental gunfire",
                "A 7-year-old boy was wounded when a gun went off in a south St. Louis apartment Tuesday night, police said."
                + " The boy was asleep in a second-floor apartment on South Grand. Nancy Miller, who lives next door, called 911."));
        assertThat(places).noneMatch(p -> p.name().equals("Grand")); // not Grand, France (near a "Nancy")
        assertThat(PlacesTest.incident(places).name()).isEqualTo("St. Louis");
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
    void extract_firstNameFollowedByAnAge_isAPersonNotATown() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Teen charged after girl shot",
                "Colton Conrad, 19, is accused of firing the shot. The girl was hit in the arm at a home on Elm Street."));
        assertThat(places).extracting(Place::name).doesNotContain("Colton");
        Place p = incident("Teen charged after girl shot",
                "Brandon Fryer, 24, of Tampa was charged on Monday. The girl was hit in the arm at a home on Elm Street.");
        assertThat(p.name()).isEqualTo("Tampa");
    }

    @Test
    void extract_townWithoutAnAge_isStillATown() {
        Place p = incident("Man shot in Colton", "A man was shot in Colton on Sunday, police said.");
        assertThat(p.name()).isEqualTo("Colton");
    }

    @Test
    void extract_abbreviatedCounty_isTheCounty() {
        Place p = incident("Boy, 11, hurt in shooting in Aiken Co. ruled accidental",
                "Deputies said the boy was hurt when a gun went off at a home on Sunday.");
        assertThat(p.name()).isEqualTo("Aiken County");
        assertThat(p.admin1()).isEqualTo("South Carolina");
    }

    @Test
    void extract_bigTownNameAfterAnAgeBeforeACapitalisedWord_isAPerson() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Teens charged in shooting death",
                "A 15-year-old boy was shot dead in Chicago on Sunday. An 18-year-old, Orlando Gonzalez, was charged with"
                + " unlawful use of a weapon, and a 17-year-old Brandon Hill was also charged."));
        assertThat(places).noneMatch(p -> p.name().equals("Orlando") || p.name().equals("Brandon"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Chicago");
    }

    @Test
    void extract_twoLoneNamesJoinedByAndAfterNear_areAnIntersection() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Boy, 4, wounded; father arrested",
                "Las Vegas police said the shooting was reported around 2:30 p.m. in the 4200 block of Studio Street, near"
                + " Craig and Lamb. Officers found the boy at Raines and Pace."));
        assertThat(places).noneMatch(p -> p.name().equals("Craig") || p.name().equals("Lamb") || p.name().equals("Pace"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Las Vegas");
    }

    @Test
    void extract_twoNamesBeforeAPluralStreetType_areStreets() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Two killed at birthday party in Kansas City",
                "Two people were killed in the shooting just after midnight Sunday near Thompson and Colorado avenues,"
                + " Kansas City police said."));
        assertThat(places).noneMatch(p -> p.name().equals("Thompson") || p.name().equals("Colorado"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Kansas City");
    }

    @Test
    void extract_datelineInCapitalsOfACamelCasedName_isThatPlace() {
        Place p = incident("3 people shot in county",
                "DEKALB COUNTY, Ga. - County police say one person died and at least three were hurt in a shooting.");
        assertThat(p.name()).isEqualTo("DeKalb County");
        assertThat(p.admin1()).isEqualTo("Georgia");
        assertThat(MentionFinder.camelCased("Mckeesport")).contains("McKeesport");
        assertThat(MentionFinder.camelCased("Denver")).containsExactly("DeNver"); // tried only when the name reads nothing
    }

    @Test
    void extract_datelineInCapitalsAfterALowerCasePrefix_isThatPlace() {
        Place p = incident("Man hurt in shooting", "McFARLAND, Calif. - A man was wounded by gunfire late Friday, officers said.");
        assertThat(p.name()).isEqualTo("McFarland");
        assertThat(p.admin1()).isEqualTo("California");
        p = incident("Woman shot outside store", "DeKALB, Ill. — A woman was shot in a parking lot on Sunday, police said.");
        assertThat(p.name()).isEqualTo("DeKalb");
        assertThat(p.admin1()).isEqualTo("Illinois");
        p = incident("Teen shot at party", "O'FALLON, Mo. — A teenager was shot at a house party overnight, police said.");
        assertThat(p.name()).isEqualTo("O'Fallon");
        assertThat(p.admin1()).isEqualTo("Missouri");
    }

    @Test
    void titleCaseName_capitalsWithAShortLowerCasePrefix_keepThePrefix() {
        assertThat(Places.titleCaseName("McFARLAND")).isEqualTo("McFarland");
        assertThat(Places.titleCaseName("MacDONALD COUNTY")).isEqualTo("MacDonald County");
        assertThat(Places.titleCaseName("ST. LOUIS")).isEqualTo("St. Louis");
        assertThat(Places.titleCaseName("McAllen")).isEqualTo("McAllen"); // written in title case already
        assertThat(Places.titleCaseName("St. LOUIS")).isEqualTo("St. LOUIS"); // "t." is not a prefix of capitals
    }

    @Test
    void extract_abbreviatedCountyDatelineWithState_isThatStatesCounty() {
        Place p = incident("Boy, 13, hurt by accidental gunshot",
                "FLOYD CO., Ind. – The Floyd County Sheriff's Department responded to a report of a boy who was shot in the chest.");
        assertThat(p.name()).isEqualTo("Floyd County");
        assertThat(p.admin1()).isEqualTo("Indiana"); // not the biggest Floyd County (Georgia)
        Place q = incident("Teen dies after accidental shooting",
                "Deputies said a teenager died on Saturday in Jackson Co., Fla., after a shotgun went off at a home.");
        assertThat(q.name()).isEqualTo("Jackson County");
        assertThat(q.admin1()).isEqualTo("Florida");
    }

    @Test
    void extract_crossStreetAfterAnAvenue_isNoTown() {
        List<Place> places = PLACES.extract(PlacesTest.doc("4 hurt in shooting",
                "The shooting happened Friday morning near Yosemite Avenue and Cleveland in Madera."));
        assertThat(places).extracting(Place::name).doesNotContain("Cleveland");
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Madera");
    }

    @Test
    void extract_townshipFollowedByItsState_isInThatState() {
        List<Place> places = PLACES.extract(PlacesTest.doc("",
                "Police are investigating a shooting at a party in Hamilton Township, New Jersey, that left a teen dead."));
        assertThat(PlacesTest.incident(places).admin1()).isEqualTo("New Jersey");
        assertThat(places).filteredOn(q -> q.name().equals("Hamilton")).allMatch(q -> "New Jersey".equals(q.admin1()));
    }

    @Test
    void agedName_nameThenAge_trueOtherwiseFalse() {
        assertThat(aged("Brandon Fryer, 24, was shot.")).isTrue();
        assertThat(aged("Logan Evan Hinrichs, 14, died.")).isTrue();
        assertThat(aged("Dayton Police, 2015 report.")).isFalse();
        assertThat(aged("Dayton Ohio was quiet.")).isFalse();
        assertThat(aged("Chicago Sunday, 3 people were shot.")).isFalse();
    }

    private static boolean aged(String text) {
        return MentionFinder.agedName(text, 1); // the words after the first
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

    @Test
    void extract_townNamedFirstOrLastNameOfAPerson_isNoPlace() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Man shot outside Fresno market",
                "A man was shot outside a market in Fresno on Friday night, police said. Don Tucker, 34, said he heard"
                + " five shots. Her neighbor Mary Pearsall said the street had been quiet."));
        assertThat(places).noneMatch(p -> p.name().equals("Tucker") || p.name().equals("Mary"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Fresno");
    }

    @Test
    void extract_firstNameOfAPersonAlone_isNoPlaceUnlessALocativeSaysSo() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Teen dies in accidental shooting",
                "Austin Reyfield, 18, was shot in a garage in Fresno on Sunday, police said. Friends said Austin had"
                + " handled the gun before. Austin's mother called 911."));
        assertThat(places).noneMatch(p -> p.name().equals("Austin"));
        assertThat(PlacesTest.incident(PLACES.extract(PlacesTest.doc("Man shot in Austin",
                "Austin Reyfield, 18, was shot on Sunday in Austin, police said."))).name()).isEqualTo("Austin");
    }

    @Test
    void extract_nameAfterBlockOf_isAStreetNotATown() {
        List<Place> places = PLACES.extract(PlacesTest.doc("Teen shot on patio",
                "A 16-year-old was shot on the back patio of a home in the 2100 block of Oxford early Sunday, Fresno"
                + " police said."));
        assertThat(places).noneMatch(p -> p.name().equals("Oxford"));
        assertThat(PlacesTest.incident(places).name()).isEqualTo("Fresno");
    }
}
