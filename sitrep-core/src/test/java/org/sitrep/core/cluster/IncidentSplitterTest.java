package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.Extractors;
import org.sitrep.model.Article;

/**
 * Two shootings in one city a week apart, glued together by a round-up article that names both: the splitter must
 * take them apart again, and without it they stay one incident.
 */
class IncidentSplitterTest {
    private static final Extractor EXTRACTOR = Extractors.standard();

    static final String[][] GLUED = {
        {"a1", "2024-05-06", "Man shot dead on Elm Street in Dayton",
            "A 34-year-old man was shot and killed on Elm Street in Dayton, Ohio, on Sunday night, police said. "
            + "Officers found Marcus Bellweather with several gunshot wounds outside a corner store shortly before "
            + "11 p.m. He died at Miami Valley Hospital. Police have not named a suspect."},
        {"a2", "2024-05-06", "Dayton police investigate fatal Elm Street shooting",
            "Marcus Bellweather, 34, died after being shot several times outside a corner store on Elm Street in "
            + "Dayton on Sunday night. Dayton police said officers were called at about 10:50 p.m. and the victim "
            + "was pronounced dead at Miami Valley Hospital. No arrests have been made."},
        {"v", "2024-05-13", "Dayton police investigate shootings on Elm Street and Oak Avenue",
            "Dayton police are investigating shootings on Elm Street and on Oak Avenue in Dayton, Ohio. "
            + "Marcus Bellweather was killed on Elm Street. Teresa Lundqvist was wounded at a gas station on Oak "
            + "Avenue. Police asked anyone with information about either shooting to call detectives."},
        {"b1", "2024-05-13", "Woman wounded in shooting at Oak Avenue gas station in Dayton",
            "A 27-year-old woman was wounded in a shooting at a gas station on Oak Avenue in Dayton, Ohio, on Sunday "
            + "afternoon, police said. Teresa Lundqvist was hit in the leg and taken to Grandview Medical Center in "
            + "stable condition. Witnesses told police a man fired from a passing car."},
        {"b2", "2024-05-13", "Oak Avenue gas station shooting leaves woman hurt",
            "Teresa Lundqvist, 27, was shot in the leg at an Oak Avenue gas station in Dayton on Sunday afternoon. "
            + "Dayton police said the gunman fired from a passing car. She was treated at Grandview Medical Center "
            + "and is in stable condition, police said."},
    };

    static ClusterInput input(String[] row) {
        Article a = new Article(row[0], row[2], row[3], LocalDate.parse(row[1]), null, null, "example.org", "en",
                null, "test", Map.of());
        return new ClusterInput(a, EXTRACTOR.extract(a), DedupDecision.original(row[0]));
    }

    private static List<Assignment> run(StandardClusterer c) {
        List<Assignment> out = new ArrayList<>();
        for (String[] row : GLUED) out.add(c.assign(input(row)));
        return out;
    }

    @Test
    void assign_twoShootingsGluedByRoundup_withoutSplitterStayOne() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard(), StandardClusterer.HORIZON_DAYS,
                StandardClusterer.MAX_LIVE, null);
        List<Assignment> as = run(c);
        System.out.println(as);
        assertThat(as.get(4).incidentId()).isEqualTo(as.get(0).incidentId());
    }

    @Test
    void assign_twoShootingsGluedByRoundup_split() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard(), StandardClusterer.HORIZON_DAYS,
                StandardClusterer.MAX_LIVE, IncidentSplitter.Rule.standard());
        List<Assignment> as = run(c);
        System.out.println(as);
        List<Assignment.Split> splits = as.stream().flatMap(a -> a.splits().stream()).toList();
        assertThat(splits).hasSize(1);
        Assignment.Split s = splits.get(0);
        assertThat(s.from()).isEqualTo("i-a1");
        assertThat(s.moved()).contains("b1", "b2").doesNotContain("a1", "a2");
        // the two Sundays are a week apart; the standard rule splits only on such a conflict of facts
        assertThat(s.reasons()).contains(org.sitrep.model.IncidentEvent.Reason.DAY_GAP)
                .doesNotContain(org.sitrep.model.IncidentEvent.Reason.LINK_SCORES);
        assertThat(c.sizes().get("i-a1") + c.sizes().get(s.to())).isEqualTo(GLUED.length);
        // a later report of the second shooting joins the split-off part, not the first shooting
        Assignment later = c.assign(input(new String[] {"b3", "2024-05-14", "Police seek gunman in Oak Avenue shooting",
            "Dayton police are looking for the man who fired from a passing car at an Oak Avenue gas station on Sunday, "
            + "wounding Teresa Lundqvist, 27, in the leg."}));
        assertThat(later.incidentId()).isEqualTo(s.to());
        assertThat(c.sizes().get(s.to())).isEqualTo(s.moved().size() + 1);
    }

    private static ArticleRep rep(StandardClusterer c, String id, String day, String title, String text) {
        return c.represent(input(new String[] {id, day, title, text}));
    }

    @Test
    void aftermath_laterStoriesOfALargeShootingAreNoDayConflict_aSmallTollIs() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        List<ArticleRep> shooting = List.of(
            rep(c, "m1", "2024-03-03", "Gunman kills 12, wounds 20 at Riverside mall in Dayton",
                "A gunman killed 12 people and wounded 20 others at the Riverside mall in Dayton, Ohio, on Saturday "
                + "night before police shot him, officials said."),
            rep(c, "m2", "2024-03-04", "12 dead, 20 wounded in Dayton mall shooting",
                "Twelve people were killed and 20 were wounded when a gunman opened fire inside the Riverside mall in "
                + "Dayton on Saturday, police said on Sunday."));
        List<ArticleRep> vigil = List.of(
            rep(c, "v1", "2024-03-22", "Dayton mourns mall victims at candlelight vigil",
                "Hundreds gathered on Thursday to remember the victims of the Riverside mall shooting, in which a "
                + "gunman killed 12 people and wounded 20."),
            rep(c, "v2", "2024-03-25", "Mall shooting survivor tells of hiding in a stockroom",
                "A woman who survived the Riverside mall shooting said she hid in a stockroom for an hour while the "
                + "gunman walked the corridors."));
        List<ArticleRep> another = List.of(
            rep(c, "s1", "2024-03-22", "Man wounded in shooting on Elm Street in Dayton",
                "A 30-year-old man was shot and wounded on Elm Street in Dayton on Thursday night, police said."));
        for (ArticleRep r : shooting) assertThat(r.killed()).isEqualTo(12);
        assertThat(vigil.get(1).killed()).isNegative();
        assertThat(another.get(0).injured()).isEqualTo(1);
        assertThat(IncidentSplitter.aftermath(shooting, vigil)).isTrue();
        // a second shooting in the town, with its own small toll, is no aftermath
        assertThat(IncidentSplitter.aftermath(shooting, another)).isFalse();
        // one report of a large toll does not make a large shooting (a misread figure, a round-up)
        assertThat(IncidentSplitter.aftermath(shooting.subList(0, 1), vigil)).isFalse();
        // nor does a small shooting have an aftermath
        assertThat(IncidentSplitter.aftermath(another, vigil)).isFalse();
    }
}
