package org.sitrep.core.reconcile;

import java.util.List;
import org.sitrep.model.Incident;

/**
 * Decides an incident's facts from all its members. Thread-safe. An implementation may learn from what it has
 * reconciled before (the standard one learns each outlet's usual place, to place incidents that name none), so
 * results can depend on order; it is called from the pipeline's single sequencing thread, in stream order.
 */
@FunctionalInterface
public interface Reconciler {
    Incident reconcile(String incidentId, List<Member> members, List<String> aliases);

    /**
     * Relearns from a member that an earlier run reconciled (called on restart, in arrival order, for every stored
     * article that belongs to an incident, before anything new is reconciled). The default learns nothing.
     */
    default void restore(Member member) {
    }
}
