package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.internal.Outcome;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * A corpus of malformed inputs runs through ingest and normalise: nothing throws, and each bad input yields
 * exactly one problem, on one line, naming the file (and the line or record where there is one). The big
 * inputs (200 MB, 100k files) are generated at test time. Tagged slow, but run by default.
 */
@Tag("slow")
class MalformedInputTest {
    @TempDir
    static Path dir;

    /** What ingest + normalise made of some inputs. */
    record Result(IngestReport report, List<Article> articles, List<Problem> problems) {
    }

    static Result run(Ingestor ingestor, String... inputs) {
        Normalizer n = Normalizers.standard();
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        IngestReport report = ingestor.ingest(List.of(inputs), null, new RecordSink() {
            @Override
            public void accept(RawRecord record) {
                Outcome<Article> o = n.normalize(record);
                problems.addAll(o.problems());
                if (o.isOk()) articles.add(o.value());
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        });
        return new Result(report, articles, problems);
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs one bad file and checks: one problem, one line, naming the file, containing {@code expected}. */
    private static Result expectOneProblem(Path p, String expected) {
        Result r = run(Ingestor.standard(), p.toString());
        assertThat(r.problems()).as("problems for %s", p.getFileName()).hasSize(1);
        String line = r.problems().getFirst().toString();
        assertThat(line).startsWith(p.toString()).doesNotContain("\n").containsIgnoringCase(expected);
        return r;
    }

    @Test
    void emptyFiles_oneProblemEach() throws IOException {
        expectOneProblem(file("empty.txt", ""), "empty file");
        expectOneProblem(file("empty.jsonl", ""), "empty file");
        expectOneProblem(file("blank.txt", "  \n\n\t \n"), "empty file");
        expectOneProblem(file("empty.csv", "\n\n"), "no CSV header");
        expectOneProblem(file("empty.jsonl.gz", IngestorTest.gzip(new byte[0])), "empty file");
    }

    @Test
    void binaryFiles_oneProblemEach() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[100] = 0;
        expectOneProblem(file("random.bin", junk), "binary data");
        expectOneProblem(file("random.jsonl", junk), "binary data");
        expectOneProblem(file("random.jsonl.gz", IngestorTest.gzip(junk)), "binary data");
        byte[] fakeGzip = Arrays.copyOf(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3}, 64);
        expectOneProblem(file("fake.gz", fakeGzip), "gzip");
    }

    @Test
    void invalidUtf8_decodedWithOneWarning() throws IOException {
        Path p = file("latin.txt", "Le café était fermé à cause de l’incendie, a dit le maire."
                .getBytes(Charset.forName("windows-1252")));
        Result r = expectOneProblem(p, "not valid UTF-8");
        assertThat(r.articles()).singleElement().extracting(Article::text)
                .isEqualTo("Le café était fermé à cause de l’incendie, a dit le maire.");
    }

    @Test
    void truncatedGzip_recordsKeptAndOneProblem() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(1);
        for (int i = 0; i < 3000; i++) {
            sb.append("{\"id\":\"t").append(i).append("\",\"text\":\"Record ").append(rnd.nextLong())
                    .append(" describes a small fire in a shed.\"}\n");
        }
        byte[] gz = IngestorTest.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        Result r = expectOneProblem(file("cut.jsonl.gz", Arrays.copyOf(gz, gz.length * 2 / 3)), "truncated");
        assertThat(r.articles()).hasSizeBetween(1000, 2999);
        byte[] doc = IngestorTest.gzip("A whole article that is cut short by the end of the file.".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        expectOneProblem(file("cut.txt.gz", Arrays.copyOf(doc, doc.length / 2)), "truncated");
    }

    @Test
    void malformedRecords_oneProblemEachWithLocation() throws IOException {
        Result r = expectOneProblem(file("bad-line.jsonl", "{\"text\":\"A good record about a fire.\"}\n"
                + "{\"text\": \"broken\n{\"text\":\"Another good one about a flood.\"}\n"), "line 2");
        assertThat(r.articles()).hasSize(2);
        expectOneProblem(file("deep.jsonl", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}\n"), "malformed JSON");
        expectOneProblem(file("no-text.jsonl", "{\"id\":\"x\",\"url\":\"https://example.org/a\"}\n"), "record has no text");
        expectOneProblem(file("quote.csv", "id,text\n1,\"never closed\n"), "unterminated");
        expectOneProblem(file("header.csv", "a,b\n1,2\n"), "no 'text'");
        expectOneProblem(file("bad.rss", "<?xml version=\"1.0\"?><rss><channel><item>"), "not a readable RSS");
        expectOneProblem(file("bad.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort"),
                "bad.warc");
        expectOneProblem(file("nothing.jsonl", "{\"text\":\"   \",\"html\":\"<html><body><nav><a href='/'>Home</a></nav>"
                + "<script>go()</script></body></html>\"}\n"), "no article text found");
    }

    @Test
    void htmlWithoutText_oneProblem() throws IOException {
        expectOneProblem(file("empty-page.html", "<html><head><title>Nothing</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>"), "no article text found");
        expectOneProblem(file("deep.html", "<div>".repeat(20000) + "</div>".repeat(20000)), "no article text found");
    }

    @Test
    void missingInputs_oneProblemEach() {
        Result r = run(Ingestor.standard(), dir.resolve("absent.jsonl").toString(), dir + "/nowhere/**/*.jsonl");
        assertThat(r.problems()).hasSize(2).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    }

    @Test
    void oversizedSingleDocument_refusedWithoutLoading() throws IOException {
        Path p = dir.resolve("huge.html");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
            byte[] para = "<p>Words of a very long page, repeated again and again.</p>\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= Ingestor.DEFAULT_MAX_DOCUMENT_BYTES; written += para.length) out.write(para);
        }
        Result r = expectOneProblem(p, "larger than the 20 MB limit");
        assertThat(r.articles()).isEmpty();
    }

    @Test
    void file200Mb_streamedWithoutProblems() throws IOException {
        Path p = dir.resolve("big.jsonl");
        int records = 0;
        byte[] body = ("Paragraph about an incident in a town, with a number 12 and a date. ".repeat(1400) + "\\n\\n")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
            for (long written = 0; written < 200L << 20; records++) {
                byte[] head = ("{\"id\":\"b" + records + "\",\"date\":\"2020-01-02\",\"lang\":\"en\",\"text\":\"")
                        .getBytes(StandardCharsets.UTF_8);
                out.write(head);
                out.write(body);
                out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
                written += head.length + body.length + 3L;
            }
        }
        Result r = run(Ingestor.standard(), p.toString());
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).hasSize(records);
        assertThat(r.report().records()).isEqualTo(records);
        Files.delete(p);
    }

    @Test
    void directoryWith100kFiles_streamedInOrder() throws IOException {
        Path big = Files.createDirectory(dir.resolve("many"));
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            Files.write(big.resolve(String.format("f%06d.txt", i)), ("Note " + i).getBytes(StandardCharsets.US_ASCII));
        }
        long t0 = System.nanoTime();
        Result r = run(Ingestor.standard(), big.toString());
        System.out.printf("100k files: ingest+normalise %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(r.problems()).isEmpty();
        assertThat(r.report().files()).isEqualTo(n);
        assertThat(r.articles()).hasSize(n);
        assertThat(r.articles().get(0).id()).isEqualTo("f000000");
        assertThat(r.articles().get(n - 1).id()).isEqualTo(String.format("f%06d", n - 1));
    }
}
