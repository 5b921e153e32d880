package org.sitrep.core.cluster;

/**
 * Online same-incident clustering. Articles arrive one at a time in any order and are assigned on
 * arrival. Never touches storage. Not thread-safe: the pipeline calls it from one thread.
 */
public interface IncidentClusterer {
    /** Assigns a new article. */
    Assignment assign(ClusterInput input);

    /** Re-seeds the state with an article already assigned in an earlier run (restart after a crash). */
    void restore(ClusterInput input, String incidentId);
}
