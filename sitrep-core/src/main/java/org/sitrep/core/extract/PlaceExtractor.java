package org.sitrep.core.extract;

import java.util.List;
import org.sitrep.model.Place;

/** Finds and resolves the places of an article, the incident's own place first (role INCIDENT). Thread-safe. */
@FunctionalInterface
public interface PlaceExtractor {
    List<Place> extract(Doc doc);
}
