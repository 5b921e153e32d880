package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    private static Collecting read(String s) throws Exception {
        Collecting c = new Collecting();
        new JsonlReader().read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "in.jsonl", c);
        return c;
    }

    @Test
    void read_knownAndExtraFields_mapped() throws Exception {
        Collecting c = read("{\"id\":7,\"title\":\"T\",\"text\":\"Body\",\"date\":\"2020-01-02\",\"url\":\"http://x.org/a\","
                + "\"lang\":\"en\",\"event_id\":\"e1\",\"gold\":{\"k\":1},\"nothing\":null}\n");
        assertThat(c.problems).isEmpty();
        RawRecord r = c.records.getFirst();
        assertThat(r.id()).isEqualTo("7");
        assertThat(r.title()).isEqualTo("T");
        assertThat(r.text()).isEqualTo("Body");
        assertThat(r.date()).isEqualTo("2020-01-02");
        assertThat(r.url()).isEqualTo("http://x.org/a");
        assertThat(r.lang()).isEqualTo("en");
        assertThat(r.extra()).containsEntry("event_id", "e1").containsEntry("gold", "{\"k\":1}")
                .doesNotContainKey("nothing");
        assertThat(r.location()).isEqualTo("line 1");
    }

    @Test
    void read_malformedLine_oneProblemWithLineNumberAndContinues() throws Exception {
        Collecting c = read("{\"text\":\"a\"}\n{\"text\": oops\n\n[1,2]\r\n{\"text\":\"b\"}");
        assertThat(c.records).extracting(RawRecord::text).containsExactly("a", "b");
        assertThat(c.records.get(1).location()).isEqualTo("line 5");
        assertThat(c.problems).hasSize(2);
        assertThat(c.problems.get(0).location()).isEqualTo("line 2");
        assertThat(c.problems.get(0).message()).startsWith("malformed JSON");
        assertThat(c.problems.get(1).toString()).isEqualTo("in.jsonl (line 4): expected a JSON object, found array");
    }

    @Test
    void read_latin1Line_decodedWithWarning() throws Exception {
        Collecting c = new Collecting();
        byte[] b = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        new JsonlReader().read(new ByteArrayInputStream(b), "in.jsonl", c);
        assertThat(c.records.getFirst().text()).isEqualTo("café");
        assertThat(c.problems).singleElement().extracting(p -> p.message()).asString().contains("windows-1252");
    }
}
