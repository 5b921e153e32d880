package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static Collecting read(String s) throws Exception {
        Collecting c = new Collecting();
        new CsvReader().read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "in.csv", c);
        return c;
    }

    @Test
    void read_quotedMultiLineFields_parsed() throws Exception {
        Collecting c = read("id,Title,text,date,source\r\n1,\"Fire, big\",\"Line one.\n\nSaid \"\"no\"\".\",2020-01-02,wire\n"
                + "2,Plain,Short text,,\n");
        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        RawRecord r = c.records.getFirst();
        assertThat(r.title()).isEqualTo("Fire, big");
        assertThat(r.text()).isEqualTo("Line one.\n\nSaid \"no\".");
        assertThat(r.extra()).containsEntry("source", "wire");
        assertThat(c.records.get(1).location()).isEqualTo("line 5");
        assertThat(c.records.get(1).date()).isNull();
    }

    @Test
    void read_wrongFieldCount_oneProblemAndContinues() throws Exception {
        Collecting c = read("id,text\n1,a,extra\n2,b\n");
        assertThat(c.records).extracting(RawRecord::text).containsExactly("b");
        assertThat(c.problems).singleElement().hasToString("in.csv (line 2): record has 3 fields but the header has 2; skipped");
    }

    @Test
    void read_unterminatedQuote_reportedAtItsLine() throws Exception {
        Collecting c = read("id,text\n1,\"never closed\n2,b\n");
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 2");
            assertThat(p.message()).contains("unterminated");
        });
    }

    @Test
    void read_tabDelimited_detected() throws Exception {
        Collecting c = read("id\ttext\n1\thello, world\n");
        assertThat(c.records.getFirst().text()).isEqualTo("hello, world");
    }

    @Test
    void read_noTextColumn_oneProblem() throws Exception {
        Collecting c = read("a,b\n1,2\n");
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().extracting(p -> p.message()).asString().contains("no 'text'");
    }
}
