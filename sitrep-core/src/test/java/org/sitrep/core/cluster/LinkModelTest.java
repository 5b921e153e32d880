package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.DevData;

/** The pruned scoring path gives up only candidates that could not have reached the bar. */
class LinkModelTest {
    private static final double[] BARS = {0.3, 0.5, 0.8, 0.95};

    @Test
    void completeReaching_devStream_prunesOnlyCandidatesBelowTheBar() throws Exception {
        List<DevData.Item> gva = DevData.load("gva-dev.jsonl");
        LinkModel model = LinkModel.standard();
        StandardClusterer c = new StandardClusterer(model);
        int pruned = 0;
        int kept = 0;
        for (int k = 0; k < Math.min(1500, gva.size()); k++) {
            ArticleRep a = c.represent(new ClusterInput(gva.get(k).article(), null, null));
            List<StandardClusterer.Candidate> all = c.candidates(a);
            List<IncidentState> ranked = List.copyOf(c.ranked(a));
            for (int r = 0; r < ranked.size(); r++) {
                IncidentState s = ranked.get(r);
                double[] full = all.get(r).features();
                for (double bar : BARS) {
                    List<double[]> partial = new java.util.ArrayList<>();
                    for (IncidentState o : ranked) partial.add(LinkModel.partialWithCosine(a, o));
                    LinkModel.addMargins(partial);
                    double[] f = model.completeReaching(a, s, partial.get(r), bar);
                    if (f == null) {
                        assertThat(model.probability(full)).as("%s vs %s at %s", a.id(), s.id, bar).isLessThan(bar);
                        pruned++;
                    } else {
                        assertThat(f).containsExactly(full);
                        kept++;
                    }
                }
            }
            c.assign(a, null);
        }
        assertThat(pruned).isGreaterThan(kept);
    }

    @Test
    void probability_farDateAndOtherPlace_veto() {
        LinkModel m = new LinkModel(LinkModel.FITTED.clone(), LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD, true);
        double[] f = new double[LinkModel.N];
        f[0] = 1;
        f[1] = f[2] = f[3] = f[4] = f[5] = 0.9; // the same text
        f[26] = f[27] = 0.9; // and no other candidate near it
        f[LinkModel.FACT_DAY_FAR] = 1;
        assertThat(m.probability(f)).as("a far date alone").isGreaterThan(m.threshold());
        f[LinkModel.FACT_DAY_FAR] = 0;
        f[LinkModel.PLACE_CONFLICT] = 1;
        assertThat(m.probability(f)).as("another place alone").isGreaterThan(m.threshold());
        f[LinkModel.FACT_DAY_FAR] = 1;
        assertThat(m.probability(f)).as("both").isZero();
    }

    @Test
    void probability_learnedModel_distantPlaceScoresBelowNeighbour() {
        LinkModel m = LinkModel.standard();
        assertThat(m.veto()).isFalse();
        double[] f = new double[LinkModel.N];
        f[0] = 1;
        f[1] = f[2] = f[3] = f[4] = f[5] = 0.3; // some shared text
        f[LinkModel.FACT_DAY_FAR] = 1;
        f[LinkModel.PLACE_CONFLICT] = 1;
        double[] near = f.clone();
        near[LinkModel.PLACE_NEAR] = 1;
        near[LinkModel.PLACE_KM] = Math.log1p(10);
        double[] far = f.clone();
        far[LinkModel.PLACE_KM] = Math.log1p(350);
        far[LinkModel.FAR_DAY_X_FAR_PLACE] = 1;
        assertThat(m.probability(far)).isGreaterThan(0).isLessThan(m.probability(near));
        assertThat(m.probability(far)).as("a distant place and a far date with some shared text").isLessThan(m.threshold());
    }
}
