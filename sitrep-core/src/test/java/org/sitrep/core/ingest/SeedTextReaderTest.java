package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedTextReaderTest {
    @Test
    void parse_dateHeader_setsDateAndBody() {
        RawRecord r = SeedTextReader.parse(" date 2021-03-04 A storm hit the coast.\n\nMore text.", "x/001_ab.txt");
        assertThat(r.date()).isEqualTo("2021-03-04");
        assertThat(r.text()).isEqualTo("A storm hit the coast.\n\nMore text.");
        assertThat(r.id()).isEqualTo("001_ab");
        assertThat(r.title()).isNull();
    }

    @Test
    void parse_titleDateUrlLines_setsAllFour() {
        RawRecord r = SeedTextReader.parse("Flood closes bridge\n20210304\nhttps://news.example/a/1.html\nBody line.\nSecond.",
                "f.txt");
        assertThat(r.title()).isEqualTo("Flood closes bridge");
        assertThat(r.date()).isEqualTo("20210304");
        assertThat(r.url()).isEqualTo("https://news.example/a/1.html");
        assertThat(r.text()).isEqualTo("Body line.\nSecond.");
    }

    @Test
    void parse_bareBody_keepsEverythingAsText() {
        String body = "A bridge closed on Tuesday.\n20210304 is not a date line here\nThird line.";
        RawRecord r = SeedTextReader.parse(body, "stdin");
        assertThat(r.text()).isEqualTo(body);
        assertThat(r.date()).isNull();
        assertThat(r.id()).isNull();
    }
}
