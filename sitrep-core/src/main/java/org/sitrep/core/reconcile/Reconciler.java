package org.sitrep.core.reconcile;

import java.util.List;
import org.sitrep.model.Incident;

/** Decides an incident's facts from all its members. Pure and thread-safe. */
@FunctionalInterface
public interface Reconciler {
    Incident reconcile(String incidentId, List<Member> members, List<String> aliases);
}
