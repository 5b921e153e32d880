package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void detect_commonLanguages_iso1() {
        assertThat(Languages.detect("The fire brigade said the blaze started in the kitchen of the house late on"
                + " Tuesday evening and spread quickly.")).isEqualTo("en");
        assertThat(Languages.detect("Les pompiers ont indiqué que l'incendie avait commencé dans la cuisine de la"
                + " maison mardi soir.")).isEqualTo("fr");
        assertThat(Languages.detect("Die Feuerwehr teilte mit, dass der Brand am Dienstagabend in der Küche des"
                + " Hauses ausgebrochen sei.")).isEqualTo("de");
    }

    @Test
    void detect_tooShort_und() {
        assertThat(Languages.detect("Hello there")).isEqualTo("und");
        assertThat(Languages.detect("12345 67890 !!! ???")).isEqualTo("und");
    }

    @Test
    void normalizeCode_variants_iso1() {
        assertThat(Languages.normalizeCode("en-US")).isEqualTo("en");
        assertThat(Languages.normalizeCode("ENG")).isEqualTo("en");
        assertThat(Languages.normalizeCode("fra")).isEqualTo("fr");
        assertThat(Languages.normalizeCode(" ")).isNull();
    }
}
