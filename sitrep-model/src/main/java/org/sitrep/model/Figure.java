package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reported casualty figure: "at least 10 people were killed, according to the governor".
 *
 * @param kind       what is counted
 * @param value      the number (lower bound for ranges)
 * @param upper      upper bound for RANGE, else null
 * @param qualifier  how the number relates to the truth
 * @param reportedBy who the article attributes it to, or null
 * @param asOf       when it was reported (article publication date or inferred), or null
 * @param evidence   the span the number came from
 * @param confidence 0..1
 */
public record Figure(FigureKind kind, int value, Integer upper, Qualifier qualifier, String reportedBy,
                     LocalDate asOf, Evidence evidence, double confidence) {
    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(evidence, "a figure needs evidence");
        if (value < 0) throw new IllegalArgumentException("negative figure " + value);
    }
}
