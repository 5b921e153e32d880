package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
    @ParameterizedTest
    @ValueSource(strings = {"(Photo: Jane Doe/Example News)", "Image: Getty", "Photo credit: A. Person", "Advertisement",
        "Read more: Why the bridge closed", "Sign up for our daily newsletter", "Copyright 2021 Example Media",
        "© 2021 Example Media. All rights reserved.", "Click here to subscribe", "Find out more about our methods",
        "Share on Facebook | Twitter | Email", "(AP Photo/Some Photographer)", "RELATED: Another story",
        "Look at this pic.twitter.com/AbC123", "Follow us on Twitter for updates"})
    void strip_boilerplateLine_dropped(String line) {
        Boilerplate.Result r = Boilerplate.strip("Real first sentence.\n" + line + "\nReal last sentence.");
        assertThat(r.text()).isEqualTo("Real first sentence.\nReal last sentence.");
        assertThat(r.droppedLines()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The photo showed the damage, officials said.",
        "Police said an advertisement for the event was posted online.",
        "Residents can sign up for emergency alerts, the mayor said, and many have.",
        "Click here was the name of the band, he joked.", "Copyright lawyers said the case was unusual and complex!",
        "Read more slowly, the teacher said to the class yesterday.",
        "Latest update on the situation in the region - 14 March 2023"})
    void strip_realSentence_kept(String line) {
        String text = "First.\n" + line + "\nLast.";
        assertThat(Boilerplate.strip(text).text()).isEqualTo(text);
    }

    @Test
    void strip_tweetSignatureLine_droppedAndDateKept() {
        Boilerplate.Result r = Boilerplate.strip("Officials spoke.\n#Hashtag 🇺🇦 pic.twitter.com/xYz12— Some Ministry 🇬🇧 "
                + "(@SomeHandle) March 14, 2023\nThey left.");
        assertThat(r.text()).isEqualTo("Officials spoke.\nThey left.");
        assertThat(r.embeddedDates()).containsExactly(LocalDate.of(2023, 3, 14));
    }

    @Test
    void strip_instagramSignature_droppedAndDateKept() {
        Boilerplate.Result r = Boilerplate.strip("Text.\nA post shared by Someone (@some.one) on Jun 3, 2020 at 4:05pm PDT");
        assertThat(r.text()).isEqualTo("Text.");
        assertThat(r.embeddedDates()).containsExactly(LocalDate.of(2020, 6, 3));
    }
}
