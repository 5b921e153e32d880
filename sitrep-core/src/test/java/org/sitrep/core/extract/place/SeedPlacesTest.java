package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/** The incident places of the five seed articles (shared/corpus/seeds); skips when shared/ is absent. */
class SeedPlacesTest {
    private static Doc seed(String file) throws IOException {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no " + dir + ": skipping the seed place test");
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        return Doc.of(new Article(file, "", text, null, null, null, null, "en", null, file, Map.of()));
    }

    private static void check(String file, String name, String admin1, double lat, double lon, String... mentioned)
            throws IOException {
        List<Place> places = Places.standard().extract(seed(file));
        Place p = places.get(0);
        System.out.printf("seed %s: incident %s / %s / %s (%.3f, %.3f) conf %.2f; mentioned %s%n", file, p.name(), p.admin1(),
                p.country(), p.lat(), p.lon(), p.confidence(),
                places.stream().skip(1).map(Place::name).toList());
        assertThat(p.role()).isEqualTo(Place.Role.INCIDENT);
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.admin1()).isEqualTo(admin1);
        assertThat(p.country()).isEqualTo("UA");
        assertThat(Resolver.km(p.lat(), p.lon(), lat, lon)).isLessThan(10);
        if (mentioned.length > 0) assertThat(places).extracting(Place::name).contains(mentioned);
    }

    @Test
    void extract_kremenchukSeeds_incidentIsKremenchuk() throws IOException {
        check("000_25bac03943eac0fa.txt", "Kremenchuk", "Poltava Oblast", 49.068, 33.42,
                "Kharkiv", "Odesa", "Mariupol", "Kramatorsk", "Kyiv");
        check("001_3e7924a1511fcd72.txt", "Kremenchuk", "Poltava Oblast", 49.068, 33.42);
        check("002_0f401f37fc61d913.txt", "Kremenchuk", "Poltava Oblast", 49.068, 33.42);
    }

    @Test
    void extract_kramatorskSeeds_incidentIsKramatorsk() throws IOException {
        check("003_7a6a18dbfa0dd881.txt", "Kramatorsk", "Donetsk Oblast", 48.723, 37.556);
        check("004_b039938729907593.txt", "Kramatorsk", "Donetsk Oblast", 48.723, 37.556);
    }
}
