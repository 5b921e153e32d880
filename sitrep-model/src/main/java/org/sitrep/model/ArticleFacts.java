package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article.
 *
 * @param incidentDate best guess at the date of the article's main incident, or null
 * @param places       resolved places, the incident's own first
 * @param figures      casualty figures scoped to the article's main incident
 * @param facts        other typed facts
 */
public record ArticleFacts(String articleId, IncidentDate incidentDate, List<Place> places, List<Figure> figures,
                           List<Fact> facts) {
    public ArticleFacts {
        Objects.requireNonNull(articleId, "articleId");
        places = places == null ? List.of() : List.copyOf(places);
        figures = figures == null ? List.of() : List.copyOf(figures);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public static ArticleFacts empty(String articleId) {
        return new ArticleFacts(articleId, null, List.of(), List.of(), List.of());
    }

    /** The incident's own place, if one was identified. */
    public java.util.Optional<Place> incidentPlace() {
        return places.stream().filter(p -> p.role() == Place.Role.INCIDENT).findFirst();
    }
}
