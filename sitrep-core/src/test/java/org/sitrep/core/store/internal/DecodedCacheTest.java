package org.sitrep.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.model.Article;
import org.sitrep.model.Incident;

class DecodedCacheTest {
    @TempDir
    Path dir;

    @Test
    void decode_sameJson_decodesOnce() {
        AtomicInteger decodes = new AtomicInteger();
        DecodedCache<String> cache = new DecodedCache<>(4, json -> {
            decodes.incrementAndGet();
            return new String(json, StandardCharsets.UTF_8);
        });
        String first = cache.decode(utf8("{\"a\":1}"));
        assertThat(cache.decode(utf8("{\"a\":1}"))).isSameAs(first);
        assertThat(decodes).hasValue(1);
    }

    @Test
    void decode_changedJson_neverServesTheOldValue() {
        DecodedCache<String> cache = new DecodedCache<>(0, json -> "v" + new String(json, StandardCharsets.UTF_8));
        for (int i = 0; i < 50; i++) {
            assertThat(cache.decode(utf8("{\"n\":" + i + "}"))).isEqualTo("v{\"n\":" + i + "}");
            assertThat(cache.decode(utf8("{\"n\":" + (i % 3) + "}"))).isEqualTo("v{\"n\":" + (i % 3) + "}");
        }
    }

    @Test
    void store_incidentPutAgain_readsTheNewVersionInListsAndById() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s"))) {
            store.putArticle(new Article("a1", "Flood", "The river flooded.", LocalDate.of(2024, 5, 1), null, null,
                    "example", "en", null, "test", Map.of()));
            store.putIncident(incident("headline one"));
            store.commit();
            assertThat(store.incident("i1").orElseThrow().headline()).isEqualTo("headline one");
            assertThat(store.incidents(IncidentQuery.all(10)).get(0).headline()).isEqualTo("headline one");

            store.putIncident(incident("headline two"));
            assertThat(store.incident("i1").orElseThrow().headline()).as("uncommitted, own batch").isEqualTo("headline two");
            store.commit();
            assertThat(store.incident("i1").orElseThrow().headline()).isEqualTo("headline two");
            assertThat(store.incidents(IncidentQuery.all(10)).get(0).headline()).isEqualTo("headline two");
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Incident incident(String headline) {
        return new Incident("i1", List.of("a1"), 1, null, null, "Flood", Map.of(), List.of(), List.of(), List.of(),
                headline, List.of());
    }
}
