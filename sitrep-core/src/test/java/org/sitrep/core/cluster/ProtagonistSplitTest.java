package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.IncidentEvent;

/**
 * The splitter's protagonist rule: an undated incident holding three reports about one arrested player and three about
 * another player of the same team splits into the two, and does not when the rule is off, when the reports are
 * dated, or when one side's protagonist is never named in full (a lone place name).
 */
class ProtagonistSplitTest {
    private static final String[][] TWO_ARRESTS = {
        {"a1", "Chargers receiver Vincent Jackson arrested",
            "Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving. Jackson failed sobriety "
            + "tests on the freeway, police said. Jackson was released from jail in the morning."},
        {"a2", "Vincent Jackson arrested on suspicion of DUI",
            "San Diego receiver Vincent Jackson was arrested early on Tuesday. Jackson was booked into county jail and "
            + "released. The team said Jackson will play on Sunday."},
        {"a3", "Police arrest Chargers wide receiver Vincent Jackson",
            "Wide receiver Vincent Jackson was arrested by the Highway Patrol. Jackson was on probation for an earlier "
            + "arrest, officers said, and Jackson says he is innocent."},
        {"b1", "Chargers tackle Jamal Williams arrested",
            "Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving. Williams was pulled "
            + "over for speeding, police said. Williams was released on bail."},
        {"b2", "Jamal Williams faces DUI charges",
            "San Diego lineman Jamal Williams was arrested early on Sunday. Williams submitted to a blood test and "
            + "Williams was later released from jail."},
        {"b3", "Police arrest Chargers nose tackle Jamal Williams",
            "Nose tackle Jamal Williams was arrested by police on the freeway. Williams is an eleven-year veteran, and "
            + "Williams will meet the city attorney."},
    };

    private static List<ArticleRep> reps(String[][] rows, LocalDate published) {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        return java.util.Arrays.stream(rows).map(r -> c.represent(new ClusterInput(new Article(r[0], r[1], r[2],
                published, null, null, "example.org", "en", null, "test", Map.of()), null,
                DedupDecision.original(r[0])))).toList();
    }

    /** A model that scores a pair by its entity cosine alone, so reports about one player link and the others less. */
    private static LinkModel entityModel() {
        double[] w = new double[2 * LinkModel.N];
        for (int o : new int[] {0, LinkModel.N}) {
            w[o] = -3;
            w[o + 3] = 8;
        }
        return new LinkModel(w, LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD);
    }

    private static IncidentSplitter.Partition check(IncidentSplitter.Rule rule, List<ArticleRep> reps) {
        IncidentSplitter sp = new IncidentSplitter(entityModel(), rule);
        IncidentState s = new IncidentState("i-a1", 0);
        for (ArticleRep r : reps) {
            s.add(r);
            sp.added(s, r);
        }
        return sp.check("i-a1");
    }

    @Test
    void check_undatedReportsAboutTwoNamedPlayers_splitsByProtagonist() {
        IncidentSplitter.Partition p = check(IncidentSplitter.Rule.standard(), reps(TWO_ARRESTS, null));
        assertThat(p).isNotNull();
        assertThat(p.reasons()).containsExactly(IncidentEvent.Reason.PROTAGONISTS);
        assertThat(p.keep()).extracting(ArticleRep::id).containsExactly("a1", "a2", "a3");
        assertThat(p.move()).extracting(ArticleRep::id).containsExactly("b1", "b2", "b3");
    }

    @Test
    void check_protagonistRuleOff_noSplit() {
        var standard = IncidentSplitter.Rule.standard();
        var off = new IncidentSplitter.Rule(standard.link(), standard.cross(), standard.minPart(), standard.needConflict());
        assertThat(check(off, reps(TWO_ARRESTS, null))).isNull();
    }

    @Test
    void check_datedReports_leftToTheFactConflicts() {
        assertThat(check(IncidentSplitter.Rule.standard(), reps(TWO_ARRESTS, LocalDate.of(2009, 2, 3)))).isNull();
    }

    @Test
    void check_protagonistNeverNamedInFull_noSplit() {
        String[][] rows = TWO_ARRESTS.clone();
        // the second side is mainly about a lone place name, never the last word of a longer name
        rows[3] = new String[] {"b1", "Player arrested in Texas",
            "Police in Texas arrested a defensive tackle on suspicion of drunken driving. He was pulled over in Texas "
            + "and released on bail in Texas."};
        rows[4] = new String[] {"b2", "Tackle faces charges in Texas",
            "A lineman was arrested in Texas early on Sunday. He was taken to a jail in Texas and released."};
        rows[5] = new String[] {"b3", "Police arrest nose tackle in Texas",
            "A nose tackle was arrested by police in Texas on the freeway and will meet a city attorney in Texas."};
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        List<ArticleRep> reps = java.util.Arrays.stream(rows).map(r -> c.represent(new ClusterInput(new Article(r[0],
                r[1], r[2], null, null, null, "example.org", "en", null, "test", Map.of()), null,
                DedupDecision.original(r[0])))).toList();
        for (ArticleRep r : reps.subList(3, 6)) assertThat(c.word(r.protagonists()[0])).endsWith("texas");
        assertThat(check(IncidentSplitter.Rule.standard(), reps)).isNull();
        // named in full on that side too ("Jamal Williams"), the same reports split
        assertThat(check(IncidentSplitter.Rule.standard(), reps(TWO_ARRESTS, null))).isNotNull();
    }

    @Test
    void lastRunFinals_namesInFull_surnamesAndPlaceEnds() {
        Terms terms = new Terms();
        terms.entities("The team said receiver Vincent Jackson was arrested in San Diego by Texas police.", false);
        List<String> finals = java.util.Arrays.stream(terms.lastRunFinals()).mapToObj(terms::word).toList();
        assertThat(finals).hasSize(2).allMatch(w -> w.endsWith("jackson") || w.endsWith("diego"));
    }
}
