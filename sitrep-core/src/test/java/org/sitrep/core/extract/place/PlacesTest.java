package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

class PlacesTest {
    private static final PlaceExtractor PLACES = Places.standard();

    static Doc doc(String title, String text) {
        return Doc.of(new Article("a1", title, text, null, null, null, null, "en", null, "test", Map.of()));
    }

    static Place incident(List<Place> places) {
        return places.stream().filter(p -> p.role() == Place.Role.INCIDENT).findFirst().orElseThrow();
    }

    @Test
    void extract_datelineWithApStateAbbreviation_resolvesCityInThatState() {
        List<Place> places = PLACES.extract(doc("", "SPRINGFIELD, Ill. (AP) — Two men were wounded in a shooting outside"
                + " a store late Friday, police said."));
        Place p = incident(places);
        assertThat(p.name()).isEqualTo("Springfield");
        assertThat(p.admin1()).isEqualTo("Illinois");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.gazetteerId()).startsWith("geonames:");
    }

    @Test
    void extract_datelineTownTheGazetteerLacks_isTheIncidentInTheNamedState() {
        List<Place> places = PLACES.extract(doc("", "QUILLMONT, Mo. (AP) — Two men were wounded in a shooting outside a store"
                + " late Friday, police in St. Louis said."));
        Place p = incident(places);
        assertThat(p.name()).isEqualTo("Quillmont");
        assertThat(p.admin1()).isEqualTo("Missouri");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.gazetteerId()).isNull();
        assertThat(p.lat()).isNull();
        assertThat(p.evidence().start()).isZero();
        assertThat(places).anyMatch(x -> x.name().equals("St. Louis") && x.role() == Place.Role.MENTIONED);
    }

    @Test
    void isNameOf_gazetteerNamesAndCountryAliases_butNotAnotherPlacesName() {
        Place kyiv = incident(PLACES.extract(doc("", "A missile struck an apartment block in Kyiv on Tuesday, officials said.")));
        assertThat(Places.isNameOf("Kyiv", kyiv)).isTrue();
        assertThat(Places.isNameOf("Kiev", kyiv)).isTrue();
        assertThat(Places.isNameOf("Kharkiv", kyiv)).isFalse();
        Place us = PLACES.extract(doc("", "Officials in the U.S. said on Monday that the talks would go on.")).stream()
                .filter(p -> p.name().equals(p.country()) || "US".equals(p.country()) && p.admin1() == null).findFirst().orElseThrow();
        assertThat(Places.isNameOf("U.S.", us)).isTrue();
        assertThat(Places.isNameOf("America", us)).isTrue();
        assertThat(Places.isNameOf("Britain", us)).isFalse();
        Place unlisted = new Place("Quillmont", "Missouri", "US", null, null, null, Place.Role.INCIDENT,
                org.sitrep.model.Evidence.of("a1", 0, 9, "Quillmont"), 0.5);
        assertThat(Places.isNameOf("Quillmont", unlisted)).isFalse();
    }

    @Test
    void isNameOf_anotherTownsOwnName_isNot() {
        // an alternate name the gazetteer gives a city that is first the own name of another town of the country
        Gazetteer g = Gazetteer.standard();
        Place city = incident(PLACES.extract(doc("", "GLENDALE, Calif. (AP) — A man was shot outside a store on Friday.")));
        boolean alternate = java.util.Arrays.stream(g.lookup("Mason")).anyMatch(i -> g.entry(i).id().equals(city.gazetteerId()));
        boolean town = java.util.Arrays.stream(g.lookup("Mason")).anyMatch(i -> g.entry(i).name().equals("Mason")
                && g.entry(i).country().equals("US") && g.entry(i).kind() == GazetteerEntry.Kind.PLACE);
        assertThat(alternate && town).as("the gazetteer lists Mason for Glendale and a town named Mason").isTrue();
        assertThat(Places.isNameOf("Mason", city)).isFalse();
    }

    @Test
    void regionOf_unlistedDatelineTown_isItsStateWithTheStatesCentre() {
        Place town = incident(PLACES.extract(doc("", "QUILLMONT, Mo. (AP) — Two men were wounded in a shooting late Friday.")));
        GazetteerEntry region = Places.regionOf(town).orElseThrow();
        assertThat(region.kind()).isEqualTo(GazetteerEntry.Kind.ADMIN1);
        assertThat(region.name()).isEqualTo("Missouri");
        // Missouri's centre lies between 36 and 41 N, 89 and 96 W
        assertThat(region.lat()).isBetween(36.0, 41.0);
        assertThat(region.lon()).isBetween(-96.0, -89.0);
    }

    @Test
    void regionOf_placeWithoutRegionOrWithAnUnknownOne_isEmpty() {
        Place none = new Place("Somewhere", null, "US", null, null, null, Place.Role.INCIDENT,
                org.sitrep.model.Evidence.of("a1", 0, 9, "Somewhere"), 0.5);
        assertThat(Places.regionOf(none)).isEmpty();
        Place wrongCountry = new Place("Somewhere", "Missouri", "FR", null, null, null, Place.Role.INCIDENT,
                org.sitrep.model.Evidence.of("a1", 0, 9, "Somewhere"), 0.5);
        assertThat(Places.regionOf(wrongCountry)).isEmpty();
    }

    @Test
    void extract_datelineTownKnownOnlyInOtherStates_keepsTheDatelineState() {
        // the gazetteer knows Tulia only in Texas: the dateline's Arkansas wins over the Texan reading of a later "Tulia"
        Place p = incident(PLACES.extract(doc("", "TULIA, Ark. — A woman was shot at a gas station on Sunday. Tulia police"
                + " are investigating.")));
        assertThat(p.name()).isEqualTo("Tulia");
        assertThat(p.admin1()).isEqualTo("Arkansas");
    }

    @Test
    void extract_datelineTownOneLetterOffATownOfItsState_isNotTakenForAnUnlistedTown() {
        List<Place> places = PLACES.extract(doc("", "TULAI, Texas — A woman was shot at a gas station on Sunday in Amarillo."));
        assertThat(places).noneMatch(x -> x.name().equals("Tulai"));
    }

    @Test
    void extract_datelineTownshipOrBigCityWithAnotherState_isNotTakenForAnUnlistedTown() {
        assertThat(PLACES.extract(doc("", "QUILLMONT TOWNSHIP, Mich. — A man was shot on Sunday near Lansing.")))
                .noneMatch(x -> x.name().startsWith("Quillmont"));
        assertThat(PLACES.extract(doc("", "DALLAS, Okla. — A man was shot on Sunday, police said.")))
                .noneMatch(x -> x.gazetteerId() == null);
    }

    @Test
    void extract_datelineWithTheMunicipalitysFormalName_readsTheTown() {
        Place p = incident(PLACES.extract(doc("", "TOWN OF TULIA, Texas — A woman was shot at a gas station on Sunday.")));
        assertThat(p.name()).isEqualTo("Tulia");
        assertThat(p.admin1()).isEqualTo("Texas");
        p = incident(PLACES.extract(doc("", "TOWN OF QUILLMONT, N.Y. — A hunter was found dead on Sunday.")));
        assertThat(p.name()).isEqualTo("Quillmont");
        assertThat(p.admin1()).isEqualTo("New York");
    }

    @Test
    void extract_datelineTownListedInItsState_resolvesAsBefore() {
        Place p = incident(PLACES.extract(doc("", "TULIA, Texas — A woman was shot at a gas station on Sunday.")));
        assertThat(p.name()).isEqualTo("Tulia");
        assertThat(p.admin1()).isEqualTo("Texas");
        assertThat(p.gazetteerId()).startsWith("geonames");
    }

    @Test
    void extract_cityQualifiedByState_prefersTheQualifiedReading() {
        Place p = incident(PLACES.extract(doc("", "Two people were killed in a shooting in Paris, Texas, on Saturday night.")));
        assertThat(p.name()).isEqualTo("Paris");
        assertThat(p.admin1()).isEqualTo("Texas");
        assertThat(p.lat()).isBetween(33.0, 34.0);
    }

    @Test
    void extract_townAndTheCountyAroundIt_bothReadInTheStateWhereOneHoldsTheOther() {
        // Franklin alone is Franklin, Tennessee (the most populous); Johnson County also lies in Tennessee, but only
        // Indiana has a Franklin inside its Johnson County
        List<Place> places = PLACES.extract(doc("", "Johnson County deputies said a man was shot late Monday at a home in"
                + " Franklin. Franklin police are investigating."));
        Place p = incident(places);
        assertThat(p.name()).isEqualTo("Franklin");
        assertThat(p.admin1()).isEqualTo("Indiana");
        assertThat(places).anyMatch(x -> x.name().equals("Johnson County") && "Indiana".equals(x.admin1()));
    }

    @Test
    void extract_nameWrittenWithACurlyApostrophe_readsLikeTheStraightOne() {
        Place p = incident(PLACES.extract(doc("O\u2019Fallon man hurt in shooting",
                "A man was wounded in a shooting in O\u2019Fallon, Ill., on Sunday night, police said.")));
        assertThat(p.name()).isEqualTo("O'Fallon");
        assertThat(p.admin1()).isEqualTo("Illinois");
        assertThat(p.evidence().sentence()).contains("O\u2019Fallon");
    }

    @Test
    void extract_unqualifiedCity_prefersLargerReading() {
        Place p = incident(PLACES.extract(doc("", "A gunman opened fire in Paris on Friday evening, officials said.")));
        assertThat(p.country()).isEqualTo("FR");
    }

    @Test
    void extract_capitalThatSpeaks_isOnlyMentioned() {
        List<Place> places = PLACES.extract(doc("Missile hits apartment block",
                "A Russian missile struck an apartment building in central Kramatorsk on Tuesday, killing one person,"
                + " in the eastern Donetsk region. Kyiv said the attack was deliberate. Moscow denied targeting civilians."));
        Place p = incident(places);
        assertThat(p.name()).isEqualTo("Kramatorsk");
        assertThat(p.admin1()).isEqualTo("Donetsk Oblast");
        assertThat(p.country()).isEqualTo("UA");
        assertThat(places).extracting(Place::name).contains("Kyiv");
        assertThat(places.stream().filter(x -> x.name().equals("Kyiv")).findFirst().orElseThrow().role())
                .isEqualTo(Place.Role.MENTIONED);
    }

    @Test
    void extract_oblastNamedAsRegion_resolvesToOblast() {
        List<Place> places = PLACES.extract(doc("", "Shelling hit villages in the Poltava region overnight, the governor said."));
        assertThat(places).extracting(Place::name).contains("Poltava Oblast");
    }

    @Test
    void extract_countyWithState_resolvesCounty() {
        Place p = incident(PLACES.extract(doc("", "A deputy was shot during a traffic stop in Cook County, Ill., on Monday.")));
        assertThat(p.name()).isEqualTo("Cook County");
        assertThat(p.admin1()).isEqualTo("Illinois");
    }

    @Test
    void extract_titleCityBeatsDatelineCity() {
        Place p = incident(PLACES.extract(doc("4 shot dead in Clarksburg; suspect in custody",
                "CHARLESTON, W.Va. -- A man was charged Friday with killing four people in Clarksburg earlier in the day.")));
        assertThat(p.name()).isEqualTo("Clarksburg");
        assertThat(p.admin1()).isEqualTo("West Virginia");
    }

    @Test
    void extract_commonWordsNamesAndStreets_areNotPlaces() {
        List<Place> places = PLACES.extract(doc("", "Will Jordan said Officer Austin arrived at Jackson Street before noon."
                + " Mobile phones were found. Reading the report, Police Chief Kenneth Harrison thanked the crew. Harrison said more."));
        assertThat(places).isEmpty();
    }

    @Test
    void extract_evidence_spansTheName() {
        Doc d = doc("", "Three people were shot in Elgin, Illinois, early Sunday.");
        Place p = incident(PLACES.extract(d));
        assertThat(d.text().substring(p.evidence().start(), p.evidence().end())).isEqualTo("Elgin");
        assertThat(p.evidence().sentence()).contains("Elgin");
        assertThat(p.confidence()).isBetween(0.05, 0.99);
    }

    @Test
    void extract_neighbourhood_reportsItsCity() {
        Place p = incident(PLACES.extract(doc("", "Four people were wounded in a shooting in East Garfield Park on Sunday,"
                + " Chicago police said.")));
        assertThat(p.name()).isEqualTo("Chicago");
    }

    @Test
    void extract_loneFarTownBesideABigCitysPolice_isThatCitysNeighbourhood() {
        // "Austin" alone is Austin, Texas; a story told by Chicago's police with nothing else in Texas is about
        // the Austin neighbourhood of Chicago
        Place p = incident(PLACES.extract(doc("Austin shooting wounds 3", "AUSTIN — Three teenagers were wounded in a shooting"
                + " on the West Side on Monday night, according to a Chicago police spokesman.")));
        assertThat(p.name()).isEqualTo("Chicago");
        assertThat(p.admin1()).isEqualTo("Illinois");
    }

    @Test
    void extract_loneFarTownOnABigCitysOutlet_isThatCitysNeighbourhood() {
        String text = "One man was killed and three were hurt early Saturday in a shooting at a University City apartment, police said.";
        Article local = new Article("a4", "", text, null, "https://www.charlotteobserver.com/news/local/crime/article1.html", null,
                null, "en", null, "test", Map.of());
        Place p = incident(PLACES.extract(Doc.of(local)));
        assertThat(p.name()).isEqualTo("Charlotte");
        assertThat(p.admin1()).isEqualTo("North Carolina");
        Article elsewhere = new Article("a5", "", text, null, "https://example.org/news/1", null, null, "en", null, "test", Map.of());
        assertThat(incident(PLACES.extract(Doc.of(elsewhere))).name()).isEqualTo("University City");
    }

    @Test
    void extract_bigTownCalledAnotherCitysNeighbourhood_isThatCity() {
        // Portland, Oregon is bigger than Louisville, but "the Portland neighborhood" in a Louisville dateline's story is
        // a part of Louisville; "the South Austin neighborhood" in a story of Chicago's police is Chicago's
        Place p = incident(PLACES.extract(doc("Toddler shot in Portland neighborhood", "LOUISVILLE, Ky. (WXYZ) - A toddler who was"
                + " hit by a stray bullet in the Portland neighborhood on Saturday is recovering, his father said.")));
        assertThat(p.name()).isEqualTo("Louisville");
        assertThat(p.admin1()).isEqualTo("Kentucky");
        Place q = incident(PLACES.extract(doc("3 wounded in shooting in Austin", "Three men were shot Friday in the South Austin"
                + " neighborhood on the West Side, Chicago police said.")));
        assertThat(q.name()).isEqualTo("Chicago");
        Place plain = incident(PLACES.extract(doc("Toddler shot in Portland", "LOUISVILLE, Ky. (WXYZ) - A toddler who was"
                + " hit by a stray bullet in Portland on Saturday is recovering, his father said.")));
        assertThat(plain.admin1()).isEqualTo("Oregon"); // without the cue a city that big is not taken for a neighbourhood
    }

    @Test
    void extract_townQualifiedByItsState_staysBesideAnotherCitysPolice() {
        Place p = incident(PLACES.extract(doc("", "AUSTIN, Texas (AP) — Three men were wounded in a shooting on Monday night."
                + " The suspect had fled from Chicago police last year.")));
        assertThat(p.name()).isEqualTo("Austin");
        assertThat(p.admin1()).isEqualTo("Texas");
    }

    @Test
    void extract_outletHostAndUrlPath_breakTies() {
        String text = "Two people were shot in Springfield on Friday night, police said.";
        Article byHost = new Article("a2", "", text, null, "https://www.illinoistimes.com/story/123", null, null, "en", null,
                "test", Map.of());
        assertThat(incident(PLACES.extract(Doc.of(byHost))).admin1()).isEqualTo("Illinois");
        Article byPath = new Article("a3", "", text, null, "https://example.org/news/massachusetts/crime/123", null, null,
                "en", null, "test", Map.of());
        assertThat(incident(PLACES.extract(Doc.of(byPath))).admin1()).isEqualTo("Massachusetts");
    }

    @Test
    void extract_textWithoutPlaces_returnsEmpty() {
        assertThat(PLACES.extract(doc("", ""))).isEmpty();
        assertThat(PLACES.extract(doc("Nothing here", "the quick brown fox jumps over the lazy dog."))).isEmpty();
    }

    @Test
    void extract_oddText_neverThrowsAndSpansAreValid() {
        String[] texts = {"(", "St.", "—", "ST. LOUIS", "(Kyiv", "KYIV, —", "A-", "-B", "Paris,", ", Texas", "\u200B\n\n",
            "O'Fallon’s", "Miami-Dade-", "in in in", "CHICAGO (AP) — ", "Springfield, Ill", "U.S.", "the city of",
            "x".repeat(5000), "Kramatorsk ".repeat(500)};
        java.util.Random random = new java.util.Random(42);
        List<String> all = new java.util.ArrayList<>(List.of(texts));
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 60; k++) b.append(texts[random.nextInt(texts.length - 2)]).append(random.nextBoolean() ? " " : "\n");
            all.add(b.toString());
        }
        for (String t : all) {
            Doc d = doc(random.nextBoolean() ? t : "", t);
            for (Place p : PLACES.extract(d)) {
                assertThat(p.evidence().end()).isLessThanOrEqualTo(d.text().length());
                assertThat(p.evidence().start()).isLessThan(p.evidence().end());
            }
        }
    }

    @Test
    void extract_onThreads_sameResult() throws Exception {
        Doc d = doc("", "A shooting in Paris, Texas, left two dead; Dallas police helped.");
        List<Place> once = PLACES.extract(d);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Place>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> PLACES.extract(d)));
            for (Future<List<Place>> f : runs) assertThat(f.get()).isEqualTo(once);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void extract_bareRegionNameThatIsACapital_readsAsTheCapital() {
        Place p = incident(PLACES.extract(doc("Four shot near Metro station",
                "Four people were shot in Washington late Friday near a Metro station, police said.")));
        assertThat(p.name()).isEqualTo("Washington");
        assertThat(p.admin1()).isEqualTo("District of Columbia");
    }

    @Test
    void extract_neighbourhoodInTheCoreOfABigCityTheTextNames_isTheCity() {
        // the ranker prefers the neighbourhood the event sentence names; it lies inside Brooklyn, which the text names
        Place p = incident(PLACES.extract(doc("Man arrested in East Flatbush shooting",
                "Police arrested a man on Tuesday in connection with a shooting at a Brooklyn house party. The gunfire"
                + " broke out early Sunday at a home in East Flatbush, police said. Nine people were wounded.")));
        assertThat(p.name()).isEqualTo("Brooklyn");
        assertThat(p.admin1()).isEqualTo("New York");
    }

    @Test
    void extract_outletTownInTheTitleTail_yieldsToTheTextsSceneInItsState() {
        List<Place> places = PLACES.extract(doc(
                "Deputies search for suspects after shooting leaves 1 dead - KSLA News 12 Shreveport, Louisiana News Weather & Sports",
                "Deputies are searching for several suspects after a shooting late Wednesday left one man dead and three"
                + " hurt. The coroner identified the victim as John Doe, 38, of Baton Rouge. An autopsy is scheduled."
                + " Deputies have not released a motive. A neighbor said such scenes are too common in East Baton Rouge Parish."));
        Place p = incident(places);
        assertThat(p.name()).isNotEqualTo("Shreveport").isIn("East Baton Rouge Parish", "Baton Rouge");
        assertThat(p.admin1()).isEqualTo("Louisiana");
    }

    @Test
    void extract_loneSmallTownInTheHostsCounty_keepsItAgainstAFarBiggerTownElsewhere() {
        String title = "Man hurt in shooting near Warne";
        String text = "A man was hurt Saturday in a shooting in Warne, deputies said. The suspect was arrested hours later in"
                + " Marietta, where police found the gun in his car.";
        Place elsewhere = incident(PLACES.extract(RegionSignalsTest.doc(title, text, "https://www.example.com/news/shooting")));
        assertThat(elsewhere.name()).isEqualTo("Marietta"); // the far bigger town wins a lone small town's doubtful reading
        Place local = incident(PLACES.extract(RegionSignalsTest.doc(title, text, "https://www.claycountyprogress.com/news/shooting")));
        assertThat(local.name()).isEqualTo("Warne"); // but not in the outlet's own county (Clay County, North Carolina)
        assertThat(local.admin1()).isEqualTo("North Carolina");
    }

    @Test
    void extract_outletTownInTheTitleTail_isTheFallbackWhenTheTextNamesNoScene() {
        Place p = incident(PLACES.extract(doc("Boy accidentally shoots self in finger - KSLA News 12 Shreveport, Louisiana News Weather & Sports",
                "An 8-year-old boy shot himself in the finger while playing with a gun on Tuesday, police said.")));
        assertThat(p.name()).isEqualTo("Shreveport");
    }

    @Test
    void namesake_bigCityUnderAMillion_yieldsButAMillionCityStays() {
        org.sitrep.model.Evidence ev = org.sitrep.model.Evidence.of("a1", 0, 8, "Columbus police");
        Place columbus = new Place("Columbus", "Ohio", "US", null, null, "geonames:4509177", Place.Role.INCIDENT, ev, 0.6);
        Place local = Places.namesake(columbus, "Mississippi").orElseThrow();
        assertThat(local.name()).isEqualTo("Columbus");
        assertThat(local.admin1()).isEqualTo("Mississippi");
        assertThat(local.confidence()).isEqualTo(0.6);
        Place houston = new Place("Houston", "Texas", "US", null, null, "geonames:4699066", Place.Role.INCIDENT, ev, 0.6);
        assertThat(Places.namesake(houston, "Mississippi")).isEmpty(); // 2.3 million people against 3,500
        assertThat(Places.namesake(columbus, "Ohio")).isEmpty();
    }

    @Test
    void namesake_bareNameWithNoTownOfItInTheRegion_isTheRegionsCountyOfThatName() {
        Place dekalb = incident(PLACES.extract(doc("", "A man was wounded in a shooting in DeKalb, Illinois, on Tuesday, police said.")));
        assertThat(dekalb.name() + ", " + dekalb.admin1() + ", " + dekalb.gazetteerId()).isEqualTo("DeKalb, Illinois, geonames:4889553");
        Place county = Places.namesake(dekalb, "Georgia").orElseThrow(); // Georgia has a DeKalb County but no town DeKalb
        assertThat(county.name()).isEqualTo("DeKalb County");
        assertThat(county.admin1()).isEqualTo("Georgia");
        assertThat(county.evidence()).isEqualTo(dekalb.evidence());
        Place columbus = incident(PLACES.extract(doc("", "COLUMBUS, Ohio — A man was wounded in a shooting on Tuesday, police said.")));
        assertThat(Places.namesake(columbus, "Georgia").orElseThrow().name()).isEqualTo("Columbus"); // a town of the name first
        assertThat(Places.namesake(county, "Illinois").orElseThrow().name()).isEqualTo("DeKalb County"); // a county stays a county
        Place montgomery = incident(PLACES.extract(doc("", "A man was wounded in a shooting in Montgomery, Alabama, on Tuesday.")));
        assertThat(Places.namesake(montgomery, "Arkansas")).isEmpty(); // a city does not yield to a smaller county's name
    }

    @Test
    void extract_compassDirectionBeforeASmallTownsName_isACitysPartNotThatTown() {
        List<Place> places = PLACES.extract(doc("Two hurt in shooting in East Germantown",
                "Two men were wounded outside a corner store in East Germantown on Saturday night, police said."));
        assertThat(places).noneMatch(p -> p.name().equals("Germantown"));
        Place big = incident(PLACES.extract(doc("Two hurt in shooting in North Philadelphia",
                "Two men were wounded outside a corner store in North Philadelphia on Saturday night, police said.")));
        assertThat(big.name()).isEqualTo("Philadelphia"); // a big city's own part
    }

    @Test
    void extract_nameWrittenElsewhereWithARegionWhereItIsNotListed_isNoNamesakeElsewhere() {
        List<Place> places = PLACES.extract(doc("Two hurt in Hamilton Twp. shooting", "Two men were wounded at a party in a Hamilton"
                + " Township, New Jersey home late Friday. The Mercer County prosecutor said both are expected to survive."));
        assertThat(places).noneMatch(p -> p.name().equals("Hamilton"));
        assertThat(incident(places).admin1()).isEqualTo("New Jersey");
        Place listed = incident(PLACES.extract(doc("Two hurt in Springfield shooting", "Two men were wounded at a party in"
                + " Springfield, Illinois late Friday, police said.")));
        assertThat(listed.name() + ", " + listed.admin1()).isEqualTo("Springfield, Illinois");
        Place county = incident(PLACES.extract(doc("Boy shot in Chester", "A teenager was wounded in Chester, Delaware County late Monday"
                + " afternoon, police in Pennsylvania said.")));
        assertThat(county.name() + ", " + county.admin1()).isEqualTo("Chester, Pennsylvania"); // "Delaware County" is no state
    }

    @Test
    void extract_stateNameHyphenedToAWordThatIsNoPlace_isNoMentionOfTheState() {
        List<Place> places = PLACES.extract(doc("", "Four people were shot in the California-Kirkbride neighborhood of Pittsburgh on Sunday night."));
        assertThat(places).noneMatch(p -> p.name().equals("California"));
        assertThat(incident(places).name()).isEqualTo("Pittsburgh");
        List<Place> line = PLACES.extract(doc("", "The chase crossed the Georgia-Alabama state line near Phenix City early on Sunday."));
        assertThat(line).anyMatch(p -> p.name().equals("Georgia"));
    }

    @Test
    void namesake_noTownOfTheNameInTheRegion_isItsCountyOfThatBareName() {
        org.sitrep.model.Evidence ev = org.sitrep.model.Evidence.of("a1", 0, 6, "DeKalb shooting");
        Place dekalb = new Place("DeKalb", "Illinois", "US", null, null, "geonames:4889553", Place.Role.INCIDENT, ev, 0.5);
        Place county = Places.namesake(dekalb, "Georgia").orElseThrow(); // Georgia has no town DeKalb, but a DeKalb County
        assertThat(county.name()).isEqualTo("DeKalb County");
        assertThat(county.gazetteerId()).startsWith("census-county:");
        assertThat(county.confidence()).isEqualTo(0.5);
        Place jackson = new Place("Jackson", "Mississippi", "US", null, null, "geonames:4431410", Place.Role.INCIDENT, ev, 0.5);
        Place town = Places.namesake(jackson, "Michigan").orElseThrow(); // a town of the name comes before the county
        assertThat(town.name()).isEqualTo("Jackson");
        assertThat(town.gazetteerId()).startsWith("geonames");
        assertThat(Places.namesake(dekalb, "Vermont")).isEmpty(); // neither a town nor a county of the name there
        Place montgomery = new Place("Montgomery", "Alabama", "US", null, null, "geonames:4076784", Place.Role.INCIDENT, ev, 0.5);
        assertThat(Places.namesake(montgomery, "Tennessee")).isEmpty(); // a county no bigger than the city is not meant
    }

    @Test
    void countySeat_countyOfTheGazetteer_isItsSeatElseEmpty() {
        Place county = new Place("DeKalb County", "Georgia", "US", null, null, "census-county:US.GA.089", Place.Role.INCIDENT,
                org.sitrep.model.Evidence.of("a1", 0, 6, "DeKalb County police"), 0.7);
        Place seat = Places.countySeat(county).orElseThrow();
        assertThat(seat.name()).isEqualTo("Decatur");
        assertThat(seat.admin1()).isEqualTo("Georgia");
        assertThat(seat.role()).isEqualTo(Place.Role.INCIDENT);
        Place town = new Place("Decatur", "Georgia", "US", null, null, seat.gazetteerId(), Place.Role.INCIDENT, county.evidence(), 0.7);
        assertThat(Places.countySeat(town)).isEmpty();
    }

    @Test
    void extract_twinCitiesAcrossAStateLine_theFirstGuessDoesNotVouchForItsNamesake() {
        // the Missouri city is three times the Kansas one; its own first-pass reading, 5 km away, once tipped the
        // second pass to the Kansas namesake
        Place p = incident(PLACES.extract(RegionSignalsTest.doc("Man shot outside store",
                "A man was shot in Kansas City on Tuesday night, police said.", "https://www.example.com/news/shooting")));
        assertThat(p.name()).isEqualTo("Kansas City");
        assertThat(p.admin1()).isEqualTo("Missouri");
    }

    @Test
    void extract_bigCityOfAResidentElsewhere_isNoAuthorityOverALoneTown() {
        // "a Detroit man" says where the victim lives: Erie stays the scene, not a Detroit neighbourhood named like it;
        // "Detroit police" is an authority and still makes the lone far-away town the big city's namesake part
        Place resident = incident(PLACES.extract(RegionSignalsTest.doc("Man wounded in shooting near store",
                "Erie police said a Detroit man was wounded in a shooting on Sunday night. Erie officers found him outside a store.",
                "https://www.example.com/news/shooting")));
        assertThat(resident.name()).isEqualTo("Erie");
        assertThat(resident.admin1()).isEqualTo("Pennsylvania");
        assertThat(Resolver.residence("a Detroit-area teen", 9)).isTrue();
        assertThat(Resolver.residence("Detroit's residents", 7)).isTrue();
        assertThat(Resolver.residence("Detroit police said", 7)).isFalse();
    }

    @Test
    void qualifiedByItsState_nameFollowedByItsOwnState_trueInAnySpelling() {
        Place georgia = new Place("Columbus", "Georgia", "US", null, null, "geonames:4188985", Place.Role.INCIDENT, org.sitrep.model.Evidence.of("a", 0, 1, "x"), 0.8);
        assertThat(Places.qualifiedByItsState("A man was shot in Columbus, Ga., on Sunday.", georgia)).isTrue();
        assertThat(Places.qualifiedByItsState("COLUMBUS, GA (WXYZ) - A man was shot.", georgia)).isTrue();
        assertThat(Places.qualifiedByItsState("Police in Columbus, Georgia said.", georgia)).isTrue();
        assertThat(Places.qualifiedByItsState("COLUMBUS, Ohio - A man was shot.", georgia)).isFalse();
        assertThat(Places.qualifiedByItsState("A man was shot in Columbus on Sunday.", georgia)).isFalse();
        assertThat(Places.qualifiedByItsState("In New Columbus, Ga., a man was shot.", new Place("Olumbus", "Georgia", "US", null, null, null, Place.Role.INCIDENT, org.sitrep.model.Evidence.of("a", 0, 1, "x"), 0.8))).isFalse();
    }
}
