package org.sitrep.model;

/** How precisely a date is known. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
