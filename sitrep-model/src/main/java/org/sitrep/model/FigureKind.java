package org.sitrep.model;

/** What a casualty figure counts. */
public enum FigureKind {
    KILLED, INJURED, MISSING, TRAPPED, EVACUATED, ARRESTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
