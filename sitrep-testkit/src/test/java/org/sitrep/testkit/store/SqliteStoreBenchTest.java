package org.sitrep.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Incident;

/**
 * Throughput and latency of the embedded store on synthetic data; skipped unless {@code -Dsitrep.bench=true}.
 * Sizes: {@code -Dsitrep.bench.articles} (default 50000, batches of 500) and {@code -Dsitrep.bench.incidents}
 * (default 100000). Prints its numbers to stdout.
 */
class SqliteStoreBenchTest {
    @TempDir
    Path dir;

    @Test
    void bench_putArticleCommitAndIncidentQueries_printsNumbers() throws IOException {
        assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark: run with -Dsitrep.bench=true");
        int articles = Integer.getInteger("sitrep.bench.articles", 50_000);
        int incidents = Integer.getInteger("sitrep.bench.incidents", 100_000);
        int batch = 500;
        String[] places = {"Dornwick", "Lowmere", "Fjellby", "Port Ellery", "Brackenford", "Ashgrove", "Kelmor"};
        String[] types = {"Explosions|Shelling", "Explosions|Accidental", "Disaster|Flood", "Disaster|Fire",
                "Protests", "Violence|Armed clash"};
        try (Store store = Stores.open(dir)) {
            long putNanos = 0;
            long commitNanos = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                long a = System.nanoTime();
                store.putArticle(StoreFixtures.numbered("bench", i));
                putNanos += System.nanoTime() - a;
                if ((i + 1) % batch == 0 || i == articles - 1) {
                    long c = System.nanoTime();
                    store.commit();
                    commitNanos += System.nanoTime() - c;
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            print("articles: %d in %.1f s = %.0f articles/s (putArticle %.1f s, commit %.1f s, %d commits)",
                    articles, secs, articles / secs, putNanos / 1e9, commitNanos / 1e9, (articles + batch - 1) / batch);
            assertThat(store.articleCount()).isEqualTo(articles);
            print("size after articles: sitrep.db %.1f MB (+wal %.1f MB)", mb(dir.resolve("sitrep.db")),
                    mb(dir.resolve("sitrep.db-wal")));

            long t1 = System.nanoTime();
            for (int i = 0; i < incidents; i++) {
                List<String> members = i < articles ? List.of("bench-" + i) : List.of();
                int p = i % places.length;
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i % 2000);
                Incident inc = StoreFixtures.incident(String.format(Locale.ROOT, "inc-%06d", i), members, day,
                        places[p], "Region " + (i % 13), "X" + (char) ('A' + i % 20), 40.0 + (i % 200) / 10.0,
                        (i % 360) - 180.0, types[i % types.length], i % 50 == 0 ? null : i % 37, i % 23, List.of());
                store.putIncident(inc);
                if ((i + 1) % 1000 == 0) store.commit();
            }
            store.commit();
            print("incidents: %d put in %.1f s", incidents, (System.nanoTime() - t1) / 1e9);

            IncidentQuery all = IncidentQuery.all(50);
            String deep = store.incidents(new IncidentQuery(null, null, null, null, null, null, null, null, null, 5000))
                    .get(4999).id();
            time("first page of 50, no filter", () -> store.incidents(all));
            time("page of 50 after cursor at 5000", () -> store.incidents(q(null, null, null, null, null, null, deep)));
            time("date range (30 days)", () -> store.incidents(q(null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 30),
                    null, null, null, null)));
            time("place = lowmere", () -> store.incidents(q(null, null, null, "lowmere", null, null, null)));
            time("bbox", () -> store.incidents(q(null, null, null, null, new double[] {10, 45, 30, 50}, null, null)));
            time("event type prefix Disaster", () -> store.incidents(q(null, null, null, null, null, "Disaster", null)));
            time("minKilled 30", () -> store.incidents(q(null, null, null, null, null, null, 30)));
            time("minKilled 1000 (no match: full index walk)", () -> store.incidents(q(null, null, null, null, null, null, 1000)));
            time("place = nowhere (no match)", () -> store.incidents(q(null, null, null, "nowhere", null, null, null)));
            time("text 'marker777'", () -> store.incidents(q("marker777", null, null, null, null, null, null)));
            time("text 'depot fire' (matches every article)", () ->
                    store.incidents(q("depot fire", null, null, null, null, null, null)));
            time("search 'storage depot' top 20", () -> store.search("storage depot", 20));
        }
        print("size: sitrep.db %.1f MB (+wal %.1f MB), index %.1f MB", mb(dir.resolve("sitrep.db")),
                mb(dir.resolve("sitrep.db-wal")), mb(dir.resolve("index")));
    }

    private static IncidentQuery q(String text, LocalDate from, LocalDate to, String place, double[] bbox, String type,
                                   Object minKilledOrCursor) {
        Integer minKilled = minKilledOrCursor instanceof Integer k ? k : null;
        String after = minKilledOrCursor instanceof String s ? s : null;
        return new IncidentQuery(text, from, to, place, bbox, type, minKilled, null, after, 50);
    }

    private static void time(String what, Supplier<List<?>> query) {
        for (int i = 0; i < 5; i++) query.get();
        int runs = 40;
        long[] ns = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = query.get().size();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        print("query %-45s median %7.2f ms  p95 %7.2f ms  (%d results)", what, ns[runs / 2] / 1e6,
                ns[(int) (runs * 0.95)] / 1e6, size);
    }

    private static double mb(Path p) throws IOException {
        if (!Files.exists(p)) return 0;
        if (!Files.isDirectory(p)) return Files.size(p) / 1e6;
        try (Stream<Path> files = Files.walk(p)) {
            long sum = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) sum += Files.size(f);
            return sum / 1e6;
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

}
