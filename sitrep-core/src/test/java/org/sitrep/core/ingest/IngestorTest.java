package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private Path write(String rel, String content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void ingest_directory_recursiveSortedAndDetected() throws IOException {
        write("b/2.jsonl", "{\"id\":\"j1\",\"text\":\"json\"}\n");
        write("a.txt", " date 2020-01-01 text file");
        write("b/1.csv", "id,text\nc1,csv\n");
        write("c.html", "<html><body><p>html</p></body></html>");
        write(".hidden.txt", "skip me");
        Collecting c = new Collecting();
        IngestReport report = Ingestor.standard().ingest(List.of(dir.toString()), null, c);
        assertThat(c.problems).isEmpty();
        assertThat(c.records).extracting(RawRecord::id).containsExactly("a", "c1", "j1", "c");
        assertThat(report).isEqualTo(new IngestReport(4, 4, 0));
    }

    @Test
    void ingest_glob_matchesAtAnyDepthIncludingZero() throws IOException {
        write("data/x.jsonl", "{\"text\":\"top\"}");
        write("data/sub/deeper/y.jsonl", "{\"text\":\"deep\"}");
        write("data/sub/z.txt", "not matched");
        Collecting c = new Collecting();
        IngestReport report = Ingestor.standard().ingest(List.of(dir + "/data/**/*.jsonl"), null, c);
        assertThat(c.records).extracting(RawRecord::text).containsExactly("deep", "top");
        assertThat(report.files()).isEqualTo(2);
    }

    @Test
    void ingest_missingFileAndEmptyGlob_oneProblemEach() {
        Collecting c = new Collecting();
        IngestReport report = Ingestor.standard().ingest(List.of(dir + "/nope.jsonl", dir + "/*.none"), null, c);
        assertThat(c.problems).extracting(p -> p.message())
                .containsExactly("no such file or directory", "no files match this pattern");
        assertThat(report.problems()).isEqualTo(2);
    }

    @Test
    void read_gzipByMagicBytes_decompressedAndSniffed() throws IOException {
        byte[] gz = gzip("{\"text\":\"zipped\"}\n{\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8));
        Collecting c = new Collecting();
        IngestReport report = Ingestor.standard().read(new ByteArrayInputStream(gz), "upload", null, c);
        assertThat(c.records).extracting(RawRecord::text).containsExactly("zipped", "two");
        assertThat(report.records()).isEqualTo(2);
    }

    @Test
    void read_truncatedGzip_keepsRecordsAndReportsOnce() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"record number ").append(i * 7919L)
                .append("\"}\n");
        byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        Collecting c = new Collecting();
        Ingestor.standard().read(new ByteArrayInputStream(cut), "cut.jsonl.gz", null, c);
        assertThat(c.records).isNotEmpty().hasSizeLessThan(2000);
        assertThat(c.problems).singleElement().extracting(p -> p.message()).asString()
                .startsWith("truncated or corrupt gzip data").contains("kept the " + c.records.size() + " record(s)");
    }

    @Test
    void read_override_beatsExtension() {
        Collecting c = new Collecting();
        Ingestor.standard().read(new ByteArrayInputStream("id,text\n1,hello\n".getBytes(StandardCharsets.UTF_8)),
                "data.txt", Format.CSV, c);
        assertThat(c.records).singleElement().extracting(RawRecord::text).isEqualTo("hello");
    }

    @Test
    void read_utf16WithBom_transcoded() {
        Collecting c = new Collecting();
        byte[] b = "\uFEFF{\"text\":\"wide é\"}\n".getBytes(StandardCharsets.UTF_16LE);
        Ingestor.standard().read(new ByteArrayInputStream(b), "w.jsonl", null, c);
        assertThat(c.problems).isEmpty();
        assertThat(c.records).singleElement().extracting(RawRecord::text).isEqualTo("wide é");
    }

    @Test
    void read_binary_oneProblemNamingOffset() {
        Collecting c = new Collecting();
        byte[] b = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Ingestor.standard().read(new ByteArrayInputStream(b), "img.txt", null, c);
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().hasToString("img.txt: binary data, not text (NUL byte at offset 8); skipped");
    }

    @Test
    void read_sniffsFormatsWithoutExtension() throws IOException {
        assertThat(FormatSniffer.byContent("WARC/1.0\r\n".getBytes(), 10)).isEqualTo(Format.WARC);
        byte[] rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".getBytes();
        assertThat(FormatSniffer.byContent(rss, rss.length)).isEqualTo(Format.FEED);
        byte[] html = "  <!DOCTYPE html><html>".getBytes();
        assertThat(FormatSniffer.byContent(html, html.length)).isEqualTo(Format.HTML);
        byte[] csv = "id,title,text\n1,a,b".getBytes();
        assertThat(FormatSniffer.byContent(csv, csv.length)).isEqualTo(Format.CSV);
        byte[] json = "{\"text\":1}".getBytes();
        assertThat(FormatSniffer.byContent(json, json.length)).isEqualTo(Format.JSONL);
        byte[] text = "Plain words, nothing else.".getBytes();
        assertThat(FormatSniffer.byContent(text, text.length)).isEqualTo(Format.SEED_TEXT);
        assertThat(FormatSniffer.byName("x/y.WARC.gz")).isEqualTo(Format.WARC);
        assertThat(Format.fromName("ndjson")).contains(Format.JSONL);
    }
}
