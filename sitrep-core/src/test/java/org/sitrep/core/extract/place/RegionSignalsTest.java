package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

class RegionSignalsTest {
    private static final RegionSignals SIGNALS = new RegionSignals(Gazetteer.standard());

    static Doc doc(String title, String text, String url) {
        return Doc.of(new Article("a1", title, text, null, url, null, null, "en", null, "test", Map.of()));
    }

    @Test
    void titleOutlet_stateCodeAfterCity_votesForThatState() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.titleOutlet("Man hurt in shooting - WXYZ-TV: News, Weather and Sports for Huntsville, AL", votes);
        assertThat(votes).containsOnlyKeys("US.AL");
    }

    @Test
    void titleOutlet_stateNameInOutlet_votesForThatState() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.titleOutlet("Boy shot at home - KXYZ News, South Georgia Weather", votes);
        assertThat(votes).containsOnlyKeys("US.GA");
    }

    @Test
    void titleOutlet_noOutletPart_noVote() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.titleOutlet("Two hurt in shooting in Dover, DE", votes);
        assertThat(votes).isEmpty();
    }

    @Test
    void pathCounties_countySlug_votesForStatesWithThatCounty() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.pathCounties("http://example.com/news/onslow-county-man-charged/123", votes);
        assertThat(votes).containsOnlyKeys("US.NC");
    }

    @Test
    void outlet_stateNameAfterCompassWordInHost_votesForThatState() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.outlet(doc("Man shot", "A man was shot.", "http://www.northwestgeorgiadaily.com/news/story-1"), List.of(), votes);
        assertThat(votes).containsKey("US.GA");
    }

    @Test
    void outlet_stateNameInsideLongerStateNameInHost_votesForTheLongerOnly() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.outlet(doc("Man shot", "A man was shot.", "http://www.westvirginiadaily.com/news/story-1"), List.of(), votes);
        SIGNALS.outlet(doc("Man shot", "A man was shot.", "http://www.arkansasdaily.com/news/story-1"), List.of(), votes);
        assertThat(votes).containsKeys("US.WV", "US.AR").doesNotContainKeys("US.VA", "US.KS");
    }

    @Test
    void areaCodes_phoneNumbers_voteForTheirState() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.areaCodes("Call Crime Stoppers at (615) 555-0100 or 1-800-555-0199.", votes);
        assertThat(votes).containsOnlyKeys("US.TN");
    }

    @Test
    void areaCodes_zipCodeAfterStateCode_votesForThatState() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.areaCodes("Send cards to 100 Main St., Springfield, IL 62701, or call (217)555-0100.", votes);
        assertThat(votes).containsOnlyKeys("US.IL");
    }

    @Test
    void stateNames_startOfCityName_noVote() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.stateNames("Kansas City police responded to the call.", List.of(), votes);
        assertThat(votes).isEmpty();
    }

    @Test
    void areaCodes_notPhoneNumbers_noVote() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.areaCodes("The budget grew from 2015 to 2016 by 615 dollars; case 2016-615-1234567.", votes);
        assertThat(votes).isEmpty();
    }

    @Test
    void stateNames_insideInstitutionName_votesForState() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.stateNames("Troopers with the Missouri State Highway Patrol responded.", List.of(), votes);
        assertThat(votes).containsOnlyKeys("US.MO");
    }

    @Test
    void extract_ambiguousTownWithLocalAreaCode_picksTheTownInThatState() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man charged after child shoots himself",
                "A Jacksonville man was charged Tuesday after his son found a loaded gun, police said."
                + " Anyone with information can call detectives at 910-555-0142.", null)));
        assertThat(p.name()).isEqualTo("Jacksonville");
        assertThat(p.admin1()).isEqualTo("North Carolina");
    }

    @Test
    void extract_ambiguousTownWithoutSignals_picksTheLargestReading() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man charged after child shoots himself",
                "A Jacksonville man was charged Tuesday after his son found a loaded gun, police said.", null)));
        assertThat(p.admin1()).isEqualTo("Florida");
    }

    @Test
    void extract_neighbourhoodNamedLikeTownElsewhere_outletCityWins() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Two wounded in Austin shooting - Chicago Daily News",
                "Two men were wounded in a shooting in Austin late Saturday. Chicago police said no one is in custody.",
                "https://chicago.example.com/news/two-wounded-in-austin-shooting")));
        assertThat(p.admin1()).isEqualTo("Illinois");
    }

    @Test
    void extract_smallTownInsideBigNamedCity_resolvesToTheCity() {
        Place p = PlacesTest.incident(Places.standard().extract(doc("Man shot in Flatbush",
                "A man was shot in Flatbush early Sunday, New York City police said. He was taken to a Brooklyn hospital.", null)));
        assertThat(p.name()).isIn("New York City", "New York", "Brooklyn");
    }

    @Test
    void hostCountry_countryCodeDomain_votesForThatCountry() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.hostCountry(doc("t", "x", "https://news.example.co.uk/story"), votes);
        assertThat(votes).containsOnlyKeys("GB");
    }

    @Test
    void hostCountry_genericDomainInEnglish_leansToUs() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.hostCountry(doc("t", "x", "https://www.example.com/story"), votes);
        assertThat(votes).containsOnlyKeys("US");
        Map<String, Double> tv = new HashMap<>();
        SIGNALS.hostCountry(doc("t", "x", "https://example.tv/story"), tv);
        assertThat(tv).isEmpty();
    }

    @Test
    void callSign_westernStation_votesForStatesWestOfTheMississippiOnly() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.callSign("kxyz.com", votes);
        assertThat(votes).containsKeys("US.TX", "US.CA", "US.MO").doesNotContainKeys("US.GA", "US.NY", "US.LA", "US.MN");
    }

    @Test
    void callSign_easternTelevisionHost_votesForEasternStates() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.callSign("wxyztv.com", votes);
        assertThat(votes).containsKeys("US.GA", "US.MS", "US.NY").doesNotContainKeys("US.TX", "US.CA");
    }

    @Test
    void callSign_otherHosts_noVote() {
        Map<String, Double> votes = new HashMap<>();
        SIGNALS.callSign("kansascitystar.com", votes);
        SIGNALS.callSign("example.com", votes);
        SIGNALS.callSign("wxyz.co.uk", votes);
        assertThat(votes).isEmpty();
    }

    @Test
    void extract_ambiguousTownFromEasternStation_picksTheEasternReading() {
        Place west = PlacesTest.incident(Places.standard().extract(doc("Child shot at apartment complex",
                "Meridian police are investigating a shooting overnight at an apartment complex where a child was shot.",
                "https://www.kxyz.com/story/child-shot")));
        Place east = PlacesTest.incident(Places.standard().extract(doc("Child shot at apartment complex",
                "Meridian police are investigating a shooting overnight at an apartment complex where a child was shot.",
                "https://www.wxyz.com/story/child-shot")));
        assertThat(west.admin1()).isEqualTo("Idaho");
        assertThat(east.admin1()).isEqualTo("Mississippi");
    }

    @Test
    void hostCity_hostSpellingOutABigCity_isThatCity() {
        Gazetteer g = Gazetteer.standard();
        int la = SIGNALS.hostCity("nbclosangeles.com");
        assertThat(la).isNotNegative();
        assertThat(g.entry(la).name()).isEqualTo("Los Angeles");
        assertThat(g.entry(la).admin1()).isEqualTo("California");
        assertThat(g.entry(SIGNALS.hostCity("pittsburgh.cbslocal.com")).name()).isEqualTo("Pittsburgh");
    }

    @Test
    void hostCity_fourLetterCityAmongCommonWords_isThatCity() {
        Gazetteer g = Gazetteer.standard();
        int reno = SIGNALS.hostCity("renotimes.com");
        assertThat(reno).isNotNegative();
        assertThat(g.entry(reno).admin1()).isEqualTo("Nevada");
        assertThat(SIGNALS.hostCity("kentuckytrib.com")).isEqualTo(-1); // "kent" inside "kentucky" is chance
        assertThat(SIGNALS.wordsOnly("timesnews")).isTrue();
        assertThat(SIGNALS.wordsOnly("ucky")).isFalse();
        assertThat(SIGNALS.wordsOnly("")).isTrue();
    }

    @Test
    void hostCity_ambiguousOrShadowedOrNoCity_none() {
        assertThat(SIGNALS.hostCity("columbian.com")).isEqualTo(-1); // Columbia, South Carolina or Missouri
        assertThat(SIGNALS.hostCity("trentonian.com")).isEqualTo(-1); // Trenton is ambiguous, and no Renton
        assertThat(SIGNALS.hostCity("huffingtonpost.com")).isEqualTo(-1);
    }

    @Test
    void extract_townOnAHostNamingOneOfTwoStates_picksTheReadingInThem() {
        String title = "Man shot in Conway";
        String text = "A man was shot in Conway early Saturday, police said.";
        Place carolina = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.carolinaxyz.com/story/1")));
        assertThat(carolina.admin1()).isEqualTo("South Carolina");
        Place elsewhere = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.example.com/story/1")));
        assertThat(elsewhere.admin1()).isEqualTo("Arkansas"); // the largest Conway when nothing tells
    }

    @Test
    void extract_loneFarTownOnAnAmbiguousBigCityHost_isTheBiggerCitysNeighbourhood() {
        // "kansascity...": Kansas City, Missouri or Kansas, so no host city; the bigger one still stands for a lone
        // far-away town that is most likely its neighbourhood
        String title = "Four shot during gunbattle in Westport";
        String text = "Four people were shot in Westport early Sunday, police said.";
        Place local = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.kansascityxyz.com/news/local/article1.html")));
        assertThat(local.name()).isEqualTo("Kansas City");
        assertThat(local.admin1()).isEqualTo("Missouri");
        Place elsewhere = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.example.com/news/local/article1.html")));
        assertThat(elsewhere.name()).isEqualTo("Westport");
        assertThat(elsewhere.admin1()).isEqualTo("Connecticut");
    }

    @Test
    void hostAreas_smallOrAmbiguousHostTown_allItsReadings() {
        Gazetteer g = Gazetteer.standard();
        int[] salina = SIGNALS.hostAreas("salina.com");
        assertThat(salina).isNotEmpty();
        assertThat(java.util.Arrays.stream(salina).mapToObj(r -> g.entry(r).admin1())).contains("Kansas", "Utah");
        assertThat(SIGNALS.hostAreas("huffingtonpost.com")).isEmpty();
    }

    @Test
    void extract_ambiguousTownFromOutletNamedAfterSmallTown_picksTheReadingNearIt() {
        String title = "Man hurt in Abilene shooting";
        String text = "A man was hurt in a shooting in Abilene early Saturday, police said.";
        Place near = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.salina.com/news/abilene-shooting")));
        assertThat(near.name()).isEqualTo("Abilene");
        assertThat(near.admin1()).isEqualTo("Kansas"); // 40 km from Salina, Kansas
        Place elsewhere = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.example.com/news/abilene-shooting")));
        assertThat(elsewhere.admin1()).isEqualTo("Texas");
    }

    @Test
    void extract_ambiguousTownFromOutletNamedAfterNearbyCity_picksTheNearbyReading() {
        String title = "3 killed, 2 hurt in Pasadena shooting";
        String text = "Three people were killed and two others hurt in a shooting in Pasadena early Saturday, police said.";
        Place local = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.nbclosangeles.com/news/local/pasadena-shooting")));
        assertThat(local.name()).isEqualTo("Pasadena");
        assertThat(local.admin1()).isEqualTo("California");
        Place elsewhere = PlacesTest.incident(Places.standard().extract(doc(title, text, "https://www.example.com/news/pasadena-shooting")));
        assertThat(elsewhere.admin1()).isEqualTo("Texas"); // the larger reading when nothing tells
    }
}
