package org.sitrep.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Qualifier;

class QuantitiesTest {
    @Test
    void parse_digitsAndWords_values() {
        assertThat(Quantities.parse("1,000").value()).isEqualTo(1000);
        assertThat(Quantities.parse("twenty-one").value()).isEqualTo(21);
        assertThat(Quantities.parse("two hundred and five").value()).isEqualTo(205);
        assertThat(Quantities.parse("a dozen").value()).isEqualTo(12);
    }

    @Test
    void parse_qualifiers_mapped() {
        assertThat(Quantities.parse("at least 10").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(Quantities.parse("more than 40").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Quantities.parse("an estimated 600").qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(Quantities.parse("as many as 9").qualifier()).isEqualTo(Qualifier.UP_TO);
        var r = Quantities.parse("5 to 7");
        assertThat(r.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(r.upper()).isEqualTo(7);
    }

    @Test
    void parse_vague_smallestValue() {
        assertThat(Quantities.parse("several dozen").value()).isEqualTo(36);
        assertThat(Quantities.parse("tens of").value()).isEqualTo(20);
        assertThat(Quantities.parse("more than a dozen").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Quantities.parse("a couple").value()).isEqualTo(2);
    }

    @Test
    void parse_notANumber_null() {
        assertThat(Quantities.parse("banana")).isNull();
    }
}
