package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearTextTest {
    @Test
    void wordJaccard_caseAndStopWords_areIgnored() {
        assertThat(NearText.wordJaccard("The bridge was closed", "a BRIDGE is closed")).isEqualTo(1.0);
    }

    @Test
    void wordJaccard_oneExtraContentWord_isThreeQuarters() {
        assertThat(NearText.wordJaccard("bridge closed after storm", "bridge closed after storm damage"))
                .isEqualTo(0.75);
    }

    @Test
    void wordJaccard_differentStatements_areFarApart() {
        assertThat(NearText.wordJaccard("the bridge was closed", "the ferry kept running")).isZero();
        assertThat(NearText.contentWords("it was not us")).isEmpty();
    }
}
