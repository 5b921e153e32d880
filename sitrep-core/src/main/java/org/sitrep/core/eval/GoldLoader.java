package org.sitrep.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.core.ingest.Format;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.ingest.RecordSink;
import org.sitrep.model.Problem;

/**
 * Reads evaluation data: a JSON Lines file in the format of {@code shared/datasets} (id, title, text, date,
 * url, lang, event_id, gold{...}, timexes[...]) or a directory of articles with a {@code gold.json} like the
 * seeds'. The {@link RawRecord} of each item carries only what a real feed carries.
 */
public final class GoldLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldLoader() {
    }

    /** Loads items; unreadable lines are reported to {@code problems} and skipped. */
    public static List<GoldItem> load(Path path, List<Problem> problems) throws IOException {
        if (Files.isDirectory(path)) return loadDirectory(path, problems);
        return loadJsonl(path, problems);
    }

    static List<GoldItem> loadJsonl(Path path, List<Problem> problems) throws IOException {
        List<GoldItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.add(new Problem(path.toString(), "line " + n, "not valid JSON: " + e.getOriginalMessage()));
                    continue;
                }
                String id = text(node, "id");
                if (id == null || id.isBlank()) {
                    problems.add(new Problem(path.toString(), "line " + n, "record has no 'id'"));
                    continue;
                }
                if (!seen.add(id)) {
                    problems.add(new Problem(path.toString(), "line " + n, "duplicate id '" + id + "' skipped"));
                    continue;
                }
                RawRecord rec = new RawRecord(path.toString(), "line " + n, id, text(node, "title"), text(node, "text"),
                        null, text(node, "date"), text(node, "url"), text(node, "lang"), Map.of());
                out.add(new GoldItem(rec, text(node, "event_id"), facts(node.get("gold")), timexes(node.get("timexes"))));
            }
        }
        return out;
    }

    private static GoldItem.GoldFacts facts(JsonNode g) {
        if (g == null || !g.isObject()) return null;
        return new GoldItem.GoldFacts(text(g, "incident_date"), text(g, "state"), text(g, "city_or_county"),
                integer(g, "num_killed"), integer(g, "num_injured"));
    }

    private static List<GoldItem.GoldTimex> timexes(JsonNode t) {
        if (t == null || !t.isArray()) return List.of();
        List<GoldItem.GoldTimex> out = new ArrayList<>();
        for (JsonNode x : t) {
            out.add(new GoldItem.GoldTimex(text(x, "type"), text(x, "value"), text(x, "text"),
                    x.path("char_start").asInt(), x.path("char_end").asInt()));
        }
        return out;
    }

    /** A directory of articles (any ingestible format) plus gold.json with "incidents":[{"id","articles":[...]}]. */
    static List<GoldItem> loadDirectory(Path dir, List<Problem> problems) throws IOException {
        Path goldFile = dir.resolve("gold.json");
        Map<String, String> eventOf = new HashMap<>();
        if (Files.exists(goldFile)) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            for (JsonNode inc : gold.path("incidents")) {
                for (JsonNode a : inc.path("articles")) eventOf.put(a.asText(), inc.path("id").asText());
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("gold.json"))
                    .sorted().toList();
        }
        List<GoldItem> out = new ArrayList<>();
        Ingestor ingestor = Ingestor.standard();
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<RawRecord> records = new ArrayList<>();
            try (InputStream in = Files.newInputStream(f)) {
                ingestor.read(in, f.toString(), name.endsWith(".txt") ? Format.SEED_TEXT : null, new RecordSink() {
                    @Override
                    public void accept(RawRecord record) {
                        records.add(record);
                    }

                    @Override
                    public void problem(Problem problem) {
                        problems.add(problem);
                    }
                });
            }
            Iterator<RawRecord> it = records.iterator();
            for (int i = 0; it.hasNext(); i++) {
                RawRecord r = it.next();
                // the gold names articles by file name; a file holding several records gets name#i
                String id = records.size() == 1 ? name : name + "#" + i;
                RawRecord rec = new RawRecord(r.source(), r.location(), id, r.title(), r.text(), r.html(), r.date(),
                        r.url(), r.lang(), r.extra());
                out.add(new GoldItem(rec, eventOf.getOrDefault(id, "singleton:" + id), null, List.of()));
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }
}
