package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives {@link LoadBench}'s request mix with {@code wrk} (a separate, event-driven process: one connection
 * per client, one request at a time on each, two threads): a short warm-up run, then the measured run. The
 * mix is a generated Lua script that draws every request at random: random incident ids over the whole
 * store, random cursors, and the same filters as the Java clients (date ranges, places, types, minimum
 * killed, bounding box, full text). wrk reports overall latency percentiles only, and counts non-2xx
 * answers, timeouts and socket errors as errors.
 */
final class WrkDriver {
    private final int incidents;
    private final int clients;
    private final Duration duration;

    WrkDriver(int incidents, int clients, Duration duration) {
        this.incidents = incidents;
        this.clients = clients;
        this.duration = duration;
    }

    /** Whether a {@code wrk} executable is on the PATH. */
    static boolean installed() {
        return executable() != null;
    }

    private static Path executable() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "wrk");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    LoadBench.Result drive(String base, long articles, double fill, PrintStream log) throws Exception {
        Path wrk = executable();
        if (wrk == null) throw new IllegalStateException("wrk is not installed (e.g. apt-get install wrk)");
        Path script = Files.createTempFile("sitrep-load-", ".lua");
        try {
            Files.writeString(script, script(), StandardCharsets.UTF_8);
            long warm = Math.max(1, Math.min(3, duration.toSeconds() / 4));
            run(wrk, script, base, warm);
            long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu0 = LoadBench.processCpuNanos();
            JsonNode r = run(wrk, script, base, seconds);
            double cpuMs = (LoadBench.processCpuNanos() - cpu0) / 1e6;
            long requests = r.path("requests").asLong();
            double secs = r.path("duration_us").asDouble() / 1e6;
            long errors = r.path("errors").asLong();
            if (log != null) log.printf("wrk: %s%n", r);
            return new LoadBench.Result(LoadBench.Driver.WRK, incidents, articles, fill, clients,
                    Math.round(secs * 100) / 100.0, requests,
                    requests / secs, ms(r, "p50_us"), ms(r, "p95_us"), ms(r, "p99_us"), ms(r, "max_us"), errors,
                    errors == 0 ? null : "wrk errors: " + r.path("error_kinds"), Map.of(),
                    cpuMs / Math.max(1, requests), load);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static double ms(JsonNode r, String key) {
        return Math.round(r.path(key).asDouble() / 10) / 100.0;
    }

    private JsonNode run(Path wrk, Path script, String base, long seconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(wrk.toString(), "-t", Integer.toString(Math.min(2, clients)),
                "-c", Integer.toString(clients), "-d", seconds + "s", "--timeout", "10s", "-s", script.toString(),
                base));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(seconds + 30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("wrk did not finish: " + cmd);
        }
        String json = out.lines().filter(l -> l.startsWith("{\"requests\"")).reduce((a, b) -> b).orElse(null);
        if (p.exitValue() != 0 || json == null) {
            throw new IOException("wrk failed (exit " + p.exitValue() + "): " + out.strip());
        }
        return new ObjectMapper().readTree(json);
    }

    /** The Lua script: the request mix of {@link LoadBench}, and a JSON line of results at the end. */
    String script() {
        StringBuilder places = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (String t : LoadBench.TOWNS) {
            places.append('"').append(LoadBench.enc(t)).append("\",");
            words.append('"').append(LoadBench.enc(t.split(" ")[0].toLowerCase(Locale.ROOT))).append("\",");
        }
        StringBuilder types = new StringBuilder();
        for (String t : LoadBench.TYPES) types.append('"').append(LoadBench.enc(t)).append("\",");
        long start = LoadBench.START.toEpochDay() * 86_400L + 43_200L;
        return """
                local places = {%s}
                local words = {%s}
                local types = {%s}
                local incidents = %d
                local days = %d
                local start = %d
                local bbox = "%s"
                local threads = 0
                function setup(thread)
                  thread:set("tid", threads)
                  threads = threads + 1
                end
                function init(args)
                  math.randomseed(1000 + tid)
                end
                local function day(d)
                  return os.date("!%%Y-%%m-%%d", start + d * 86400)
                end
                local function filter()
                  local f = math.random(0, 5)
                  if f == 0 then
                    local from = math.random(0, days - 31)
                    return "from=" .. day(from) .. "&to=" .. day(from + 30)
                  elseif f == 1 then return "place=" .. places[math.random(#places)]
                  elseif f == 2 then return "type=" .. types[math.random(#types)]
                  elseif f == 3 then return "min_killed=" .. math.random(1, 5)
                  elseif f == 4 then return "bbox=" .. bbox
                  else return "q=" .. words[math.random(#words)] end
                end
                function request()
                  local roll = math.random(0, 9)
                  local path
                  if roll < 2 then path = "/api/incidents?limit=20"
                  elseif roll < 4 then path = "/api/incidents?limit=20&cursor=i-load-" .. math.random(0, incidents - 1)
                  elseif roll < 7 then path = "/api/incidents?limit=20&" .. filter()
                  else path = "/api/incidents/i-load-" .. math.random(0, incidents - 1) end
                  return wrk.format("GET", path)
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format('{"requests":%%d,"duration_us":%%d,"errors":%%d,'
                    .. '"error_kinds":"connect %%d read %%d write %%d status %%d timeout %%d",'
                    .. '"p50_us":%%d,"p95_us":%%d,"p99_us":%%d,"max_us":%%d}\\n',
                    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
                    e.connect, e.read, e.write, e.status, e.timeout,
                    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
                end
                """.formatted(places, words, types, incidents, LoadBench.DAYS, start, LoadBench.enc("-3,50,-2,51.5"));
    }
}
