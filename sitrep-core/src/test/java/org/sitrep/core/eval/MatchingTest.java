package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingTest {
    @Test
    void cityMatches_neighbourhoodAndCountyForms_acceptBothNames() {
        assertThat(Matching.cityMatches("Chicago (Englewood)", "Englewood")).isTrue();
        assertThat(Matching.cityMatches("Chicago (Englewood)", "Chicago")).isTrue();
        assertThat(Matching.cityMatches("Yuba (county)", "Yuba County")).isTrue();
        assertThat(Matching.cityMatches("Yuba (county)", "Olivehurst")).isFalse();
    }

    @Test
    void cityMatches_leadingTheAndSaintAnywhere_areIgnoredOrExpanded() {
        assertThat(Matching.cityMatches("Bronx", "The Bronx")).isTrue();
        assertThat(Matching.cityMatches("Bay St. Louis", "Bay Saint Louis")).isTrue();
        assertThat(Matching.cityMatches("Saint Louis", "St. Louis")).isTrue();
        assertThat(Matching.cityMatches("Theodore", "Odore")).isFalse();
        assertThat(Matching.cityMatches("Forest", "Fort")).isFalse();
    }

    @Test
    void cityMatches_hyphenAndSpace_areOneSpelling() {
        assertThat(Matching.cityMatches("Wilkes Barre", "Wilkes-Barre")).isTrue();
        assertThat(Matching.cityMatches("Sedro-Woolley (Skagit)", "Sedro Woolley")).isTrue();
        assertThat(Matching.cityMatches("Wilkes Barre", "Wilkesbarre")).isFalse();
    }
}
