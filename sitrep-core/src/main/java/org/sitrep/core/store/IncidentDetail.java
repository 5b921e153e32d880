package org.sitrep.core.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.Incident;

/**
 * An incident with its stored member articles and their duplicate decisions, as {@link Store#incidentDetail}
 * reads them together.
 *
 * @param incident  the incident (resolved from an alias when asked by one)
 * @param articles  the stored member articles, in the incident's arrival order
 * @param decisions the stored duplicate decision of each member that has one, by article id
 */
public record IncidentDetail(Incident incident, List<Article> articles, Map<String, DedupDecision> decisions) {
    public IncidentDetail {
        Objects.requireNonNull(incident, "incident");
        articles = List.copyOf(articles);
        decisions = Map.copyOf(decisions);
    }
}
