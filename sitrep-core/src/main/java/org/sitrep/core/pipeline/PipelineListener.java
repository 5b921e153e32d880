package org.sitrep.core.pipeline;

import org.sitrep.core.store.Store;
import org.sitrep.model.Incident;
import org.sitrep.model.Problem;

/**
 * Observes a pipeline run. Called from the pipeline's sequencing thread, in arrival order; keep it quick.
 * Every method has an empty default.
 */
public interface PipelineListener {
    /** A record was processed: {@code storedId} is the article id it is stored under (null when it failed). */
    default void onRecord(String recordId, String storedId, Store.PutStatus status) {
    }

    /** A bad record or file; the run goes on. */
    default void onProblem(Problem problem) {
    }

    /** An incident was created or changed and has been committed. */
    default void onIncident(Incident incident) {
    }

    /** A batch was committed; {@code processed} counts records so far. */
    default void onCommit(long processed) {
    }

    static PipelineListener none() {
        return new PipelineListener() {
        };
    }
}
