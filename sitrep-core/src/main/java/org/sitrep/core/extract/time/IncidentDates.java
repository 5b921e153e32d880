package org.sitrep.core.extract.time;

import org.sitrep.core.extract.DateExtractor;

/** Factories for the time extractor. (Placeholder until the time stage lands: finds nothing.) */
public final class IncidentDates {
    private IncidentDates() {
    }

    public static DateExtractor standard() {
        return doc -> null;
    }
}
