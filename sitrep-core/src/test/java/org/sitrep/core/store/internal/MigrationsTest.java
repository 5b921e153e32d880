package org.sitrep.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void files_listEveryMigrationOnTheClasspathInVersionOrder() throws Exception {
        URL dir = Migrations.class.getResource(Migrations.RESOURCE_DIR);
        assertThat(dir).as("migrations directory on the classpath").isNotNull();
        List<String> found;
        try (Stream<Path> files = Files.list(path(dir))) {
            found = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertThat(Migrations.FILES).containsExactlyInAnyOrderElementsOf(found);
        for (int v = 1; v <= Migrations.FILES.size(); v++) {
            assertThat(Migrations.FILES.get(v - 1)).startsWith("V" + v + "__");
        }
    }

    @Test
    void statements_dropCommentsAndSplitAtLineEndSemicolons() {
        String script = "-- header; not a statement\nCREATE TABLE a (x TEXT DEFAULT ';');\n\n"
                + "CREATE INDEX a_x\n    ON a (x);\nINSERT INTO a VALUES ('tail')";
        assertThat(Migrations.statements(script)).containsExactly(
                "CREATE TABLE a (x TEXT DEFAULT ';')", "CREATE INDEX a_x\n    ON a (x)", "INSERT INTO a VALUES ('tail')");
    }

    @Test
    void statements_ofEveryMigration_areNonEmpty() {
        for (String f : Migrations.FILES) {
            assertThat(Migrations.statements(Migrations.read(f))).as(f).isNotEmpty().allMatch(s -> !s.isBlank());
        }
    }

    private static Path path(URL url) throws URISyntaxException {
        return Path.of(url.toURI());
    }
}
