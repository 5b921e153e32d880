package org.sitrep.core.extract.fact;

import org.sitrep.core.extract.FactExtractor;

/** Factories for the fact extractor. (Placeholder until the fact stage lands: finds nothing.) */
public final class Facts {
    private Facts() {
    }

    public static FactExtractor standard() {
        return doc -> java.util.List.of();
    }
}
