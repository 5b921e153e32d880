package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static Collecting read(byte[] b, String name) throws Exception {
        Collecting c = new Collecting();
        new HtmlReader(1 << 20).read(new ByteArrayInputStream(b), name, c);
        return c;
    }

    @Test
    void read_canonicalLink_setsIdAndUrl() throws Exception {
        String html = "<html><head><link href=\"https://news.example/a?x=1&amp;y=2\" rel=\"canonical\"></head>"
                + "<body><p>Hello</p></body></html>";
        RawRecord r = read(html.getBytes(StandardCharsets.UTF_8), "dir/page.html").records.getFirst();
        assertThat(r.url()).isEqualTo("https://news.example/a?x=1&y=2");
        assertThat(r.id()).isEqualTo("https://news.example/a?x=1&y=2");
        assertThat(r.html()).contains("<p>Hello</p>");
    }

    @Test
    void read_noCanonical_idFromFileName() throws Exception {
        RawRecord r = read("<p>Hi</p>".getBytes(StandardCharsets.UTF_8), "dir/story-12.html.gz").records.getFirst();
        assertThat(r.id()).isEqualTo("story-12");
        assertThat(r.url()).isNull();
    }

    @Test
    void read_declaredCharset_used() throws Exception {
        String html = "<meta charset=\"koi8-r\"><p>Привет</p>";
        RawRecord r = read(html.getBytes(Charset.forName("KOI8-R")), "p.html").records.getFirst();
        assertThat(r.html()).contains("Привет");
    }

    @Test
    void read_overCap_refusedWithOneProblem() throws Exception {
        Collecting c = new Collecting();
        new HtmlReader(10).read(new ByteArrayInputStream(new byte[100]), "big.html", c);
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().extracting(p -> p.message()).asString()
                .contains("larger than the 10 bytes limit");
    }
}
