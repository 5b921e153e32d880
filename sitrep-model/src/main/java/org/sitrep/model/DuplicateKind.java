package org.sitrep.model;

/** How the members of a duplicate group relate to the canonical article. */
public enum DuplicateKind {
    EXACT, NEAR, TRANSLATION, BOILERPLATE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
