package org.sitrep.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * A bounded load loop against the in-memory store: 64 concurrent clients, each sending requests for at
 * most {@code seconds} (and at most 100,000 requests), to 127.0.0.1 only. Prints requests/s and
 * latency percentiles for GET /api/incidents and GET /api/incidents/{id}. Not a test: run with
 * {@code java -cp ... org.sitrep.server.LoadBench [incidents=2000] [clients=64] [seconds=10]}.
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        MemoryStore store = Fixtures.store(incidents, 7);
        try (SitrepServer server = SitrepServer.start(store, ServerOptions.defaults().withPort(0))) {
            String base = server.url();
            System.out.printf("store: %d incidents, %d articles; %d clients; %d s per endpoint; %d cpus%n",
                    store.incidentCount(), store.articleCount(), clients, seconds,
                    Runtime.getRuntime().availableProcessors());
            IntFunction<String> list = k -> base + "/api/incidents";
            IntFunction<String> one = k -> base + "/api/incidents/"
                    + String.format("inc-%05d", ThreadLocalRandom.current().nextInt(incidents));
            run("warm-up", list, clients, 2, false);
            run("warm-up", one, clients, 2, false);
            run("GET /api/incidents", list, clients, seconds, true);
            run("GET /api/incidents/{id}", one, clients, seconds, true);
        }
    }

    private static void run(String name, IntFunction<String> url, int clients, int seconds, boolean print)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    long[] lat = new long[100_000];
                    int n = 0;
                    while (n < lat.length && System.nanoTime() < deadline) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(url.apply(n))).timeout(Duration.ofSeconds(10))
                                .GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        lat[n++] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) throw new IllegalStateException(name + ": HTTP " + r.statusCode());
                    }
                    return Arrays.copyOf(lat, n);
                }));
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = results.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).flatMapToLong(Arrays::stream).sorted().toArray();
        if (print) {
            System.out.printf("%-26s %8d requests  %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", name,
                    all.length, all.length / elapsed, pct(all, 0.50), pct(all, 0.99), all[all.length - 1] / 1e6);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
