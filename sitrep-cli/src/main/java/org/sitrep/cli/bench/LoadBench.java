package org.sitrep.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Article;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.testkit.store.StoreFixtures;

/**
 * The web API under concurrent load: a temporary store filled with synthetic incidents (each with one or two
 * stored member articles of invented text), the server on an ephemeral loopback port, and {@code clients}
 * closed-loop clients that each send one request at a time for a fixed duration after a short warm-up.
 *
 * <p>The request mix: 20% the first page of {@code GET /api/incidents}, 20% the page after a random stored
 * incident ({@code cursor=}), 30% filtered (a date range, a place, an event type, a minimum killed count, a
 * bounding box or a full-text query, picked at random), 30% {@code GET /api/incidents/{id}} of a random stored
 * incident. Every page has 20 items.
 *
 * <p>Two load generators drive the same mix: {@link Driver#JAVA}, threads in this JVM with one
 * {@code java.net.http.HttpClient} (latency per request kind, measured from send to body read), and
 * {@link Driver#WRK}, the {@code wrk} program with a generated Lua script (one connection per client, only
 * overall latency), which costs far less CPU than the server it measures. Both count any status other than
 * 200 as an error. The server's CPU per request is measured too (this process's CPU time over the measured
 * period; with the Java driver it includes the clients).
 */
public final class LoadBench {
    static final String[] TOWNS = {"Brackenford", "Ellismoor", "Quarrydale", "Hatherby", "Lowmarsh",
            "Kestrelton", "Whitcombe", "Orrinsby", "Fenwater", "Stonebridge Vale", "Marrowgate", "Ashcombe"};
    private static final String[] REGIONS = {"Northshire", "Westmarch", "Eastfold", "Southdown"};
    static final String[] TYPES = {"Shooting", "Shooting|Mass", "Fire|Industrial", "Flood", "Collision|Road"};
    /** Request kinds, in the order latencies are kept: list, detail, then one per filter of {@link #filter}. */
    static final String[] KINDS = {"list", "detail", "page", "f_date", "f_place", "f_type", "f_min_killed", "f_bbox",
            "f_q"};
    /** Kinds before the filters in {@link #KINDS}. */
    private static final int FILTERS_FROM = 3;
    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final int DAYS = 3 * 365;

    /** Who sends the requests. */
    public enum Driver {
        /** Client threads in this JVM. */
        JAVA,
        /** The {@code wrk} program, when installed. */
        WRK;

        /** {@code wrk} when it is on the PATH, else the Java clients. */
        public static Driver auto() {
            return WrkDriver.installed() ? WRK : JAVA;
        }
    }

    /**
     * What one run measured. {@code byKind} is empty for wrk; {@code cpuMsPerRequest} is this process's CPU
     * time per request over the measured period; {@code loadAtStart} the one-minute load average before it.
     */
    public record Result(Driver driver, int incidents, long articles, double fillSeconds, int clients, double seconds,
                         long requests, double requestsPerS, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                         long errors, String firstError, Map<String, double[]> byKind, double cpuMsPerRequest,
                         double loadAtStart) {
    }

    private final int incidents;
    private final int clients;
    private final Duration duration;

    public LoadBench(int incidents, int clients, Duration duration) {
        this.incidents = incidents;
        this.clients = clients;
        this.duration = duration;
    }

    /** Fills a temporary store, serves it, and drives it with each of {@code drivers} in turn. */
    public List<Result> run(PrintStream log, List<Driver> drivers) throws Exception {
        Path dir = Files.createTempDirectory("sitrep-load-");
        try (Store store = Stores.open(dir)) {
            long t0 = System.nanoTime();
            long articles = fill(store, incidents);
            double fill = (System.nanoTime() - t0) / 1e9;
            if (log != null) log.printf("load: %d incidents, %d articles stored in %.1f s%n", incidents, articles, fill);
            List<Result> out = new ArrayList<>();
            try (SitrepServer server = SitrepServer.start(store, ServerOptions.defaults().withPort(0))) {
                for (Driver d : drivers) {
                    out.add(d == Driver.WRK
                            ? new WrkDriver(incidents, clients, duration).drive(server.url(), articles, fill, log)
                            : drive(server.url(), articles, fill));
                }
            }
            return out;
        } finally {
            StageBench.deleteTree(dir);
        }
    }

    /** Stores {@code n} synthetic incidents with their member articles; returns the number of articles. */
    static long fill(Store store, int n) {
        SplittableRandom rnd = new SplittableRandom(42);
        long articles = 0;
        for (int i = 0; i < n; i++) {
            int town = rnd.nextInt(TOWNS.length);
            int region = town % REGIONS.length;
            LocalDate day = START.plusDays(rnd.nextInt(DAYS));
            String type = TYPES[rnd.nextInt(TYPES.length)];
            int killed = rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(1, 8);
            int injured = rnd.nextInt(0, 12);
            int members = i % 3 == 0 ? 2 : 1;
            List<String> ids = new ArrayList<>(members);
            for (int m = 0; m < members; m++) {
                String id = "load-" + i + "-" + m;
                String text = "Officials in " + TOWNS[town] + " said " + injured + " people were hurt and " + killed
                        + " died in a " + type.toLowerCase(java.util.Locale.ROOT).replace('|', ' ') + " reported on " + day
                        + ". Reference " + id + " for this synthetic report.";
                Article a = StoreFixtures.article(id, TOWNS[town] + " " + type + " report " + i, text,
                        "https://example.org/load/" + id, day.plusDays(m));
                store.putArticle(a);
                ids.add(id);
                articles++;
            }
            double lat = 50 + town * 0.3;
            double lon = -3 + town * 0.25;
            store.putIncident(StoreFixtures.incident("i-load-" + i, ids, day, TOWNS[town], REGIONS[region], "GB", lat,
                    lon, type, killed, injured, List.of()));
            if ((i + 1) % 5000 == 0) store.commit();
        }
        store.commit();
        return articles;
    }

    private Result drive(String base, long articles, double fill) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long warmNanos = Math.min(3_000_000_000L, duration.toNanos() / 4);
        long begin = System.nanoTime();
        long measureFrom = begin + warmNanos;
        long end = measureFrom + duration.toNanos();
        AtomicReference<String> firstError = new AtomicReference<>();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = 1000 + c;
            futures.add(pool.submit(() -> client(http, base, seed, measureFrom, end, firstError)));
        }
        sleepUntil(measureFrom);
        long cpu0 = processCpuNanos();
        sleepUntil(end);
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        int kinds = KINDS.length;
        long errors = 0;
        List<long[]> all = new ArrayList<>();
        List<List<long[]>> perKind = new ArrayList<>();
        for (int k = 0; k < kinds; k++) perKind.add(new ArrayList<>());
        for (Future<long[][]> f : futures) {
            long[][] r = f.get();
            for (int k = 0; k < kinds; k++) {
                perKind.get(k).add(r[k]);
                all.add(r[k]);
            }
            errors += r[kinds][0];
        }
        pool.shutdownNow();
        double seconds = duration.toNanos() / 1e9;
        long[] merged = concat(all);
        Map<String, double[]> byKind = new LinkedHashMap<>();
        for (int k = 0; k < kinds; k++) {
            long[] lat = concat(perKind.get(k));
            byKind.put(KINDS[k], new double[] {lat.length / seconds, pct(lat, 50), pct(lat, 95), pct(lat, 99)});
        }
        return new Result(Driver.JAVA, incidents, articles, fill, clients, seconds, merged.length,
                merged.length / seconds, pct(merged, 50), pct(merged, 95), pct(merged, 99), pct(merged, 100), errors,
                firstError.get(), byKind, cpuMs / Math.max(1, merged.length), load);
    }

    /** One client loop: latencies in nanos per {@link #KINDS} (requests started in the measured period), then errors. */
    private long[][] client(HttpClient http, String base, long seed, long measureFrom, long end,
                            AtomicReference<String> firstError) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LongList[] lat = new LongList[KINDS.length];
        for (int k = 0; k < lat.length; k++) lat[k] = new LongList();
        long errors = 0;
        while (true) {
            long t0 = System.nanoTime();
            if (t0 >= end) break;
            int roll = rnd.nextInt(10);
            int kind = roll < 2 ? 0 : roll < 4 ? 2 : roll < 7 ? FILTERS_FROM + rnd.nextInt(KINDS.length - FILTERS_FROM) : 1;
            String path = switch (kind) {
                case 0 -> "/api/incidents?limit=20";
                case 1 -> "/api/incidents/i-load-" + rnd.nextInt(incidents);
                case 2 -> "/api/incidents?limit=20&cursor=i-load-" + rnd.nextInt(incidents);
                default -> "/api/incidents?limit=20&" + filter(kind - FILTERS_FROM, rnd);
            };
            boolean ok;
            String err = null;
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                ok = r.statusCode() == 200;
                if (!ok) err = "HTTP " + r.statusCode() + " for " + path;
            } catch (Exception e) {
                ok = false;
                err = e + " for " + path;
            }
            long t1 = System.nanoTime();
            if (t0 < measureFrom) continue;
            if (ok) {
                lat[kind].add(t1 - t0);
            } else {
                errors++;
                firstError.compareAndSet(null, err);
            }
        }
        long[][] out = new long[KINDS.length + 1][];
        for (int k = 0; k < KINDS.length; k++) out[k] = lat[k].toArray();
        out[KINDS.length] = new long[] {errors};
        return out;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left; (left = nanoTime - System.nanoTime()) > 0; ) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }

    /** CPU time of this process so far, or 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static String filter(int which, SplittableRandom rnd) {
        return switch (which) {
            case 0 -> {
                LocalDate from = START.plusDays(rnd.nextInt(DAYS - 30));
                yield "from=" + from + "&to=" + from.plusDays(30);
            }
            case 1 -> "place=" + enc(TOWNS[rnd.nextInt(TOWNS.length)]);
            case 2 -> "type=" + enc(TYPES[rnd.nextInt(TYPES.length)]);
            case 3 -> "min_killed=" + rnd.nextInt(1, 6);
            case 4 -> "bbox=" + enc("-3,50,-2,51.5");
            default -> "q=" + enc(TOWNS[rnd.nextInt(TOWNS.length)].split(" ")[0].toLowerCase(java.util.Locale.ROOT));
        };
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long[] concat(List<long[]> parts) {
        int n = 0;
        for (long[] p : parts) n += p.length;
        long[] out = new long[n];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        Arrays.sort(out);
        return out;
    }

    /** The {@code p}th percentile (nearest rank) of sorted nanos, in milliseconds; NaN when empty. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e4) / 100.0;
    }

    private static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
