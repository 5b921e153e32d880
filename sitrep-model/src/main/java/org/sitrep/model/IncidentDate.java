package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/** The date an incident happened (not when it was reported), with its precision and evidence. */
public record IncidentDate(LocalDate date, Precision precision, Evidence evidence, double confidence) {
    public IncidentDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "an incident date needs evidence");
    }
}
