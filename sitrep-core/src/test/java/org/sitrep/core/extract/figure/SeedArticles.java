package org.sitrep.core.extract.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;

/** Reads the seed articles from the shared folder (tests skip when it is absent). */
public final class SeedArticles {
    private SeedArticles() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("gold.json")), "no seed corpus at " + dir + " (set sitrep.shared)");
        return dir;
    }

    public static JsonNode gold() throws IOException {
        return new ObjectMapper().readTree(dir().resolve("gold.json").toFile());
    }

    /** The seed whose file name starts with {@code prefix} ("000"), as a Doc with the gold publication date. */
    public static Doc doc(String prefix) throws IOException {
        Path dir = dir();
        JsonNode articles = gold().get("articles");
        try (var files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            String name = f.getFileName().toString();
            JsonNode pub = articles.path(name).path("published");
            LocalDate published = pub.isTextual() ? LocalDate.parse(pub.asText()) : null;
            String text = Files.readString(f, StandardCharsets.UTF_8);
            return Doc.of(new Article(name, "", text, published, null, null, null, "en", "", f.toString(), Map.of()));
        }
    }
}
