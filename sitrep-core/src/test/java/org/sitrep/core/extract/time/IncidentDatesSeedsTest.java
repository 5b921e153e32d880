package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

/** The seed articles (shared corpus/seeds): the incident date of each, dated or not. */
class IncidentDatesSeedsTest {
    /** The translated copy names no day at all ("on Tuesday", "February 2022"): no date rather than a wrong one. */
    @org.junit.jupiter.api.Test
    void standard_undatedCopyWithoutAnyDay_returnsNull() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path path = shared == null ? null : Path.of(shared, "corpus", "seeds", "004_b039938729907593.txt");
        assumeTrue(path != null && Files.isRegularFile(path), "skipped: shared corpus/seeds not found");
        String file = path.getFileName().toString();
        Article a = new Article(file, "", Files.readString(path), null, null, null, null, "en", "", file, Map.of());
        org.junit.jupiter.api.Assertions.assertNull(IncidentDates.standard().extract(Doc.of(a)));
    }

    @ParameterizedTest
    @CsvSource({
        "000_25bac03943eac0fa.txt, 2022-06-28, 2022-06-27",
        "001_3e7924a1511fcd72.txt, 2022-06-27, 2022-06-27",
        "002_0f401f37fc61d913.txt, 2022-06-30, 2022-06-27",
        "003_7a6a18dbfa0dd881.txt, , 2023-03-14"})
    void standard_seedArticle_findsIncidentDay(String file, String published, String expected) throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path path = shared == null ? null : Path.of(shared, "corpus", "seeds", file);
        assumeTrue(path != null && Files.isRegularFile(path), "skipped: shared corpus/seeds not found");
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        Article a = new Article(file, "", Files.readString(path), pub, null, null, null, "en", "", file, Map.of());
        Doc doc = Doc.of(a);
        IncidentDate d = IncidentDates.standard().extract(doc);
        assertNotNull(d, file);
        assertEquals(LocalDate.parse(expected), d.date(), file + " evidence: " + d.evidence().sentence());
        assertEquals(Precision.DAY, d.precision());
        assertEquals(file, d.evidence().articleId());
        System.out.println(file + " -> " + d.date() + " (" + d.confidence() + ") from '"
                + doc.text().substring(d.evidence().start(), d.evidence().end()) + "'");
    }
}
