package org.sitrep.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenNumbersTest {
    @Test
    void in_digitsAndWords_readsEachNumber() {
        assertThat(WrittenNumbers.in("Two men were hurt and 14 others fled; twenty-one shots, a dozen cars, 1,200 people."))
                .containsExactly(2, 12, 14, 21, 1200);
    }

    @Test
    void in_partsOfDecimalsAndWords_areNotNumbers() {
        assertThat(WrittenNumbers.in("A 3.5 magnitude tremor hit Tenbury; someone called.")).isEmpty();
    }
}
