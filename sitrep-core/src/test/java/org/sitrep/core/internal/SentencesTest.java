package org.sitrep.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> texts(String s) {
        return Sentences.split(s).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void split_middleInitialAndTitles_doNotEndASentence() {
        assertThat(texts("Police identified the victim as Dwayne K. Smith, 25, of Akron. He died."))
                .containsExactly("Police identified the victim as Dwayne K. Smith, 25, of Akron.", "He died.");
        assertThat(texts("Sgt. John Miller said the suspect fled. Det. Amy Ross and Lt. Col. Mark Ng arrived."))
                .containsExactly("Sgt. John Miller said the suspect fled.", "Det. Amy Ross and Lt. Col. Mark Ng arrived.");
    }

    @Test
    void split_saintJoinsButStreetMayEnd() {
        assertThat(texts("The shooting happened on St. Louis Ave. near Mt. Vernon St. Police said two were hurt."))
                .containsExactly("The shooting happened on St. Louis Ave. near Mt. Vernon St.", "Police said two were hurt.");
    }

    @Test
    void split_compassPointOfAStreet_doesNotEndASentence() {
        assertThat(texts("He shot a man at the tavern, 410 E. Elm St., on May 2. Police came."))
                .containsExactly("He shot a man at the tavern, 410 E. Elm St., on May 2.", "Police came.");
        assertThat(texts("Two were hurt in the 900 block of N. Oak Ave. A third fled."))
                .containsExactly("Two were hurt in the 900 block of N. Oak Ave.", "A third fled.");
    }

    @Test
    void split_realSentenceEnds_stay() {
        assertThat(texts("The blast hit the gate of block C. Rescuers arrived at noon.\nA second line"))
                .containsExactly("The blast hit the gate of block C.", "Rescuers arrived at noon.", "A second line");
        List<Sentences.Sentence> s = Sentences.split("One. Two words here.");
        assertThat(s).extracting(Sentences.Sentence::start).containsExactly(0, 5);
    }
}
