package org.sitrep.core.extract.place;

import org.sitrep.core.extract.PlaceExtractor;

/** Factories for the place extractor. (Placeholder until the place stage lands: finds nothing.) */
public final class Places {
    private Places() {
    }

    public static PlaceExtractor standard() {
        return doc -> java.util.List.of();
    }
}
