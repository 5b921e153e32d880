package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.pipeline.Pipeline;
import org.sitrep.core.pipeline.RunReport;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Incident;
import org.sitrep.testkit.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: the main job on the five embedded seed articles. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the five seed articles (shipped inside sitrep), prints the incidents found, and "
                + "serves the web UI until interrupted."})
final class DemoCommand implements Callable<Integer> {
    private static final String MARKER = ".sitrep-demo";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data/demo",
            description = "Data directory for the demo store, emptied first (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--no-serve", description = "Print the summary and exit.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080", description = "Port for the web UI (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (!wipe(dir)) {
            System.err.println("sitrep demo: " + dir + " exists and is not a demo directory; choose another --data");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "sitrep demo data; safe to delete\n");
        Path input = Files.createDirectories(dir.resolve("seeds"));
        for (String f : Seeds.FILES) Files.write(input.resolve(f), Seeds.bytes(f));
        Store store = Stores.open(dir.resolve("store"));
        try {
            RunReport run;
            try (Pipeline p = Pipeline.builder().defaults().store(store).build()) {
                Ingestor.standard().ingest(List.of(input.toString()), null, p);
                run = p.finish();
            }
            List<Incident> incidents = store.incidents(IncidentQuery.all(100));
            System.out.printf("sitrep demo: %d seed articles -> %d incidents (%.1f s)%n%n", run.stored(),
                    incidents.size(), run.seconds());
            for (Incident i : incidents) {
                System.out.println(i.headline());
                System.out.println("  id " + i.id());
                i.history().forEach(f -> System.out.printf("  %s  %-22s %s%n", f.asOf() == null ? "?" : f.asOf(),
                        IncidentsCommand.describe(f), f.reportedBy() == null ? "" : "(" + f.reportedBy() + ")"));
                for (String a : i.articleIds()) {
                    String copy = store.dedup(a).filter(d -> d.isCopy())
                            .map(d -> "  [" + d.kind().label() + " of " + d.copyOf() + "]").orElse("");
                    System.out.println("  - " + a + copy);
                }
                System.out.println();
            }
            System.out.println("details: ./sitrep show <id> --data " + dir.resolve("store"));
            if (noServe) return ExitCodes.OK;
            return ServeCommand.serve(store, host, port, true, dir);
        } finally {
            store.close();
        }
    }

    /** Empties a previous demo directory; refuses (false) to touch a directory the demo did not make. */
    private static boolean wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent() && !Files.exists(dir.resolve(MARKER))) return false;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        return true;
    }
}
