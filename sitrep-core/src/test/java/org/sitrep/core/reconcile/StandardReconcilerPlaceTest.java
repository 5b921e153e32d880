package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.extract.place.Places;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/** The place decision of {@link StandardReconciler}. */
class StandardReconcilerPlaceTest {
    private static Member member(String id, String outlet, Place... places) {
        Article a = new Article(id, "t " + id, "body of " + id, LocalDate.parse("2015-03-01"), null, null, outlet, "en",
                "h" + id, "test", null);
        return new Member(a, new ArticleFacts(id, null, List.of(places), List.of(), List.of()), DedupDecision.original(id));
    }

    private static Place place(String article, String name, String state, String id, double confidence) {
        return new Place(name, state, "US", null, null, id, Place.Role.INCIDENT, Evidence.of(article, 0, 3, "x"), confidence);
    }

    @Test
    void reconcile_articlesSplitOnTownButAgreeOnState_stateWins() {
        Reconciler r = Reconcilers.standard();
        Incident i = r.reconcile("i1", List.of(
                member("a", "o1", place("a", "Springfield", "Missouri", "g:1", 0.6)),
                member("b", "o2", place("b", "Nixa", "Missouri", "g:2", 0.5)),
                member("c", "o3", place("c", "Springfield", "Illinois", "g:3", 0.7))), List.of());
        assertThat(i.place().admin1()).isEqualTo("Missouri");
        assertThat(i.place().name()).isEqualTo("Springfield");
    }

    @Test
    void reconcile_loneTownNamedLikeAnotherMembersCorroboratedTown_votesForThatState() {
        Place lone = place("a", "Crossville", "Illinois", "g:il", 0.9);
        Place there = place("b", "Crossville", "Tennessee", "g:tn", 0.5);
        Place county = new Place("Cumberland County", "Tennessee", "US", null, null, "g:c", Place.Role.MENTIONED,
                Evidence.of("b", 10, 20, "x"), 0.5);
        Incident i = Reconcilers.standard().reconcile("i1", List.of(member("a", "o1", lone), member("b", "o2", there, county)),
                List.of());
        assertThat(i.place().admin1()).isEqualTo("Tennessee");
        assertThat(i.place().name()).isEqualTo("Crossville");
    }

    @Test
    void reconcile_twoLoneNamesakes_neitherMoves() {
        Incident i = Reconcilers.standard().reconcile("i1", List.of(
                member("a", "o1", place("a", "Duncan", "Oklahoma", "g:ok", 0.9)),
                member("b", "o2", place("b", "Duncan", "South Carolina", "g:sc", 0.5))), List.of());
        assertThat(i.place().admin1()).isEqualTo("Oklahoma"); // the stronger reading, as before
    }

    @Test
    void reconcile_townInsideTheVotedCounty_townWins() {
        Place town = place("b", "Ringgold", "Georgia", "geonames:4218896", 0.5);
        Place county = place("a", "Catoosa County", "Georgia", "census-county:US.GA.047", 0.7);
        assertThat(Places.within(town, county)).isTrue();
        Incident i = Reconcilers.standard().reconcile("i1", List.of(member("a", "o1", county), member("b", "o2", town)), List.of());
        assertThat(i.place().name()).isEqualTo("Ringgold");
    }

    @Test
    void reconcile_noPlaceNamed_takesTheOutletsUsualPlace() {
        Reconciler r = Reconcilers.standard();
        List<Member> earlier = new ArrayList<>();
        for (int k = 0; k < 4; k++) earlier.add(member("e" + k, "ketv.com", place("e" + k, "Omaha", "Nebraska", "g:9", 0.8)));
        for (Member m : earlier) r.reconcile("i-" + m.article().id(), List.of(m), List.of());
        Incident none = r.reconcile("i2", List.of(member("n", "other.com")), List.of());
        assertThat(none.place()).isNull();
        Incident i = r.reconcile("i3", List.of(member("x", "ketv.com")), List.of());
        assertThat(i.place().name()).isEqualTo("Omaha");
        assertThat(i.place().confidence()).isLessThan(0.5);
    }

    @Test
    void reconcile_noPlaceAndOneEarlierArticleOfTheOutlet_takesThatArticlesPlaceWeakly() {
        Reconciler r = Reconcilers.standard();
        r.reconcile("i1", List.of(member("e", "dailyrecord.com", place("e", "Marion", "North Carolina", "g:4", 0.8))), List.of());
        Incident paywalled = r.reconcile("i2", List.of(member("x", "dailyrecord.com")), List.of());
        assertThat(paywalled.place().admin1()).isEqualTo("North Carolina");
        assertThat(paywalled.place().confidence()).isLessThan(0.5);
        assertThat(r.reconcile("i3", List.of(member("y", "first-seen.com")), List.of()).place()).isNull();
    }

    @Test
    void restore_membersOfAnEarlierRun_outletsUsualPlaceSurvivesRestart() {
        List<Member> earlier = new ArrayList<>();
        for (int k = 0; k < 4; k++) earlier.add(member("e" + k, "ketv.com", place("e" + k, "Omaha", "Nebraska", "g:9", 0.8)));
        Reconciler fresh = Reconcilers.standard();
        assertThat(fresh.reconcile("i3", List.of(member("x", "ketv.com")), List.of()).place()).isNull();
        Reconciler restarted = Reconcilers.standard();
        for (Member m : earlier) restarted.restore(m);
        Incident i = restarted.reconcile("i3", List.of(member("x", "ketv.com")), List.of());
        assertThat(i.place().name()).isEqualTo("Omaha");
        // a member restored and then reconciled again is counted once
        restarted.reconcile("i-e0", List.of(earlier.get(0)), List.of());
        assertThat(restarted.reconcile("i4", List.of(member("y", "ketv.com")), List.of()).place().name()).isEqualTo("Omaha");
    }

    @Test
    void reconcile_townNamedLikeOneInTheOutletsHomeState_isThatOne() {
        Reconciler r = Reconcilers.standard();
        for (int k = 0; k < 6; k++) {
            Member m = member("e" + k, "nbclosangeles.com", place("e" + k, "Los Angeles", "California", "g:" + k, 0.8));
            r.reconcile("i-e" + k, List.of(m), List.of());
        }
        Incident i = r.reconcile("i1", List.of(member("x", "nbclosangeles.com",
                place("x", "Pasadena", "Texas", "geonames:4717782", 0.6))), List.of());
        assertThat(i.place().name()).isEqualTo("Pasadena");
        assertThat(i.place().admin1()).isEqualTo("California");
        Incident big = r.reconcile("i2", List.of(member("y", "nbclosangeles.com",
                place("y", "Washington", "District of Columbia", "geonames:4140963", 0.6))), List.of());
        assertThat(big.place().admin1()).isEqualTo("District of Columbia"); // a hamlet "Washington" is in California too
    }
    @Test
    void reconcile_townNamedLikeOneInTheHomeStateOfTheOnlyOutletWithAHome_isThatOne() {
        Reconciler r = Reconcilers.standard();
        for (int k = 0; k < 6; k++) {
            Member m = member("e" + k, "nbclosangeles.com", place("e" + k, "Los Angeles", "California", "g:" + k, 0.8));
            r.reconcile("i-e" + k, List.of(m), List.of());
        }
        Incident i = r.reconcile("i1", List.of(
                member("x", "nbclosangeles.com", place("x", "Pasadena", "Texas", "geonames:4717782", 0.6)),
                member("y", "first-seen.com", place("y", "Pasadena", "Texas", "geonames:4717782", 0.6))), List.of());
        assertThat(i.place().admin1()).isEqualTo("California"); // the new outlet has no home to speak against it
        for (int k = 0; k < 6; k++) {
            Member m = member("h" + k, "khou.com", place("h" + k, "Houston", "Texas", "g:h" + k, 0.8));
            r.reconcile("i-h" + k, List.of(m), List.of());
        }
        Incident split = r.reconcile("i2", List.of(
                member("z", "nbclosangeles.com", place("z", "Pasadena", "Texas", "geonames:4717782", 0.6)),
                member("w", "khou.com", place("w", "Pasadena", "Texas", "geonames:4717782", 0.6))), List.of());
        assertThat(split.place().admin1()).isEqualTo("Texas"); // two homes, no majority: the text's reading stays
    }

    @Test
    void reconcile_townNamedLikeOneInTheStateOfTheOutletsOnlyEarlierArticle_isThatOne() {
        Reconciler r = Reconcilers.standard();
        r.reconcile("i-e", List.of(member("e", "nbclosangeles.com", place("e", "Los Angeles", "California", "g:1", 0.8))), List.of());
        Incident i = r.reconcile("i1", List.of(member("x", "nbclosangeles.com",
                place("x", "Pasadena", "Texas", "geonames:4717782", 0.6))), List.of());
        assertThat(i.place().admin1()).isEqualTo("California");
        Incident fresh = Reconcilers.standard().reconcile("i1", List.of(member("x", "nbclosangeles.com",
                place("x", "Pasadena", "Texas", "geonames:4717782", 0.6))), List.of());
        assertThat(fresh.place().admin1()).isEqualTo("Texas"); // an outlet never seen before has no home
    }

    private static Member article(String id, String outlet, String text, Place... places) {
        Article a = new Article(id, "Man shot", text, LocalDate.parse("2015-03-01"), null, null, outlet, "en", "h" + id, "test", null);
        return new Member(a, new ArticleFacts(id, null, List.of(places), List.of(), List.of()), DedupDecision.original(id));
    }

    /** A reconciler that has seen two articles of "ledger.com" in Alabama: the outlet has no home state of its own yet. */
    private static Reconciler acrossTheRiver() {
        Reconciler r = Reconcilers.standard();
        for (int k = 0; k < 2; k++) {
            r.reconcile("i-p" + k, List.of(article("p" + k, "ledger.com", "A man was shot.",
                    place("p" + k, "Phenix City", "Alabama", "geonames:4082866", 0.8))), List.of());
        }
        return r;
    }

    @Test
    void reconcile_townTheOutletOncePlacedBeyondDoubtInAnotherState_isThatNamesake() {
        Reconciler r = acrossTheRiver();
        r.reconcile("i0", List.of(article("a", "ledger.com", "COLUMBUS, Ga. - A man was shot on Sunday.",
                place("a", "Columbus", "Georgia", "geonames:4188985", 0.8))), List.of());
        Incident bare = r.reconcile("i1", List.of(article("b", "ledger.com", "A man was shot in Columbus on Monday.",
                place("b", "Columbus", "Ohio", "geonames:4509177", 0.7))), List.of());
        assertThat(bare.place().admin1()).isEqualTo("Georgia");
        Incident qualified = r.reconcile("i2", List.of(article("c", "ledger.com", "A man was shot in Columbus, Ohio, on Monday.",
                place("c", "Columbus", "Ohio", "geonames:4509177", 0.7))), List.of());
        assertThat(qualified.place().admin1()).isEqualTo("Ohio");
        Incident elsewhere = r.reconcile("i3", List.of(article("d", "dispatch.com", "A man was shot in Columbus on Monday.",
                place("d", "Columbus", "Ohio", "geonames:4509177", 0.7))), List.of());
        assertThat(elsewhere.place().admin1()).isEqualTo("Ohio"); // another outlet learned nothing
    }

    @Test
    void reconcile_townAnEarlierArticleQualifiedWithAnotherState_learnsNothing() {
        Reconciler r = acrossTheRiver();
        r.reconcile("i0", List.of(article("a", "ledger.com", "COLUMBUS, Ohio - The suspect was arrested in Mississippi.",
                place("a", "Columbus", "Mississippi", "geonames:4422442", 0.8),
                place("a", "Starkville", "Mississippi", "geonames:4446675", 0.6))), List.of());
        Incident i = r.reconcile("i1", List.of(article("b", "ledger.com", "A man was shot in Columbus on Monday.",
                place("b", "Columbus", "Ohio", "geonames:4509177", 0.7))), List.of());
        assertThat(i.place().admin1()).isEqualTo("Ohio");
    }

    @Test
    void reconcile_townTheOutletPlacedOnlyOnItsOwnWord_learnsNothing() {
        Reconciler r = acrossTheRiver();
        r.reconcile("i0", List.of(article("a", "ledger.com", "A man was shot in Columbus on Sunday.",
                place("a", "Columbus", "Georgia", "geonames:4188985", 0.8))), List.of());
        Incident i = r.reconcile("i1", List.of(article("b", "ledger.com", "A man was shot in Columbus on Monday.",
                place("b", "Columbus", "Ohio", "geonames:4509177", 0.7))), List.of());
        assertThat(i.place().admin1()).isEqualTo("Ohio");
    }

    @Test
    void reconcile_townNamedLikeOneInTheOutletsHomeStateButQualifiedInTheText_keepsItsState() {
        Reconciler r = Reconcilers.standard();
        for (int k = 0; k < 6; k++) {
            Member m = member("e" + k, "nbclosangeles.com", place("e" + k, "Los Angeles", "California", "g:" + k, 0.8));
            r.reconcile("i-e" + k, List.of(m), List.of());
        }
        Article a = new Article("x", "Two shot at a party", "PASADENA, Texas - Two men were shot at a party late Saturday.",
                LocalDate.parse("2015-03-01"), null, null, "nbclosangeles.com", "en", "hx", "test", null);
        Member dateline = new Member(a, new ArticleFacts("x", null, List.of(place("x", "Pasadena", "Texas", "geonames:4717782", 0.6)),
                List.of(), List.of()), DedupDecision.original("x"));
        Incident i = r.reconcile("i1", List.of(dateline), List.of());
        assertThat(i.place().name()).isEqualTo("Pasadena");
        assertThat(i.place().admin1()).isEqualTo("Texas");
    }

    @Test
    void reconcile_smallTownOfAnotherStateWithNothingElseThere_isPlacedInTheOutletsHomeState() {
        Reconciler r = Reconcilers.standard();
        for (int k = 0; k < 6; k++) {
            Member m = member("e" + k, "chicagopaper.com", place("e" + k, "Chicago", "Illinois", "geonames:4887398", 0.8));
            r.reconcile("i-e" + k, List.of(m), List.of());
        }
        // a neighbourhood named like a small Californian town, and nothing else in the story
        Incident i = r.reconcile("i1", List.of(member("x", "chicagopaper.com",
                place("x", "Lomita", "California", "geonames:5367767", 0.6))), List.of());
        assertThat(i.place().admin1()).isEqualTo("Illinois");
        assertThat(i.place().name()).isEqualTo("Chicago");
        // another state's town with that state named too stays there
        Place texas = new Place("Texas", "Texas", "US", null, null, "iso3166-2:US-TX", Place.Role.MENTIONED,
                Evidence.of("y", 0, 3, "x"), 0.8);
        Incident far = r.reconcile("i2", List.of(member("y", "chicagopaper.com",
                place("y", "Lomita", "California", "geonames:5367767", 0.6), texas,
                new Place("Hawthorne", "California", "US", null, null, "g:h", Place.Role.MENTIONED, Evidence.of("y", 0, 3, "x"), 0.5))),
                List.of());
        assertThat(far.place().admin1()).isEqualTo("California");
    }

    @Test
    void reconcile_noPlaceAndAnOutletWithoutOneUsualTown_takesItsHomeState() {
        Reconciler r = Reconcilers.standard();
        String[] towns = {"Decatur", "Marietta", "Smyrna", "Atlanta", "Roswell", "Duluth", "Tucker", "Lilburn", "Conyers", "Jonesboro", "Kennesaw"};
        for (int k = 0; k < towns.length; k++) {
            Member m = member("e" + k, "metro.com", place("e" + k, towns[k], "Georgia", "g:" + k, 0.8));
            r.reconcile("i-e" + k, List.of(m), List.of());
        }
        Incident i = r.reconcile("i1", List.of(member("x", "metro.com")), List.of());
        assertThat(i.place().admin1()).isEqualTo("Georgia");
        assertThat(i.place().name()).isEqualTo("Georgia");
        assertThat(i.place().confidence()).isLessThan(0.5);
    }

    private static Member memberSaying(String id, String text, Place... places) {
        Article a = new Article(id, "Shooting under investigation", text, LocalDate.parse("2015-03-01"), null, null, "o-" + id, "en",
                "h" + id, "test", null);
        return new Member(a, new ArticleFacts(id, null, List.of(places), List.of(), List.of()), DedupDecision.original(id));
    }

    @Test
    void reconcile_countyWhoseSeatIsNamed_seatWins() {
        Place county = place("a", "Trigg County", "Kentucky", "census-county:US.KY.221", 0.7);
        Incident named = Reconcilers.standard().reconcile("i1", List.of(memberSaying("a",
                "A man was shot at a home near Cadiz on Sunday, the Trigg County Sheriff's Office said.", county)), List.of());
        assertThat(named.place().name()).isEqualTo("Cadiz");
        assertThat(named.place().admin1()).isEqualTo("Kentucky");
        Incident unnamed = Reconcilers.standard().reconcile("i2", List.of(memberSaying("b",
                "A man was shot at a home on Sunday, the Trigg County Sheriff's Office said.", county)), List.of());
        assertThat(unnamed.place().name()).isEqualTo("Trigg County");
    }

    @Test
    void reconcile_bigUrbanCounty_itsSeatWins() {
        Place county = place("a", "Harris County", "Texas", "census-county:US.TX.201", 0.7);
        Incident i = Reconcilers.standard().reconcile("i1", List.of(memberSaying("a",
                "Harris County deputies are investigating a shooting that left two men wounded.", county)), List.of());
        assertThat(i.place().name()).isEqualTo("Houston");
    }

    @Test
    void reconcile_countyWhoseSeatHoldsMostOfItsTownsPeople_seatWinsUnnamed() {
        // Great Falls holds most of the people of Cascade County's towns: an address in the county most likely carries its name
        Place county = place("a", "Cascade County", "Montana", "census-county:US.MT.013", 0.7);
        Incident i = Reconcilers.standard().reconcile("i1", List.of(memberSaying("a",
                "Cascade County deputies are investigating a shooting that left a man wounded.", county)), List.of());
        assertThat(i.place().name()).isEqualTo("Great Falls");
        assertThat(i.place().admin1()).isEqualTo("Montana");
    }

    @Test
    void namesTown_countyOfThatName_isNoMentionOfTheTown() {
        assertThat(StandardReconciler.namesTown("deputies of the Darlington County Sheriff's Office", "Darlington")).isFalse();
        assertThat(StandardReconciler.namesTown("a Darlington man, 24, was charged", "Darlington")).isTrue();
        assertThat(StandardReconciler.namesTown("in Darlingtonville", "Darlington")).isFalse();
    }
}
