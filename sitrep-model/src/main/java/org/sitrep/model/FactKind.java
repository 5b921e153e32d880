package org.sitrep.model;

/** The kinds of {@link Fact}. */
public enum FactKind {
    EVENT_TYPE, WEAPON, TARGET, PERPETRATOR, PERSON, CLAIM, REFERENCE, TIME_OF_DAY,
    /** A sentence chosen for an incident's cited summary (set by the reconciler). */
    SUMMARY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
