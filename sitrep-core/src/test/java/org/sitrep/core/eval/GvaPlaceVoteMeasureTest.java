package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.core.extract.place.Places;
import org.sitrep.core.reconcile.Member;
import org.sitrep.core.reconcile.StandardReconciler;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/**
 * The incident place on gva-dev as {@code sitrep eval} scores it, but with the <b>gold</b> clusters: articles arrive
 * in stream order (normalised as the pipeline does), each arrival reconciles its gold incident's members so far with
 * one standard reconciler (so outlet homes are learned online as in the pipeline), and the last decision per incident
 * is compared with GVA's city and state. Separates place extraction and voting errors from clustering ones. Writes
 * one row per scored incident to target/gva-place-votes.tsv. Prints the numbers; fails only on a collapse. Skips
 * without the data.
 */
class GvaPlaceVoteMeasureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void incidentPlace_gvaDevGoldClustersInStreamOrder_printsAccuracy() throws IOException {
        List<DevData.Item> items = DevData.load("gva-dev.jsonl", true);
        Map<String, String[]> gold = new HashMap<>();
        for (String line : Files.readAllLines(DevData.shared().resolve("datasets").resolve("gva-dev.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            JsonNode g = n.get("gold");
            if (g == null || g.isNull()) continue;
            gold.putIfAbsent(n.path("event_id").asText(), new String[] {g.path("city_or_county").asText(null), g.path("state").asText(null)});
        }
        PlaceExtractor extractor = Places.standard();
        List<List<Place>> places = items.parallelStream().map(i -> extractor.extract(Doc.of(i.article()))).toList();
        StandardReconciler rec = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        Map<String, List<Member>> clusters = new LinkedHashMap<>();
        Map<String, Place> decided = new LinkedHashMap<>();
        Map<String, String> homes = new HashMap<>(); // the outlets' learned home states when the incident was last decided
        org.sitrep.core.extract.place.OutletPrior shadow = new org.sitrep.core.extract.place.OutletPrior();
        for (int i = 0; i < items.size(); i++) {
            DevData.Item it = items.get(i);
            ArticleFacts facts = new ArticleFacts(it.article().id(), null, places.get(i), List.of(), List.of());
            List<Member> members = clusters.computeIfAbsent(it.gold(), k -> new ArrayList<>());
            members.add(new Member(it.article(), facts, DedupDecision.original(it.article().id())));
            StringBuilder h = new StringBuilder();
            for (Member m : members) h.append(shadow.homeRegion(m.article().outlet()).orElse("?")).append(',');
            homes.put(it.gold(), h.toString());
            Incident inc = rec.reconcile(it.gold(), List.copyOf(members), List.of());
            for (Member m : members) shadow.observe(m.article().outlet(), m.article().id(), m.facts().incidentPlace().orElse(null));
            decided.put(it.gold(), inc.place());
        }
        int n = 0;
        int city = 0;
        int state = 0;
        Path out = Path.of("target", "gva-place-votes.tsv");
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (var e : decided.entrySet()) {
                String[] g = gold.get(e.getKey());
                if (g == null || g[0] == null) continue;
                Place p = e.getValue();
                boolean c = p != null && Matching.cityMatches(g[0], p.name());
                boolean s = p != null && Matching.stateMatches(g[1], p.admin1());
                n++;
                if (c) city++;
                if (s) state++;
                StringBuilder arts = new StringBuilder();
                for (Member m : clusters.get(e.getKey())) {
                    Place own = m.facts().incidentPlace().orElse(null);
                    arts.append(' ').append(m.article().outlet()).append('=')
                            .append(own == null ? "-" : own.name() + "/" + own.admin1());
                }
                w.println(e.getKey() + "\t" + (c ? "ok" : "CITY") + "\t" + (s ? "ok" : "STATE") + "\t" + g[0] + "\t" + g[1] + "\t"
                        + (p == null ? "-\t-" : p.name() + "\t" + p.admin1()) + "\t" + homes.get(e.getKey()) + "\t" + arts.toString().strip());
            }
        }
        System.out.printf(Locale.ROOT, "gva place votes (gold clusters, stream order): %d incidents, city %.4f, state %.4f%n",
                n, city / (double) n, state / (double) n);
        assertThat(city / (double) n).as("city per incident").isGreaterThan(0.7);
        assertThat(state / (double) n).as("state per incident").isGreaterThan(0.85);
    }
}
