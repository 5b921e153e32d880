package org.sitrep.core.cluster;

import java.util.List;
import org.sitrep.model.IncidentEvent;

/**
 * Where an article went.
 *
 * @param incidentId the incident it joined or founded (a split below may then move it on: see {@link Split#moved})
 * @param merged     ids of incidents that this article bridged and that were merged into incidentId
 * @param isNew      true when the article founded a new incident
 * @param splits     incidents that fell apart once this article (or a merge it caused) was in, in the order applied
 */
public record Assignment(String articleId, String incidentId, List<String> merged, boolean isNew, List<Split> splits) {
    public Assignment {
        merged = merged == null ? List.of() : List.copyOf(merged);
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    public Assignment(String articleId, String incidentId, List<String> merged, boolean isNew) {
        this(articleId, incidentId, merged, isNew, List.of());
    }

    /**
     * Part of incident {@code from} became incident {@code to}.
     *
     * @param from    the incident that keeps its id and its other members
     * @param to      the new incident's id (an earlier alias of {@code from} when its founding article moved)
     * @param moved   ids of the member articles that now belong to {@code to}, in arrival order
     * @param aliases aliases of {@code from} that now resolve to {@code to} (incidents founded by moved articles)
     * @param reasons why the incident split (the facts its parts disagree on), for the incident's history
     */
    public record Split(String from, String to, List<String> moved, List<String> aliases,
                        List<IncidentEvent.Reason> reasons) {
        public Split {
            moved = List.copyOf(moved);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        public Split(String from, String to, List<String> moved, List<String> aliases) {
            this(from, to, moved, aliases, List.of());
        }
    }
}
