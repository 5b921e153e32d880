package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Article;

/**
 * Counts quote-attribution sentences on gva-dev: sentences with a speech verb or "according to", those that
 * yield an attribution (speaker, stance, content), and the stances. Set SITREP_CLAIMS_SAMPLE=N to print a
 * seeded random sample of N attributions for reading (the precision spot-check). Skips without ../shared.
 */
class GvaClaimsMeasureTest {
    private static final Pattern SPEECH = Pattern.compile("\\b(?:said|says|told|according\\s+to|stated|added|claimed|denied)\\b");

    @Test
    void attributions_gvaDev_printsCounts() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path file = Path.of(shared, "datasets", "gva-dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: no GVA dev data at " + file + " (set sitrep.shared)");
        ObjectMapper json = new ObjectMapper();
        int sentences = 0;
        int speech = 0;
        List<Claims.Attribution> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode n = json.readTree(line);
                Article a = new Article(n.get("id").asText(), n.path("title").asText(""), n.path("text").asText(""), null,
                        null, null, null, "en", "", "gva-dev", Map.of());
                Doc doc = Doc.of(a);
                for (Sentence s : doc.sentences()) {
                    sentences++;
                    if (SPEECH.matcher(s.text()).find()) speech++;
                }
                all.addAll(Claims.attributions(doc));
            }
        }
        Map<String, Long> stances = new java.util.TreeMap<>();
        for (Claims.Attribution x : all) stances.merge(x.stance(), 1L, Long::sum);
        System.out.printf(Locale.ROOT, "{\"sentences\": %d, \"speech_sentences\": %d, \"attributions\": %d, \"stances\": \"%s\"}%n",
                sentences, speech, all.size(), stances);
        int sample = Integer.parseInt(System.getenv().getOrDefault("SITREP_CLAIMS_SAMPLE", "0"));
        List<Claims.Attribution> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(42));
        for (Claims.Attribution x : shuffled.subList(0, Math.min(sample, shuffled.size()))) {
            System.out.println("CLAIM [" + x.stance() + "] " + x.speaker() + " <= " + x.rawSpeaker() + " :: " + x.content()
                    + " || " + x.sentence().text());
        }
        assertThat(all.size()).isGreaterThan(speech / 3);
    }
}
