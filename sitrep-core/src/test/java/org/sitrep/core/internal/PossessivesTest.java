package org.sitrep.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PossessivesTest {
    @Test
    void endsWithOne_straightOrCurlyApostrophe_isPossessive() {
        assertThat(Possessives.endsWithOne("Marlow's")).isTrue();
        assertThat(Possessives.endsWithOne("Marlow’s")).isTrue();
        assertThat(Possessives.endsWithOne("Marlows")).isFalse();
        assertThat(Possessives.endsWithOne("Marlows'")).isFalse();
    }

    @Test
    void startsAt_endingAfterAName_isFoundAtItsIndex() {
        assertThat(Possessives.startsAt("Tarvin’s house", 6)).isTrue();
        assertThat(Possessives.startsAt("Tarvin's house", 6)).isTrue();
        assertThat(Possessives.startsAt("Tarvin's house", 5)).isFalse();
    }

    @Test
    void strip_possessive_leavesTheName() {
        assertThat(Possessives.strip("Velgrad’s")).isEqualTo("Velgrad");
        assertThat(Possessives.strip("Velgrad")).isEqualTo("Velgrad");
        assertThat(Possessives.strip("'s")).isEmpty();
    }
}
