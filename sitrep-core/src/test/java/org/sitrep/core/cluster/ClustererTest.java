package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;

class ClustererTest {
    private static ClusterInput input(String id, String title, String text, String date) {
        return input(id, title, text, date, DedupDecision.original(id));
    }

    private static ClusterInput input(String id, String title, String text, String date, DedupDecision d) {
        Article a = new Article(id, title, text, date == null ? null : LocalDate.parse(date), null, null, null, "en",
                null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), d);
    }

    private static final String FIRE = "A fire at the Northfield grain depot injured four workers on Sunday. "
            + "Depot manager Helen Ostrava said the blaze started in a drying tower. "
            + "Two workers were taken to Mercy General Hospital with burns.";
    private static final String FIRE2 = "Four workers were hurt when fire swept through the Northfield grain depot. "
            + "Helen Ostrava, who runs the depot, said the drying tower caught fire first. "
            + "Mercy General Hospital treated two of the workers for burns.";
    private static final String BUS = "A school bus slid off an icy road near Dunmore Ridge on Tuesday. "
            + "Driver Paul Keating said the bus lost traction on a bend. No children were hurt.";

    @Test
    void assign_sameIncidentReworded_joins() {
        IncidentClusterer c = Clusterers.standard();
        Assignment a = c.assign(input("a", "Fire at Northfield grain depot injures four", FIRE, "2024-05-05"));
        Assignment b = c.assign(input("b", "Northfield depot fire: four workers hurt", FIRE2, "2024-05-06"));
        Assignment x = c.assign(input("x", "School bus slides off icy road near Dunmore", BUS, "2024-05-06"));
        assertThat(a.isNew()).isTrue();
        assertThat(a.incidentId()).isEqualTo("i-a");
        assertThat(b.incidentId()).isEqualTo("i-a");
        assertThat(x.incidentId()).isNotEqualTo("i-a");
    }

    @Test
    void assign_sameWordingYearsApart_separate() {
        IncidentClusterer c = Clusterers.standard();
        c.assign(input("a", "Fire at Northfield grain depot injures four", FIRE, "2020-05-05"));
        Assignment b = c.assign(input("b", "Northfield depot fire: four workers hurt", FIRE2, "2024-05-06"));
        assertThat(b.isNew()).isTrue();
    }

    @Test
    void assign_copy_joinsOriginalsIncident() {
        IncidentClusterer c = Clusterers.standard();
        c.assign(input("a", "Fire at Northfield grain depot injures four", FIRE, "2024-05-05"));
        c.assign(input("x", "School bus slides off icy road near Dunmore", BUS, "2024-05-06"));
        DedupDecision copy = new DedupDecision("b", "a", "a", DuplicateKind.TRANSLATION, 0.8, "a");
        assertThat(c.assign(input("b", "Incendie", "Texte traduit sans mots communs.", null, copy)).incidentId())
                .isEqualTo("i-a");
    }

    @Test
    void assign_boilerplateBodies_doNotGlueIncidents() {
        String page = "Thanks for signing up! Please check your email and click the link to verify your account. "
                + "Already a subscriber? Log in to continue reading.";
        IncidentClusterer c = Clusterers.standard();
        Assignment a = c.assign(input("a", "Man shot on Elm Street in Carver", page, "2024-05-05",
                new DedupDecision("a", "a", "a", DuplicateKind.BOILERPLATE, 0, null)));
        Assignment b = c.assign(input("b", "Council approves new harbour budget", page, "2024-05-05",
                new DedupDecision("b", "a", "a", DuplicateKind.BOILERPLATE, 1, "a")));
        assertThat(b.incidentId()).isNotEqualTo(a.incidentId());
    }

    @Test
    void restore_earlierAssignments_laterArticleJoins() {
        IncidentClusterer first = Clusterers.standard();
        ClusterInput a = input("a", "Fire at Northfield grain depot injures four", FIRE, "2024-05-05");
        String inc = first.assign(a).incidentId();
        IncidentClusterer restarted = Clusterers.standard();
        restarted.restore(a, inc);
        Assignment b = restarted.assign(input("b", "Northfield depot fire: four workers hurt", FIRE2, "2024-05-06"));
        assertThat(b.incidentId()).isEqualTo(inc);
    }
}
