package org.sitrep.core.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;

/**
 * An incident with its stored member articles, their duplicate decisions and its merges and splits, as
 * {@link Store#incidentDetail} reads them together.
 *
 * @param incident  the incident (resolved from an alias when asked by one)
 * @param articles  the stored member articles, in the incident's arrival order
 * @param decisions the stored duplicate decision of each member that has one, by article id
 * @param events    the recorded merges and splits naming the incident's id, oldest first
 *                  ({@link Store#incidentEvents})
 */
public record IncidentDetail(Incident incident, List<Article> articles, Map<String, DedupDecision> decisions,
                             List<IncidentEvent> events) {
    public IncidentDetail {
        Objects.requireNonNull(incident, "incident");
        articles = List.copyOf(articles);
        decisions = Map.copyOf(decisions);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A detail without merges or splits. */
    public IncidentDetail(Incident incident, List<Article> articles, Map<String, DedupDecision> decisions) {
        this(incident, articles, decisions, List.of());
    }
}
