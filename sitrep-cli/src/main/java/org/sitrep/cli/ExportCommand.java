package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.server.internal.Export;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep export}: streams incidents as CSV (ACLED-style columns), GeoJSON, JSON Lines or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Streams incidents to stdout or a file, in bounded memory.",
                "csv: ACLED-style columns plus injured, missing and date_basis; geojson: a FeatureCollection of located "
                        + "incidents; jsonl: one full incident per line; json: the same as a JSON array."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "jsonl",
            description = "csv, geojson, jsonl or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Mixin
    IncidentFilters filters;

    @Override
    public Integer call() throws Exception {
        IncidentQuery query;
        try {
            query = filters.toQuery(null, 500);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        boolean jsonArray = format.equals("json");
        Export.Format f;
        try {
            f = Export.Format.parse(jsonArray ? "jsonl" : format);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep export: --format must be csv, geojson, jsonl or json, got '" + format + "'");
            return ExitCodes.USAGE;
        }
        try (Store store = data.open();
             OutputStream os = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out))) {
            OutputStream target = jsonArray ? new JsonArrayStream(os) : os;
            new Export(store, Json.MAPPER).write(f, query, target);
            target.flush();
            if (jsonArray) ((JsonArrayStream) target).finish();
            os.flush();
        }
        return ExitCodes.OK;
    }

    /** Turns JSON Lines into one JSON array on the fly: '[' first, ',' between lines, ']' at the end. */
    private static final class JsonArrayStream extends OutputStream {
        private final OutputStream out;
        private boolean started;
        private boolean atLineStart = true;
        private boolean any;

        JsonArrayStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            if (!started) {
                out.write('[');
                started = true;
            }
            if (b == '\n') {
                atLineStart = true;
                return;
            }
            if (atLineStart) {
                if (any) out.write(',');
                any = true;
                atLineStart = false;
            }
            out.write(b);
        }

        void finish() throws java.io.IOException {
            if (!started) out.write('[');
            out.write(']');
            out.write('\n');
        }
    }
}
