package org.sitrep.model;

/** How a reported number relates to the true value. */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, RANGE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
