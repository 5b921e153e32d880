package org.sitrep.core.cluster;

/** Link models for clusterer tests. */
final class TestModels {
    private TestModels() {
    }

    /**
     * A model that joins on the full-text cosine alone (dated and undated halves alike), so an article sharing an
     * incident's words links to it whatever its days, places or figures say.
     */
    static LinkModel cosineOnly() {
        double[] w = new double[2 * LinkModel.N];
        for (int o : new int[] {0, LinkModel.N}) {
            w[o] = -6;
            w[o + 1] = 20;
        }
        return new LinkModel(w, LinkModel.THRESHOLD, LinkModel.MERGE_THRESHOLD);
    }
}
