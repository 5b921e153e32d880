package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * Measures named people against the Gun Violence Archive dev set's {@code participants} (name, type Victim or
 * Subject-Suspect), per article: name precision (predicted victims and suspects that are a gold participant of
 * the article's incident), name recall (gold named participants whose surname the article contains, found as a
 * victim or suspect) and role accuracy (matched names with the gold role). Prints the numbers; fails only on a
 * collapse. Skips without ../shared. Set SITREP_PEOPLE_SAMPLE=N to print N predictions for reading.
 */
class GvaPeopleMeasureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Gold(String name, String role) {
    }

    @Test
    void extract_gvaDev_printsNamePrecisionRecallAndRoleAccuracy() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path file = Path.of(shared, "datasets", "gva-dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: no GVA dev data at " + file + " (set sitrep.shared)");
        int predicted = 0;
        int correct = 0;
        int goldN = 0;
        int found = 0;
        int matched = 0;
        int roleOk = 0;
        int articles = 0;
        int sample = Integer.getInteger("sitrep.people.sample", Integer.parseInt(System.getenv().getOrDefault("SITREP_PEOPLE_SAMPLE", "0")));
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode n = JSON.readTree(line);
                JsonNode g = n.get("gold");
                if (g == null || g.isNull() || n.path("text").asText("").isBlank()) continue;
                List<Gold> gold = new ArrayList<>();
                for (JsonNode p : g.path("participants")) {
                    String name = p.path("name").asText("");
                    if (name.isBlank()) continue;
                    gold.add(new Gold(name, p.path("type").asText("").startsWith("Victim") ? "victim" : "suspect"));
                }
                Article a = new Article(n.get("id").asText(), n.path("title").asText(""), n.path("text").asText(""), null,
                        null, null, null, "en", "", "gva-dev", Map.of());
                String text = a.fullText().toLowerCase(Locale.ROOT);
                List<Fact> people = People.find(Doc.of(a));
                articles++;
                for (Fact f : people) {
                    Gold m = gold.stream().filter(x -> sameName(x.name(), f.value())).findFirst().orElse(null);
                    if (m != null) {
                        matched++;
                        if (m.role().equals(f.role())) roleOk++;
                    }
                    if (!f.role().equals("victim") && !f.role().equals("suspect")) continue;
                    predicted++;
                    if (m != null) correct++;
                    if (sample > 0) {
                        sample--;
                        System.out.println("PERSON " + (m == null ? "MISS " : m.role().equals(f.role()) ? "OK   " : "ROLE ")
                                + f.role() + " " + f.value() + " | " + f.evidence().sentence());
                    }
                }
                for (Gold x : gold) {
                    String[] t = x.name().toLowerCase(Locale.ROOT).split("\\s+");
                    if (!text.contains(t[t.length - 1])) continue;
                    goldN++;
                    if (people.stream().anyMatch(f -> (f.role().equals("victim") || f.role().equals("suspect"))
                            && sameName(x.name(), f.value()))) {
                        found++;
                    } else if (sample > 0) {
                        sample--;
                        int at = text.indexOf(t[t.length - 1]);
                        System.out.println("PERSON LOST " + x.role() + " " + x.name() + " | "
                                + a.fullText().substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)).replace('\n', ' '));
                    }
                }
            }
        }
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = goldN == 0 ? 0 : (double) found / goldN;
        double role = matched == 0 ? 0 : (double) roleOk / matched;
        System.out.printf(Locale.ROOT, "{\"people_articles\": %d, \"people_predicted\": %d, \"people_name_p\": %.4f, "
                        + "\"people_gold_in_text\": %d, \"people_name_r\": %.4f, \"people_name_f1\": %.4f, \"people_matched\": %d, "
                        + "\"people_role_acc\": %.4f}%n", articles, predicted, p, goldN, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
                matched, role);
        assertThat(p).as("name precision").isGreaterThan(0.3);
        assertThat(r).as("name recall").isGreaterThan(0.2);
        assertThat(role).as("role accuracy").isGreaterThan(0.5);
    }

    /** Same surname and the same first name or initial ("Jordan Darell Baker" = "Jordan Baker" = "J. Baker"). */
    static boolean sameName(String gold, String got) {
        // the dots first, then the suffix: "Smith Jr." is "smith"
        String[] a = gold.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").replaceAll("\\s+(?:jr|sr|ii|iii|iv)$", "")
                .strip().split("\\s+");
        String[] b = got.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").replaceAll("\\s+(?:jr|sr|ii|iii|iv)$", "")
                .strip().split("\\s+");
        if (!a[a.length - 1].equals(b[b.length - 1])) return false;
        if (a.length == 1 || b.length == 1) return true;
        return a[0].equals(b[0]) || a[0].charAt(0) == b[0].charAt(0) && (a[0].length() == 1 || b[0].length() == 1);
    }
}
