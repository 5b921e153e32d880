package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.core.ingest.Format;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.ingest.RecordSink;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.PipelineListener;
import org.sitrep.core.pipeline.RunReport;
import org.sitrep.core.store.Store;
import org.sitrep.model.Incident;
import org.sitrep.model.Problem;
import org.sitrep.server.ArticleSink;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the REST API and web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api, /openapi.json) and the web UI over a store until interrupted.",
                "Binds 127.0.0.1 unless --host says otherwise. Writes (POST /api/articles) need the token kept in "
                        + "DIR/token, generated on first start."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        try (Store store = data.open()) {
            return serve(store, host, port, false, data.dir);
        }
    }

    static int serve(Store store, String host, int port, boolean demo, Path dataDir) throws Exception {
        String token = token(dataDir);
        AtomicReference<SitrepServer> server = new AtomicReference<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void onIncident(Incident incident) {
                SitrepServer s = server.get();
                if (s != null) s.publish(incident);
            }
        };
        Pipeline pipeline = Pipeline.builder().defaults().store(store).listener(listener).batchSize(1000).build();
        ArticleSink sink = (body, contentType) -> ingest(pipeline, body, contentType);
        ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port).withToken(token).withSink(sink);
        try (SitrepServer s = SitrepServer.start(store, options)) {
            server.set(s);
            System.out.println((demo ? "sitrep demo" : "sitrep") + " serving " + s.url() + " (Ctrl-C to stop)");
            System.out.println("API: " + s.url() + "/openapi.json; write token in " + dataDir.resolve("token"));
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                main.interrupt();
                try {
                    main.join(5000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
            try {
                Thread.currentThread().join();
            } catch (InterruptedException stopped) {
                Thread.interrupted();
            }
        } finally {
            pipeline.close();
        }
        return ExitCodes.OK;
    }

    /** One POST body through the long-lived pipeline; flushed so the caller sees the result at once. */
    private static Object ingest(Pipeline pipeline, String body, String contentType) {
        Format format = switch (contentType == null ? "" : contentType) {
            case "application/x-ndjson", "application/jsonl", "application/json", "application/x-jsonlines" -> Format.JSONL;
            case "text/html", "application/xhtml+xml" -> Format.HTML;
            case "application/rss+xml", "application/atom+xml", "application/xml", "text/xml" -> Format.FEED;
            case "text/csv" -> Format.CSV;
            case "text/plain" -> Format.SEED_TEXT;
            default -> throw new IllegalArgumentException("unsupported content type '" + contentType
                    + "' (use application/x-ndjson, application/json, text/html, application/rss+xml, text/csv or text/plain)");
        };
        List<String> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        RunReport before;
        RunReport after;
        synchronized (pipeline) {
            before = pipeline.flush();
            String json = body.strip();
            String input = format == Format.JSONL && json.startsWith("[") ? arrayToLines(json) : body;
            Ingestor.standard().read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "POST /api/articles",
                    format, new RecordSink() {
                        @Override
                        public void accept(RawRecord record) {
                            if (record.id() != null) ids.add(record.id());
                            pipeline.accept(record);
                        }

                        @Override
                        public void problem(Problem problem) {
                            problems.add(problem.toString());
                            pipeline.problem(problem);
                        }
                    });
            after = pipeline.flush();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", after.records() - before.records());
        out.put("stored", after.stored() - before.stored());
        out.put("unchanged", after.unchanged() - before.unchanged());
        out.put("failed", after.failed() - before.failed());
        out.put("ids", ids);
        out.put("problems", problems);
        return out;
    }

    private static String arrayToLines(String json) {
        try {
            StringBuilder sb = new StringBuilder();
            for (var node : Json.MAPPER.readTree(json)) sb.append(Json.MAPPER.writeValueAsString(node)).append('\n');
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("body is not a JSON array of articles: " + e.getMessage());
        }
    }

    /** The write token of a data directory, created (owner-only) on first start. */
    static String token(Path dataDir) throws IOException {
        Path file = dataDir.resolve("token");
        if (Files.exists(file)) return Files.readString(file).strip();
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        Files.createDirectories(dataDir);
        Files.writeString(file, token + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the token file keeps default permissions
        }
        System.out.println("generated a write token in " + file);
        return token;
    }
}
