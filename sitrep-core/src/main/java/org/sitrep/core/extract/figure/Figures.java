package org.sitrep.core.extract.figure;

import org.sitrep.core.extract.FigureExtractor;

/** Factories for the figure extractor. (Placeholder until the figure stage lands: finds nothing.) */
public final class Figures {
    private Figures() {
    }

    public static FigureExtractor standard() {
        return (doc, places) -> java.util.List.of();
    }
}
