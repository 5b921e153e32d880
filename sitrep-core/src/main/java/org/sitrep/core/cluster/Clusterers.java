package org.sitrep.core.cluster;

/** Factories for the default clusterer. (Placeholder until the cluster stage lands: every article alone.) */
public final class Clusterers {
    private Clusterers() {
    }

    public static IncidentClusterer standard() {
        return new IncidentClusterer() {
            @Override
            public Assignment assign(ClusterInput input) {
                return new Assignment(input.article().id(), "i-" + input.article().id(), java.util.List.of(), true);
            }

            @Override
            public void restore(ClusterInput input, String incidentId) {
            }
        };
    }
}
