package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    @Test
    void clean_whitespace_collapsedAndParagraphsKept() {
        String in = "  First\u00A0\u00A0line \t here  \r\n\r\n\r\n\n Second\u200B para\u0007.\nThird  line\n\n\n";
        assertThat(TextCleaner.clean(in)).isEqualTo("First line here\n\nSecond para.\nThird line");
    }

    @Test
    void clean_decomposedAccents_composedToNfc() {
        assertThat(TextCleaner.clean("Cafe\u0301")).isEqualTo("Café");
    }

    @Test
    void clean_mojibakeThenWhitespace() {
        assertThat(TextCleaner.clean("Itâ€™s  here")).isEqualTo("It’s here");
    }

    @Test
    void cleanLine_newlinesBecomeSpaces() {
        assertThat(TextCleaner.cleanLine(" A\ntitle\r\n here ")).isEqualTo("A title here");
        assertThat(TextCleaner.clean(null)).isEmpty();
    }
}
