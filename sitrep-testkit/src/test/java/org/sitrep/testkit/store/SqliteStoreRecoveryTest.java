package org.sitrep.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.SearchHit;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.StoreException;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Article;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;

/** What the embedded store does with its own files: lock, schema versions, a lagging or broken index. */
class SqliteStoreRecoveryTest {
    @TempDir
    Path dir;

    private void write(int from, int to) {
        try (Store s = Stores.open(dir)) {
            for (int i = from; i < to; i++) s.putArticle(StoreFixtures.numbered("r", i));
            s.commit();
        }
    }

    @Test
    void open_sameDirectoryTwice_refusedNamingTheDirectory() {
        try (Store first = Stores.open(dir)) {
            assertThatThrownBy(() -> Stores.open(dir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("already open");
            assertThat(first.articleCount()).isZero();
        }
        try (Store again = Stores.open(dir)) {
            assertThat(again.articleCount()).isZero();
        }
    }

    @Test
    void open_newDirectory_appliesMigrationsWithWalAndForeignKeys() throws SQLException {
        Stores.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement()) {
            assertThat(string(st, "SELECT group_concat(version) FROM schema_version")).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, org.sitrep.core.store.internal.Migrations.latest())
                            .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(",")));
            assertThat(string(st, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void open_storeWrittenBeforeIncidentEvents_migratesKeepingEverything() throws SQLException {
        Incident inc = StoreFixtures.incident("i1", List.of("r-0", "r-1"), java.time.LocalDate.of(2024, 5, 5));
        try (Store s = Stores.open(dir)) {
            s.putArticle(StoreFixtures.numbered("r", 0));
            s.putArticle(StoreFixtures.numbered("r", 1));
            s.putIncident(inc);
            s.commit();
        }
        // the store as a sitrep at schema version 2 left it: no incident_event table, no version 3
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE incident_event");
            st.executeUpdate("DELETE FROM schema_version WHERE version >= 3");
            assertThat(string(st, "SELECT group_concat(version) FROM schema_version")).isEqualTo("1,2");
        }
        IncidentEvent e = IncidentEvent.merge("i0", "i1", java.time.Instant.parse("2024-05-06T00:00:00Z"), "r-1",
                List.of("r-1"));
        try (Store s = Stores.open(dir)) {
            assertThat(s.incident("i1")).contains(inc);
            assertThat(s.incidentOf("r-1")).contains("i1");
            assertThat(s.incidentEvents("i1")).isEmpty();
            s.putIncidentEvent(e);
            s.commit();
        }
        try (Store s = Stores.open(dir)) {
            assertThat(s.incidentEvents("i1")).containsExactly(e);
            assertThat(s.incidentDetail("i1").orElseThrow().events()).containsExactly(e);
            assertThat(s.articleCount()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement()) {
            assertThat(string(st, "SELECT max(version) FROM schema_version"))
                    .isEqualTo(Integer.toString(org.sitrep.core.store.internal.Migrations.latest()));
        }
    }

    @Test
    void open_schemaNewerThanCode_refused() throws SQLException {
        Stores.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version VALUES (99, 'V99__future.sql', datetime('now'))");
        }
        assertThatThrownBy(() -> Stores.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("99").hasMessageContaining("newer sitrep").hasMessageContaining(dir.toString());
        // the refused open released the lock
        assertThatThrownBy(() -> Stores.open(dir)).hasMessageContaining("99");
    }

    @Test
    void open_indexBehindSqlite_catchesUpIncludingRevisions() throws IOException {
        write(0, 30);
        Path backup = dir.resolveSibling("index-backup");
        copy(dir.resolve("index"), backup);
        write(30, 60);
        try (Store s = Stores.open(dir)) {
            Article revised = StoreFixtures.article("other-id", "Depot fire number 3",
                    "A corrected account: zebras escaped from the depot.", "https://example.org/r/3");
            assertThat(s.putArticle(revised)).isEqualTo(Store.PutStatus.REVISION);
            s.commit();
        }
        delete(dir.resolve("index"));
        copy(backup, dir.resolve("index"));
        try (Store s = Stores.open(dir)) {
            assertThat(s.search("marker45", 5)).extracting(SearchHit::articleId).containsExactly("r-45");
            assertThat(s.search("zebras", 5)).extracting(SearchHit::articleId).containsExactly("r-3");
            assertThat(s.search("marker3", 5)).isEmpty();
            assertThat(s.search("depot", 100)).hasSize(60);
        }
    }

    @Test
    void open_indexDeletedOrCorrupt_rebuiltFromSqlite() throws IOException {
        write(0, 20);
        delete(dir.resolve("index"));
        try (Store s = Stores.open(dir)) {
            assertThat(s.search("marker7", 5)).extracting(SearchHit::articleId).containsExactly("r-7");
        }
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        try (Store s = Stores.open(dir)) {
            assertThat(s.search("marker11", 5)).extracting(SearchHit::articleId).containsExactly("r-11");
            assertThat(s.search("depot", 100)).hasSize(20);
        }
    }

    @Test
    void close_twiceAndUseAfterClose_clearState() {
        Store s = Stores.open(dir);
        s.close();
        s.close();
        assertThatThrownBy(s::articleCount).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void figures_queryableWithEvidenceInTheirOwnTable() throws SQLException {
        try (Store s = Stores.open(dir)) {
            Article a = StoreFixtures.numbered("f", 1);
            s.putArticle(a);
            s.putFacts(StoreFixtures.facts(a, 3, 8));
            s.commit();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db"));
             Statement st = c.createStatement()) {
            assertThat(string(st, "SELECT group_concat(kind || ':' || value || '@' || evidence_article_id || '['"
                    + " || evidence_start || ',' || evidence_end || ')', ' ') FROM figure ORDER BY ordinal"))
                    .isEqualTo("KILLED:3@f-1[" + evidenceStart("people") + ","
                            + (evidenceStart("people") + 6) + ") INJURED:8@f-1[" + evidenceStart("hurt") + ","
                            + (evidenceStart("hurt") + 4) + ")");
        }
    }

    private static int evidenceStart(String phrase) {
        return StoreFixtures.numbered("f", 1).fullText().indexOf(phrase);
    }

    private static String string(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
