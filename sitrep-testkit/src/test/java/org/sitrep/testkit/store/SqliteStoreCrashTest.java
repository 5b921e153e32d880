package org.sitrep.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;

/**
 * Kills a writing child JVM with SIGKILL at different moments and checks that the store comes back
 * intact: SQLite passes integrity_check, exactly the committed batches are there, the Lucene index was
 * never ahead of SQLite and catches up, and a rerun finishes the job without duplicates.
 */
class SqliteStoreCrashTest {
    private static final int TOTAL = 4_000;
    private static final int BATCH = 100;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "kill after {0} commits + {1} ms")
    @CsvSource({"0, 150", "1, 0", "4, 7", "12, 25"})
    void kill_midRun_committedBatchesSurviveAndRerunCompletes(int commits, int delayMs) throws Exception {
        Process child = start();
        long lastCommitted = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("child output").startsWith("open");
            int seen = 0;
            while (seen < commits && (line = out.readLine()) != null) {
                assertThat(line).startsWith("committed ");
                lastCommitted = Long.parseLong(line.substring("committed ".length()));
                seen++;
            }
            if (delayMs > 0) Thread.sleep(delayMs);
            assertThat(child.isAlive()).as("child still writing when killed").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        long count = checkDatabase();
        // the child keeps committing between printing a count and receiving SIGKILL, so more than one batch
        // may land after the last count we read; what must hold is: nothing confirmed is lost, no partial batch
        assertThat(count).as("articles after kill (last committed seen: %d)", lastCommitted)
                .isBetween(lastCommitted, (long) TOTAL);
        assertThat(count % BATCH).as("only whole batches").isZero();
        long indexed = indexedSeq();
        assertThat(indexed).as("the index is never ahead of SQLite").isLessThanOrEqualTo(maxIndexSeq());

        try (Store store = Stores.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(count);
            if (count > 0) {
                assertThat(store.search("marker0", 5)).hasSize(1);
                assertThat(store.search("marker" + (count - 1), 5)).hasSize(1);
                assertThat(store.search("marker" + (count / 2), 5)).hasSize(1);
            }
            assertThat(store.search("marker" + count, 5)).isEmpty();
        }
        assertThat(indexDocs()).isEqualTo(count);

        Process rerun = start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(rerun.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) last = line;
        }
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        assertThat(last).isEqualTo("done " + TOTAL);
        assertThat(checkDatabase()).isEqualTo(TOTAL);
        try (Store store = Stores.open(dir)) {
            Set<String> ids = new HashSet<>();
            List<String> order = new ArrayList<>();
            store.forEachArticle(a -> {
                ids.add(a.id());
                order.add(a.id());
            });
            assertThat(ids).hasSize(TOTAL);
            assertThat(order).hasSize(TOTAL);
            assertThat(store.search("marker" + (TOTAL - 1), 5)).hasSize(1);
        }
        assertThat(indexDocs()).isEqualTo(TOTAL);
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                dir.toString(), Integer.toString(TOTAL), Integer.toString(BATCH));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** integrity_check and foreign_key_check on the raw database; returns the article count. */
    private long checkDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("foreign key violations").isFalse();
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id) FROM article")) {
                rs.next();
                assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    private long maxIndexSeq() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(index_seq), 0) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long indexedSeq() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"))) {
            if (!DirectoryReader.indexExists(d)) return 0;
            Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
            return Long.parseLong(data.getOrDefault("sitrep.indexedSeq", "0"));
        }
    }

    private int indexDocs() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }
}
