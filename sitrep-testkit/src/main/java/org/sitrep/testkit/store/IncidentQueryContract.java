package org.sitrep.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.testkit.store.StoreFixtures.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.model.Incident;

/** The incident listing part of the store contract: every filter, their combination, and paging. */
public abstract class IncidentQueryContract extends IncidentEventContract {
    private static final LocalDate D = LocalDate.of(2024, 6, 10);

    private static IncidentQuery q(String text, LocalDate from, LocalDate to, String place, double[] bbox, String type,
                                   Integer minKilled, Integer minInjured) {
        return new IncidentQuery(text, from, to, place, bbox, type, minKilled, minInjured, null, 100);
    }

    private static List<String> ids(List<Incident> incidents) {
        return incidents.stream().map(Incident::id).toList();
    }

    /** Six incidents with one member article each, committed. */
    private Store seeded() {
        Store s = store();
        String[][] texts = {
                {"m1", "Shelling struck a market in Dornwick, killing several traders."},
                {"m2", "A gas explosion destroyed a bakery in Dornwick's old town."},
                {"m3", "Floodwater swept through Lowmere after the river burst its banks."},
                {"m4", "A landslide buried a road near Fjellby; rescuers reached the cars."},
                {"m5", "Wildfire smoke forced the evacuation of Port Ellery on the island."},
                {"m6", "Unrest in the capital: police detained dozens of protesters."}};
        for (String[] t : texts) s.putArticle(art(t[0], t[1]));
        s.putIncident(incident("i1", List.of("m1"), D, "Dornwick", "Eastmarch", "XA", 48.5, 35.0,
                "Explosions/Remote violence|Shelling", 12, 30, List.of()));
        s.putIncident(incident("i2", List.of("m2"), D.minusDays(3), "Dornwick", "Eastmarch", "XA", 48.6, 35.1,
                "Explosions/Accidental", 2, 5, List.of()));
        s.putIncident(incident("i3", List.of("m3"), D.minusDays(10), "Lowmere", "Riverland", "XB", 51.0, 4.0,
                "Disaster|Flood", 0, 14, List.of()));
        s.putIncident(incident("i4", List.of("m4"), D.plusDays(2), "Fjellby", "Nordfylke", "XC", 61.0, 7.0,
                "Disaster|Landslide", 4, null, List.of()));
        s.putIncident(incident("i5", List.of("m5"), D.minusDays(1), "Port Ellery", "Isles", "XD", -17.5, 179.5,
                "Disaster|Wildfire", null, 1, List.of()));
        s.putIncident(incident("i6", List.of("m6"), null, null, null, null, null, null, "Protests", null, null, List.of()));
        s.commit();
        return s;
    }

    @Test
    void incidents_noFilter_allNewestFirstUndatedLast() {
        assertThat(ids(seeded().incidents(IncidentQuery.all(100)))).containsExactly("i4", "i1", "i5", "i2", "i3", "i6");
    }

    @Test
    void incidents_dateRange_inclusiveAndSkipsUndated() {
        Store s = seeded();
        assertThat(ids(s.incidents(q(null, D.minusDays(3), D, null, null, null, null, null))))
                .containsExactly("i1", "i5", "i2");
        assertThat(ids(s.incidents(q(null, D, null, null, null, null, null, null)))).containsExactly("i4", "i1");
        assertThat(ids(s.incidents(q(null, null, D.minusDays(3), null, null, null, null, null))))
                .containsExactly("i2", "i3");
        assertThat(s.incidents(q(null, D.plusDays(3), D.plusDays(30), null, null, null, null, null))).isEmpty();
    }

    @Test
    void incidents_place_matchesNameAdmin1OrCountryIgnoringCase() {
        Store s = seeded();
        assertThat(ids(s.incidents(q(null, null, null, "dornwick", null, null, null, null)))).containsExactly("i1", "i2");
        assertThat(ids(s.incidents(q(null, null, null, "RIVERLAND", null, null, null, null)))).containsExactly("i3");
        assertThat(ids(s.incidents(q(null, null, null, "xc", null, null, null, null)))).containsExactly("i4");
        assertThat(ids(s.incidents(q(null, null, null, "Port Ellery", null, null, null, null)))).containsExactly("i5");
        assertThat(s.incidents(q(null, null, null, "Dorn", null, null, null, null))).isEmpty();
    }

    @Test
    void incidents_bbox_insideOnlyAndAcrossTheAntimeridian() {
        Store s = seeded();
        assertThat(ids(s.incidents(q(null, null, null, null, new double[] {34.9, 48.0, 35.05, 49.0}, null, null, null))))
                .containsExactly("i1");
        assertThat(ids(s.incidents(q(null, null, null, null, new double[] {0, 40, 40, 70}, null, null, null))))
                .containsExactly("i4", "i1", "i2", "i3");
        assertThat(ids(s.incidents(q(null, null, null, null, new double[] {170, -30, -170, 0}, null, null, null))))
                .containsExactly("i5");
    }

    @Test
    void incidents_eventType_matchesLabelPrefixIgnoringCase() {
        Store s = seeded();
        assertThat(ids(s.incidents(q(null, null, null, null, null, "Explosions", null, null)))).containsExactly("i1", "i2");
        assertThat(ids(s.incidents(q(null, null, null, null, null, "disaster|", null, null))))
                .containsExactly("i4", "i5", "i3");
        assertThat(ids(s.incidents(q(null, null, null, null, null, "Disaster|Flood", null, null)))).containsExactly("i3");
        assertThat(s.incidents(q(null, null, null, null, null, "Shelling", null, null))).isEmpty();
    }

    @Test
    void incidents_minKilledAndInjured_skipIncidentsWithoutTheFigure() {
        Store s = seeded();
        assertThat(ids(s.incidents(q(null, null, null, null, null, null, 4, null)))).containsExactly("i4", "i1");
        assertThat(ids(s.incidents(q(null, null, null, null, null, null, 0, null)))).containsExactly("i4", "i1", "i2", "i3");
        assertThat(ids(s.incidents(q(null, null, null, null, null, null, null, 14)))).containsExactly("i1", "i3");
        assertThat(ids(s.incidents(q(null, null, null, null, null, null, 2, 5)))).containsExactly("i1", "i2");
    }

    @Test
    void incidents_text_matchesMemberArticles() {
        Store s = seeded();
        assertThat(ids(s.incidents(q("Dornwick", null, null, null, null, null, null, null)))).containsExactly("i1", "i2");
        assertThat(ids(s.incidents(q("floodwater rivers", null, null, null, null, null, null, null)))).containsExactly("i3");
        assertThat(ids(s.incidents(q("explosion", null, null, null, null, null, null, null)))).containsExactly("i2");
        assertThat(s.incidents(q("volcano", null, null, null, null, null, null, null))).isEmpty();
        // uncommitted articles and membership count too
        s.putArticle(art("m7", "Another explosion shook the depot in Lowmere."));
        Incident moved = incident("i3", List.of("m3", "m7"), D.minusDays(10), "Lowmere", "Riverland", "XB", 51.0, 4.0,
                "Disaster|Flood", 0, 14, List.of());
        s.putIncident(moved);
        assertThat(ids(s.incidents(q("explosion", null, null, null, null, null, null, null)))).containsExactly("i2", "i3");
    }

    @Test
    void incidents_filtersCombine() {
        Store s = seeded();
        assertThat(ids(s.incidents(q("market", D.minusDays(5), D, "Eastmarch", new double[] {30, 45, 40, 50},
                "explosions/remote", 10, 20)))).containsExactly("i1");
        assertThat(s.incidents(q("bakery", D.minusDays(5), D, "Eastmarch", null, null, 10, null))).isEmpty();
    }

    @Test
    void incidents_paging_newestFirstStableWithoutGapsOrRepeats() {
        Store s = store();
        List<Incident> all = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            String aid = "p" + i;
            s.putArticle(art(aid, "Paging report " + i + "."));
            LocalDate day = i % 9 == 0 ? null : D.minusDays(i % 7);
            Incident inc = incident(String.format("inc-%03d", (i * 31) % 53), List.of(aid), day);
            s.putIncident(inc);
            all.add(inc);
        }
        s.commit();
        Comparator<Incident> newestFirst = Comparator
                .comparing((Incident x) -> x.day() == null ? "" : x.day().toString())
                .thenComparing(Incident::id).reversed();
        List<String> expected = all.stream().sorted(newestFirst).map(Incident::id).toList();
        List<String> paged = new ArrayList<>();
        String after = null;
        while (true) {
            List<Incident> page = s.incidents(new IncidentQuery(null, null, null, null, null, null, null, null, after, 8));
            if (page.isEmpty()) break;
            assertThat(page.size()).isLessThanOrEqualTo(8);
            page.forEach(x -> paged.add(x.id()));
            after = page.get(page.size() - 1).id();
            // an incident newer than everything arriving between pages does not shift later pages
            if (paged.size() == 16) {
                s.putArticle(art("late", "A late report."));
                s.putIncident(incident("inc-zzz", List.of("late"), D.plusDays(30)));
                s.commit();
            }
        }
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void incidents_sort_eachOrderWithTiesNewestFirstAndUndatedLast() {
        Store s = seeded();
        // killed: i1 12, i4 4, i2 2, then the 0s newest first (i5 missing = 0, i3 0, i6 undated missing)
        assertThat(ids(s.incidents(sorted(null, IncidentQuery.Sort.KILLED, null, 100))))
                .containsExactly("i1", "i4", "i2", "i5", "i3", "i6");
        assertThat(ids(s.incidents(sorted(null, IncidentQuery.Sort.INJURED, null, 100))))
                .containsExactly("i1", "i3", "i2", "i5", "i4", "i6");
        assertThat(ids(s.incidents(sorted(null, IncidentQuery.Sort.OLDEST, null, 100))))
                .containsExactly("i3", "i2", "i5", "i1", "i4", "i6");
        // every incident has one article: ties broken newest first
        assertThat(ids(s.incidents(sorted(null, IncidentQuery.Sort.ARTICLES, null, 100))))
                .containsExactly("i4", "i1", "i5", "i2", "i3", "i6");
        assertThat(s.incidents(sorted(null, IncidentQuery.Sort.UPDATED, null, 100))).hasSize(6);
        // filters and text combine with an order
        assertThat(ids(s.incidents(sorted("Dornwick", IncidentQuery.Sort.OLDEST, null, 100)))).containsExactly("i2", "i1");
        assertThat(ids(s.incidents(new IncidentQuery(null, null, null, null, null, null, 1, null, null, 100,
                IncidentQuery.Sort.KILLED)))).containsExactly("i1", "i4", "i2");
    }

    @Test
    void incidents_sort_pagingFollowsTheOrderWithoutGapsOrRepeats() {
        Store s = store();
        List<Incident> all = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            String aid = "s" + i;
            s.putArticle(art(aid, "Sorted report " + i + "."));
            LocalDate day = i % 7 == 0 ? null : D.minusDays(i % 5);
            Integer killed = i % 4 == 0 ? null : i % 6;
            Incident inc = incident(String.format("k-%03d", (i * 17) % 43), List.of(aid), day, "Town", "Region", "XA",
                    10.0, 20.0, "Battles", killed, i % 3, List.of());
            s.putIncident(inc);
            all.add(inc);
        }
        s.commit();
        Comparator<Incident> newest = Comparator.comparing((Incident x) -> x.day() == null ? "" : x.day().toString())
                .thenComparing(Incident::id);
        Comparator<Incident> byKilled = Comparator.comparing((Incident x) -> figure(x, org.sitrep.model.FigureKind.KILLED))
                .thenComparing(newest).reversed();
        Comparator<Incident> oldest = Comparator.comparing((Incident x) -> x.day() == null)
                .thenComparing(x -> x.day() == null ? "" : x.day().toString()).thenComparing(Incident::id);
        for (var c : List.of(java.util.Map.entry(IncidentQuery.Sort.KILLED, byKilled),
                java.util.Map.entry(IncidentQuery.Sort.OLDEST, oldest),
                java.util.Map.entry(IncidentQuery.Sort.NEWEST, newest.reversed()))) {
            List<String> expected = all.stream().sorted(c.getValue()).map(Incident::id).toList();
            List<String> paged = new ArrayList<>();
            String after = null;
            while (true) {
                List<Incident> page = s.incidents(sorted(null, c.getKey(), after, 6));
                if (page.isEmpty()) break;
                page.forEach(x -> paged.add(x.id()));
                after = page.get(page.size() - 1).id();
            }
            assertThat(paged).as("paged in order " + c.getKey()).isEqualTo(expected);
        }
    }

    private static int figure(Incident i, org.sitrep.model.FigureKind kind) {
        var f = i.best().get(kind);
        return f == null ? 0 : f.value();
    }

    private static IncidentQuery sorted(String place, IncidentQuery.Sort sort, String after, int limit) {
        return new IncidentQuery(null, null, null, place, null, null, null, null, after, limit, sort);
    }

    @Test
    void incidents_badArguments_areRejectedWithTheValue() {
        Store s = seeded();
        assertThatThrownBy(() -> s.incidents(q(null, D, D.minusDays(1), null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(D.toString());
        assertThatThrownBy(() -> s.incidents(q(null, null, null, null, null, null, -1, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> s.incidents(q(null, null, null, null, null, null, null, -2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
        assertThatThrownBy(() -> s.incidents(q(null, null, null, null, new double[] {0, 50, 10, 40}, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.incidents(q(null, null, null, null, new double[] {0, 0, Double.NaN, 1}, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.incidents(q(null, null, null, null, new double[] {0, 0, 200, 1}, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> s.incidents(new IncidentQuery(null, null, null, null, null, null, null, null, "nope", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> s.incidents(null)).isInstanceOf(NullPointerException.class);
        // odd but harmless input is data: blank text or place mean "any", unparseable text is searched literally
        assertThat(s.incidents(q("  ", null, null, " ", null, "", null, null))).hasSize(6);
        assertThat(s.incidents(q("\"unclosed (", null, null, null, null, null, null, null))).isEmpty();
    }
}
