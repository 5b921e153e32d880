package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeopleTest {
    private static boolean alone(String text, String word) {
        int at = text.indexOf(word);
        return People.standsAlone(text, at, at + word.length());
    }

    @Test
    void standsAlone_surnameOnItsOwn_trueOnlyOutsideAnotherName() {
        assertThat(alone("Culver said the car was stolen.", "Culver")).isTrue();
        assertThat(alone("Police said.\nCulver was arrested.", "Culver")).isTrue();
        assertThat(alone("The suspect, Culver, fled.", "Culver")).isTrue();
        assertThat(alone("Tom Culver said", "Culver")).isFalse();      // the end of a full name
        assertThat(alone("Sgt. Culver said", "Culver")).isFalse();     // after "X. "
        assertThat(alone("McCulver said", "Culver")).isFalse();        // inside a word
        assertThat(alone("Culvers said", "Culver")).isFalse();
    }
}
