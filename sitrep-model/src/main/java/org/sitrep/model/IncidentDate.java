package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an incident happened (not when it was reported), with its precision and evidence, and how the day was
 * picked ({@link Basis}).
 */
public record IncidentDate(LocalDate date, Precision precision, Evidence evidence, double confidence, Basis basis) {
    /** How an article's incident date was picked. */
    public enum Basis {
        /** An expression in the text names the day (or the week, month or year). */
        NAMED,
        /** Nothing in the text names the day: the publication day or the day before, from the date line. */
        UNNAMED,
        /**
         * As {@link #UNNAMED}, picking the date line's own day when a web-archive capture of the page is 0 or 1 days
         * after it: the date line is then more often the crawler's fallback on the capture than the story's day, and
         * the incident the day before (gva-dev: 18 against 10). The extractor keeps the day, so clustering sees what
         * the text says; the reconciler's vote reads it as the day before. On an incident whose day such a vote
         * decided, the date is that day before, with this basis (inferred from the archive capture day).
         */
        UNNAMED_AT_CAPTURE;

        /** The lower-case name, as the API and exports write it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public IncidentDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "an incident date needs evidence");
        // a record stored before the basis existed reads as named
        if (basis == null) basis = Basis.NAMED;
    }

    /** A date that a text expression names. */
    public IncidentDate(LocalDate date, Precision precision, Evidence evidence, double confidence) {
        this(date, precision, evidence, confidence, Basis.NAMED);
    }

    /** This date with another day, the rest kept. */
    public IncidentDate withDate(LocalDate day) {
        return new IncidentDate(day, precision, evidence, confidence, basis);
    }
}
