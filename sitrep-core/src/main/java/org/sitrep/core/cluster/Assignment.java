package org.sitrep.core.cluster;

import java.util.List;

/**
 * Where an article went.
 *
 * @param incidentId the incident it joined or founded
 * @param merged     ids of incidents that this article bridged and that were merged into incidentId
 * @param isNew      true when the article founded a new incident
 */
public record Assignment(String articleId, String incidentId, List<String> merged, boolean isNew) {
    public Assignment {
        merged = merged == null ? List.of() : List.copyOf(merged);
    }
}
