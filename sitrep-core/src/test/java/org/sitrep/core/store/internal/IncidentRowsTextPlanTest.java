package org.sitrep.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;

/** Both plans of a text filter (and the choice between them) give the same pages, cursor after cursor. */
class IncidentRowsTextPlanTest {
    private static final String[] TOWNS = {"Brackenford", "Ellismoor", "Quarrydale", "Hatherby", "Lowmarsh", "Fenwater"};
    private static final int N = 3000;

    @TempDir
    static Path dir;
    private static SqliteStore store;

    @BeforeAll
    static void fill() {
        store = SqliteStore.open(dir.resolve("s"));
        SplittableRandom rnd = new SplittableRandom(7);
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < N; i++) {
            int town = rnd.nextInt(TOWNS.length);
            LocalDate day = start.plusDays(rnd.nextInt(400));
            List<String> ids = new ArrayList<>();
            for (int m = 0; m < 1 + i % 2; m++) {
                String id = "a-" + i + "-" + m;
                // "oldcase" is only in the articles of the 200 oldest-numbered incidents, "flooded" in every 7th
                String text = "Officials in " + TOWNS[(town + m) % TOWNS.length] + " reported case " + i
                        + (i < 200 ? " oldcase" : "") + (i % 7 == 0 ? " after the river flooded" : "") + ".";
                store.putArticle(new Article(id, "Report " + i, text, day, null, null, "example", "en", null,
                        "test", Map.of()));
                ids.add(id);
            }
            Evidence e = Evidence.of(ids.get(0), 0, 4, "Offi");
            Place place = new Place(TOWNS[town], "Shire", "GB", 50.0 + town, -3.0, null, Place.Role.INCIDENT, e, 0.8);
            LocalDate date = i < 200 ? start.minusDays(i) : day;
            store.putIncident(new Incident("i-" + i, ids, ids.size(), new IncidentDate(date, Precision.DAY, e, 0.9),
                    place, i % 3 == 0 ? "Flood" : "Fire", Map.of(), List.of(), List.of(), List.of(), "headline " + i,
                    List.of()));
        }
        store.commit();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> allPages(IncidentQuery q, IncidentRows.TextPlan plan) {
        store.textPlan = plan;
        try {
            List<String> out = new ArrayList<>();
            String after = null;
            for (int page = 0; page < 400; page++) {
                List<Incident> found = store.incidents(new IncidentQuery(q.text(), q.from(), q.to(), q.place(),
                        q.bbox(), q.eventType(), q.minKilled(), q.minInjured(), after, q.limit()));
                found.forEach(i -> out.add(i.id()));
                if (found.size() < q.limit()) return out;
                after = found.get(found.size() - 1).id();
            }
            throw new AssertionError("paging did not end");
        } finally {
            store.textPlan = IncidentRows.TextPlan.AUTO;
        }
    }

    private static void samePages(IncidentQuery q, int expectedAtLeast) {
        List<String> hits = allPages(q, IncidentRows.TextPlan.HITS);
        assertThat(hits).as("hits plan for %s", q.text()).hasSizeGreaterThanOrEqualTo(expectedAtLeast)
                .doesNotHaveDuplicates();
        assertThat(allPages(q, IncidentRows.TextPlan.WALK)).as("walk plan for %s", q.text()).isEqualTo(hits);
        assertThat(allPages(q, IncidentRows.TextPlan.AUTO)).as("chosen plan for %s", q.text()).isEqualTo(hits);
    }

    private static IncidentQuery text(String text, String place, LocalDate from, String type, int limit) {
        return new IncidentQuery(text, from, from == null ? null : from.plusDays(60), place, null, type, null, null,
                null, limit);
    }

    @Test
    void commonText_walkAndHitsAgree() {
        samePages(text("brackenford", null, null, null, 21), N / TOWNS.length);
        samePages(text("officials", null, null, null, 50), N);
    }

    @Test
    void textWithOtherFilters_walkAndHitsAgree() {
        samePages(text("ellismoor", "Ellismoor", null, null, 21), 100);
        samePages(text("quarrydale", "Hatherby", null, "flood", 10), 0);
        samePages(text("flooded", null, LocalDate.of(2022, 3, 1), "fire", 5), 10);
    }

    @Test
    void textOnlyInTheOldest_walkGivesUpAndHitsAnswer() {
        List<String> all = allPages(text("oldcase", null, null, null, 21), IncidentRows.TextPlan.WALK);
        assertThat(all).hasSize(200).startsWith("i-0", "i-1", "i-2");
        samePages(text("oldcase", null, null, null, 21), 200);
    }

    @Test
    void textMatchingNothing_isEmptyInEveryPlan() {
        samePages(text("zanzibar", null, null, null, 21), 0);
        assertThat(allPages(text("zanzibar", null, null, null, 21), IncidentRows.TextPlan.WALK)).isEmpty();
    }
}
