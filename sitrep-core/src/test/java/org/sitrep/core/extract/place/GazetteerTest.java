package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.standard();

    private static List<GazetteerEntry> entries(String surface) {
        return Arrays.stream(G.lookup(surface)).mapToObj(G::entry).toList();
    }

    @Test
    void lookup_ukrainianCity_hasOblastAndCoordinates() {
        GazetteerEntry k = entries("Kremenchuk").stream().filter(e -> e.country().equals("UA")).findFirst().orElseThrow();
        assertThat(k.admin1()).isEqualTo("Poltava Oblast");
        assertThat(k.lat()).isBetween(49.0, 49.2);
        assertThat(k.lon()).isBetween(33.3, 33.5);
        assertThat(k.population()).isGreaterThan(100_000);
        assertThat(k.id()).isEqualTo("geonames:704147");
    }

    @Test
    void lookup_regionForms_findTheOblast() {
        for (String form : List.of("Poltava Oblast", "Poltava region", "Poltava oblast")) {
            assertThat(entries(form)).as(form).anyMatch(e -> e.kind() == Kind.ADMIN1 && e.name().equals("Poltava Oblast"));
        }
    }

    @Test
    void lookup_usCountyStateAndSmallTown_present() {
        assertThat(entries("Cook County")).anyMatch(e -> e.kind() == Kind.COUNTY && "Illinois".equals(e.admin1()));
        assertThat(entries("Illinois")).anyMatch(e -> e.kind() == Kind.ADMIN1 && e.country().equals("US"));
        assertThat(entries("Ukraine")).anyMatch(e -> e.kind() == Kind.COUNTRY && e.country().equals("UA"));
        assertThat(entries("St. Louis")).anyMatch(e -> "Missouri".equals(e.admin1()));
    }

    @Test
    void isCommonWord_everydayWords_true() {
        assertThat(G.isCommonWord("mobile")).isTrue();
        assertThat(G.isCommonWord("street")).isTrue();
        assertThat(G.isCommonWord("kremenchuk")).isFalse();
    }

    @Test
    void read_builtInResource_loadsAllRecords() throws IOException {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t0 = System.nanoTime();
        Gazetteer fresh;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                Gazetteer.class.getClassLoader().getResourceAsStream(Gazetteer.RESOURCE), 1 << 16)) {
            fresh = Gazetteer.read(in);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long mb = (usedAfterGc(rt) - before) >> 20;
        System.out.printf("gazetteer: %d records, loaded in %d ms, about %d MB of heap%n", fresh.size(), ms, mb);
        assertThat(fresh.size()).isGreaterThan(200_000);
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void read_malformedRows_areSkipped() throws IOException {
        String tsv = "# test\nC\tUA\tUkraine\t\t50.45\t30.52\t100\tuk\nP\tgeonames:1\tTestville\tnot-a-number\n"
                + "A\tUA\t18\tPoltava Oblast\t49.5\t33.9\t10\nP\tgeonames:2\tKremenchuk\t49.06\t33.40\tUA\t18\t\t217710\tPPLA2\tKremenchug\n"
                + "garbage\n";
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertThat(g.size()).isEqualTo(3);
        assertThat(g.lookup("Testville")).isEmpty();
        assertThat(g.entry(g.lookup("Kremenchug")[0]).admin1()).isEqualTo("Poltava Oblast");
        assertThat(g.speaks("UA", "uk")).isTrue();
    }
}
