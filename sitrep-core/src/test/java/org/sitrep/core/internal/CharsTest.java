package org.sitrep.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void lowerRegionIs_examples() {
        assertThat(Chars.lowerRegionIs("On Friday night", 3, "friday", 6)).isTrue();
        assertThat(Chars.lowerRegionIs("SENTENCED", 0, "sentenc", 7)).isTrue();
        assertThat(Chars.lowerRegionIs("Fridge", 0, "friday", 6)).isFalse();
        // U+0130 lower-cases to two chars in a string, so it never stands for an "i"
        assertThat(Chars.lowerRegionIs("\u0130NDICT", 0, "indict", 6)).isFalse();
    }

    /** The same answer as lower-casing the region as a string, on random words of letters that lower-case oddly. */
    @Test
    void lowerRegionIs_sameAsStringToLowerCase() {
        String letters = "aAiIfFrRdDyY\u0130\u0131\u00c9\u00e9\u212a";
        String[] words = {"friday", "indict", "day", "kai"};
        Random r = new Random(5);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(7);
            for (int i = 0; i < len; i++) sb.append(letters.charAt(r.nextInt(letters.length())));
            String t = sb.toString();
            for (String w : words) {
                for (int n = 1; n <= Math.min(w.length(), t.length()); n++) {
                    boolean want = t.substring(0, n).toLowerCase(Locale.ROOT).equals(w.substring(0, n));
                    assertThat(Chars.lowerRegionIs(t, 0, w, n)).as(t + " / " + w + " / " + n).isEqualTo(want);
                }
            }
        }
    }
}
