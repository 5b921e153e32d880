package org.sitrep.core.extract;

import java.util.List;
import org.sitrep.model.Figure;
import org.sitrep.model.Place;

/**
 * Finds the casualty figures of the article's main incident, leaving out figures of other incidents,
 * aggregates, populations, distances and counts of things. {@code places} are the article's resolved
 * places (the incident's own first) for scoping. Thread-safe.
 */
@FunctionalInterface
public interface FigureExtractor {
    List<Figure> extract(Doc doc, List<Place> places);
}
