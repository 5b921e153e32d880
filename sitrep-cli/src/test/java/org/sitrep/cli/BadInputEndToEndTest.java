package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.testkit.Seeds;

/** A batch mixing good articles with every kind of bad input: the good ones land, each bad one is named. */
class BadInputEndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void ingest_mixedBatch_storesGoodReportsBadAndKeepsWhatWasStored() throws Exception {
        Path data = tmp.resolve("data");
        Path first = Seeds.copyTo(tmp.resolve("first"));
        Files.delete(first.resolve("gold.json"));
        SeedsEndToEndTest.Run r0 = SeedsEndToEndTest.run("ingest", "-q", "--data", data.toString(), first.toString());
        assertThat(r0.code()).as(r0.err()).isZero();

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
        Files.write(bad.resolve("binary.bin"), binary);
        Files.writeString(bad.resolve("broken.jsonl"),
                "{\"id\":\"ok1\",\"title\":\"Fire at a warehouse\",\"text\":\"A fire destroyed a warehouse in Springfield on"
                        + " Monday, officials said. No one was injured.\",\"date\":\"2024-05-06\"}\n"
                        + "{\"id\":\"bad\",\"title\": oops}\n");
        Files.writeString(bad.resolve("nothing.html"), "<html><head><title>x</title></head><body><nav>Home</nav></body></html>");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("{\"id\":\"gz1\",\"text\":\"" + "Police said two men were wounded in a shooting. ".repeat(50)
                    + "\"}\n").repeat(20).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Files.write(bad.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("ingest", "-q", "--data", data.toString(), bad.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.PARTIAL);
        List<String> problems = r.err().lines().filter(l -> l.startsWith("problem: ")).toList();
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("empty.txt"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("binary.bin"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("broken.jsonl").contains("line 2"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("nothing.html"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("truncated.jsonl.gz"));
        try (Store store = Stores.open(data)) {
            assertThat(store.article("ok1")).isPresent();
            for (int i = 0; i < 5; i++) assertThat(store.article(SeedsEndToEndTest.stem(i))).isPresent();
            assertThat(store.incidentCount()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void ingest_unknownFormat_isAUsageError() {
        SeedsEndToEndTest.Run r = SeedsEndToEndTest.run("ingest", "--format", "pdf", "--data", tmp.toString(), "x");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown --format 'pdf'");
    }
}
