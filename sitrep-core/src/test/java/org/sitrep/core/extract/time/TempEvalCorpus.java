package org.sitrep.core.extract.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads tempeval3-train.jsonl from the shared datasets folder, for tests only. */
final class TempEvalCorpus {
    record Doc(String id, String text, LocalDate dct, List<Timex> gold) {
    }

    private TempEvalCorpus() {
    }

    static Path shared() {
        String s = System.getProperty("sitrep.shared");
        return s == null ? null : Path.of(s);
    }

    static List<Doc> load(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode d = json.readTree(line);
                String text = d.path("text").asText("");
                LocalDate dct = LocalDate.parse(d.path("date").asText().substring(0, 10));
                List<Timex> gold = new ArrayList<>();
                for (JsonNode t : d.path("timexes")) {
                    int s = t.path("char_start").asInt();
                    int e = t.path("char_end").asInt();
                    gold.add(new Timex(Timex.Type.valueOf(t.path("type").asText()), t.path("value").asText(), s, e,
                            t.path("text").asText()));
                }
                out.add(new Doc(d.path("id").asText(), text, dct, gold));
            }
        }
        return out;
    }
}
