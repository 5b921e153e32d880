package org.sitrep.core.extract;

import org.sitrep.model.IncidentDate;

/** Finds the date of the article's main incident (not its publication date), or null. Thread-safe. */
@FunctionalInterface
public interface DateExtractor {
    IncidentDate extract(Doc doc);
}
