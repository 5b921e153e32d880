package org.sitrep.core.cluster;

/** Factories for the default clusterer. */
public final class Clusterers {
    private Clusterers() {
    }

    /**
     * A fresh online clusterer: TF-IDF, entity, time and extracted-fact features scored by a logistic model fit
     * on dev pairs, with time-blocked inverted-index candidate retrieval; bridged incidents merge, and incidents
     * that fall into two well-separated groups split ({@link IncidentSplitter}). Not thread-safe; one per stream.
     */
    public static IncidentClusterer standard() {
        return new StandardClusterer(LinkModel.standard());
    }
}
