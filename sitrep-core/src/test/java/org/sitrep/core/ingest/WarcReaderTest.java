package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
    static byte[] record(String type, String uri, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2016-05-06T07:08:09Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] response(String uri, int status, String mime, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 " + status + " OK\r\nContent-Type: " + mime + "\r\nContent-Length: " + body.length
                + "\r\n\r\n" + html;
        return record("response", uri, "application/http; msgtype=response", http);
    }

    static byte[] sampleWarc() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(record("warcinfo", "urn:x", "application/warc-fields", "software: test\r\n"));
        out.writeBytes(response("https://news.example/one", 200, "text/html; charset=utf-8", "<p>First page é</p>"));
        out.writeBytes(response("https://news.example/img.png", 200, "image/png", "PNG"));
        out.writeBytes(response("https://news.example/gone", 404, "text/html", "<p>Not found</p>"));
        out.writeBytes(response("https://news.example/two", 200, "text/html", "<p>Second page</p>"));
        return out.toByteArray();
    }

    @Test
    void read_htmlResponses_oneRecordEachWithUrlAndCaptureDate() throws Exception {
        Collecting c = new Collecting();
        new WarcReader(1 << 20).read(new ByteArrayInputStream(sampleWarc()), "crawl.warc", c);
        assertThat(c.problems).isEmpty();
        assertThat(c.records).extracting(RawRecord::url)
                .containsExactly("https://news.example/one", "https://news.example/two");
        RawRecord r = c.records.getFirst();
        assertThat(r.html()).contains("First page é");
        assertThat(r.extra()).containsEntry(Ingestor.CAPTURE_DATE, "2016-05-06T07:08:09Z");
        assertThat(r.location()).isEqualTo("record 2");
    }

    @Test
    void read_truncatedHeader_oneProblemThroughIngestor() {
        Collecting c = new Collecting();
        IngestReport report = Ingestor.standard().read(
                new ByteArrayInputStream("WARC/1.0\r\nnonsense".getBytes(StandardCharsets.UTF_8)), "bad.warc", null, c);
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().extracting(p -> p.toString()).asString().startsWith("bad.warc: ");
        assertThat(report.problems()).isEqualTo(1);
    }

    @Test
    void read_garbageRecordAfterGoodOne_keepsTheGoodOne() {
        byte[] good = response("https://news.example/one", 200, "text/html", "<p>ok</p>");
        byte[] bad = "WARC/1.0\r\nContent-Length: x\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Collecting c = new Collecting();
        Ingestor.standard().read(new ByteArrayInputStream(all), "mixed.warc", null, c);
        assertThat(c.records).hasSize(1);
        assertThat(c.problems).hasSize(1);
    }
}
