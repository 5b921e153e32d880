package org.sitrep.core.extract;

import org.sitrep.core.extract.fact.Facts;
import org.sitrep.core.extract.figure.Figures;
import org.sitrep.core.extract.place.Places;
import org.sitrep.core.extract.time.IncidentDates;

/** Factories for the default extractors. */
public final class Extractors {
    private Extractors() {
    }

    /** The default extractor: every part at its best setting. */
    public static Extractor standard() {
        return new StandardExtractor(IncidentDates.standard(), Places.standard(), Figures.standard(), Facts.standard());
    }
}
