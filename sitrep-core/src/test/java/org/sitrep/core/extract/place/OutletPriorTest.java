package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

class OutletPriorTest {
    private static Place town(String name, String state, String article) {
        return new Place(name, state, "US", 1.0, 2.0, "geonames:" + name, Place.Role.INCIDENT,
                Evidence.of(article, 0, name.length(), name), 0.8);
    }

    @Test
    void home_unknownOutlet_isEmpty() {
        assertThat(new OutletPrior().home("example.com")).isEmpty();
    }

    @Test
    void home_afterEnoughArticles_isTheUsualPlaceWithLowConfidenceAndEarlierEvidence() {
        OutletPrior prior = new OutletPrior();
        prior.observe("www.ketv.com", "a1", town("Omaha", "Nebraska", "a1"));
        assertThat(prior.home("ketv.com")).map(Place::name).contains("Omaha"); // one article is a weak guess already
        prior.observe("ketv.com", "a2", town("Omaha", "Nebraska", "a2"));
        prior.observe("ketv.com", "a3", town("Lincoln", "Nebraska", "a3"));
        Place home = prior.home("ketv.com").orElseThrow();
        assertThat(home.name()).isEqualTo("Omaha");
        assertThat(home.role()).isEqualTo(Place.Role.INCIDENT);
        assertThat(home.confidence()).isLessThanOrEqualTo(OutletPrior.CONFIDENCE);
        assertThat(home.evidence().articleId()).isEqualTo("a1");
    }

    @Test
    void homeRegion_fewerArticlesAsked_isAWeakerGuessAfterOne() {
        OutletPrior prior = new OutletPrior();
        prior.observe("ketv.com", "a1", town("Omaha", "Nebraska", "a1"));
        assertThat(prior.homeRegion("ketv.com")).isEmpty();
        assertThat(prior.homeRegion("ketv.com", 1)).contains("Nebraska");
        prior.observe("ketv.com", "a2", town("Des Moines", "Iowa", "a2"));
        assertThat(prior.homeRegion("ketv.com", 1)).isEmpty(); // split between two states
    }

    @Test
    void reading_nameOncePlacedBeyondDoubt_isThatRegionUntilArticlesDisagree() {
        OutletPrior prior = new OutletPrior();
        assertThat(prior.reading("ledger.com", "Columbus")).isEmpty();
        prior.observeReading("www.ledger.com", "a1", "Columbus", "Georgia");
        prior.observeReading("ledger.com", "a1", "Columbus", "Georgia"); // the same article again counts once
        assertThat(prior.reading("ledger.com", "columbus")).contains("Georgia");
        assertThat(prior.reading("other.com", "Columbus")).isEmpty(); // learned per outlet
        prior.observeReading("ledger.com", "a2", "Columbus", "Ohio");
        assertThat(prior.reading("ledger.com", "Columbus")).isEmpty();
    }

    @Test
    void firstReadingLook_isTrueOncePerArticleAndName() {
        OutletPrior prior = new OutletPrior();
        assertThat(prior.firstReadingLook("a1", "Columbus")).isTrue();
        assertThat(prior.firstReadingLook("a1", "Columbus")).isFalse();
        assertThat(prior.firstReadingLook("a1", "Macon")).isTrue();
        assertThat(prior.firstReadingLook("a2", "Columbus")).isTrue();
        assertThat(prior.firstReadingLook(null, "Columbus")).isFalse();
    }

    @Test
    void observe_sameArticleTwice_countsOnce() {
        OutletPrior prior = new OutletPrior();
        for (int i = 0; i < 5; i++) prior.observe("x.com", "a1", town("Omaha", "Nebraska", "a1"));
        prior.observe("x.com", "a2", town("Lincoln", "Nebraska", "a2"));
        prior.observe("x.com", "a3", town("Lincoln", "Nebraska", "a3"));
        assertThat(prior.home("x.com")).map(Place::name).contains("Lincoln");
    }

    @Test
    void home_outletWithoutAUsualPlace_isEmpty() {
        OutletPrior prior = new OutletPrior();
        String[] towns = {"Omaha", "Dallas", "Tampa", "Boise", "Akron", "Provo", "Salem", "Macon"};
        for (int i = 0; i < towns.length; i++) prior.observe("wire.com", "a" + i, town(towns[i], "S" + i, "a" + i));
        assertThat(prior.home("wire.com")).isEmpty();
    }
    @Test
    void guess_outletSpreadOverItsState_isItsMostFrequentTownThere() {
        OutletPrior prior = new OutletPrior();
        String[] towns = {"Decatur", "Marietta", "Decatur", "Smyrna", "Roswell", "Tucker", "Lilburn"};
        for (int i = 0; i < towns.length; i++) prior.observe("metro.com", "a" + i, town(towns[i], "Georgia", "a" + i));
        assertThat(prior.home("metro.com")).isEmpty(); // no town holds 30%
        Place guess = prior.guess("metro.com").orElseThrow();
        assertThat(guess.name()).isEqualTo("Decatur");
        assertThat(guess.admin1()).isEqualTo("Georgia");
        assertThat(guess.confidence()).isLessThanOrEqualTo(OutletPrior.CONFIDENCE);
    }

    @Test
    void guess_outletWithoutAHomeState_isEmpty() {
        OutletPrior prior = new OutletPrior();
        String[] towns = {"Omaha", "Dallas", "Tampa", "Boise", "Akron"};
        for (int i = 0; i < towns.length; i++) prior.observe("wire.com", "a" + i, town(towns[i], "S" + i, "a" + i));
        assertThat(prior.guess("wire.com")).isEmpty();
    }
}
