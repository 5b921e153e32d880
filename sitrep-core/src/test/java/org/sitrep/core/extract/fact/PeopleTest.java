package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Fact;

class PeopleTest {
    private static boolean alone(String text, String word) {
        int at = text.indexOf(word);
        return People.standsAlone(text, at, at + word.length());
    }

    private static List<Fact> people(String title, String text) {
        return People.find(Doc.of(new Article("t", title, text, null, null, null, null, "en", "", "test", Map.of())));
    }

    @Test
    void names_roleWordAgeOrSpeech_givesTheFullNameEvenWithoutARole() {
        Doc doc = Doc.of(new Article("t", "Shots fired on quiet street", "Shots were fired on Elm Street on Friday. "
                + "Her neighbor Ruth Bellamy heard them. Dale Whitcombe, 41, called 911. Harbor Point residents gathered.",
                null, null, null, null, "en", "", "test", Map.of()));
        assertThat(People.names(doc)).contains("Ruth Bellamy", "Dale Whitcombe").doesNotContain("Harbor Point", "Elm Street");
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
        assertThat(alone("He fled. Culver was arrested.", "Culver")).isTrue(); // a sentence's first word
        assertThat(alone("Chief Tom J. Culver said", "Culver")).isFalse();
    }

    @Test
    void find_listOfNames_sharesTheRoleOfTheList() {
        assertThat(people("", "Police identified the victims as Ann B. Lorel, 25, of Velgrad; Tom J. Marsh, 19, of Oakton; "
                + "and Eli A. Grove, 33. Ned Farr, Ivo Stam, and Ola Brin all suffered minor injuries. Rob Dunn, 20, and "
                + "Sam Kite, 20, both of Oakton, face murder charges."))
                .extracting(Fact::value, Fact::role).containsExactly(tuple("Ann B. Lorel", "victim"), tuple("Tom J. Marsh", "victim"),
                        tuple("Eli A. Grove", "victim"), tuple("Ned Farr", "victim"), tuple("Ivo Stam", "victim"),
                        tuple("Ola Brin", "victim"), tuple("Rob Dunn", "suspect"), tuple("Sam Kite", "suspect"));
    }

    @Test
    void find_surnameLikeWordsNicknamesAndParticles_areNames() {
        assertThat(people("", "Dee Hall, 25, of Oakton was arrested on Friday. Police said Jo \"Duck\" Varn, 19, was shot. "
                + "Ana de la Vega, 40, was killed."))
                .extracting(Fact::value, Fact::role).containsExactly(tuple("Dee Hall", "suspect"), tuple("Jo Varn", "victim"),
                        tuple("Ana de la Vega", "victim"));
    }

    @Test
    void find_nameBeforeANonNameWord_isCutNotDropped() {
        assertThat(people("Man charged in murder of 9-Year-Old Tim Loke", "Velgrad Police Chief Ann Rowe Velgrad Police said "
                + "the woman was identified by relatives as 59-year-old Mira Soto. Police are looking for 25-year-old Dan K. "
                + "Pell."))
                .extracting(Fact::value, Fact::role).contains(tuple("Tim Loke", "victim"), tuple("Ann Rowe", "official"),
                        tuple("Mira Soto", "victim"), tuple("Dan K. Pell", "suspect"));
    }

    @Test
    void find_possessives_voteByWhatFollows() {
        assertThat(people("", "Lee Moss's funeral is on Monday. Kai Brand, 30, is a neighbor. Brand's arrest came a day later."))
                .extracting(Fact::value, Fact::role).containsExactly(tuple("Lee Moss", "victim"), tuple("Kai Brand", "suspect"));
    }

    @Test
    void find_titledVictimAndAliases() {
        assertThat(people("", "Officer Omar Dane, 32, was shot in the leg. Bo Linn, aka Lil Fox, 30, was charged."))
                .extracting(Fact::value, Fact::role).containsExactly(tuple("Omar Dane", "victim"), tuple("Bo Linn", "suspect"));
    }
}
