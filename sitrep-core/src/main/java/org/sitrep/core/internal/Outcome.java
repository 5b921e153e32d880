package org.sitrep.core.internal;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Problem;

/**
 * The result of a stage on one item: a value, or the problems that stopped it, plus any warnings.
 * Bad input is data, not an exception.
 */
public record Outcome<T>(T value, List<Problem> problems) {
    public Outcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
        if (value == null && problems.isEmpty()) throw new IllegalArgumentException("an empty outcome needs a problem");
    }

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(Objects.requireNonNull(value), List.of());
    }

    public static <T> Outcome<T> ok(T value, List<Problem> warnings) {
        return new Outcome<>(Objects.requireNonNull(value), warnings);
    }

    public static <T> Outcome<T> failed(Problem problem) {
        return new Outcome<>(null, List.of(problem));
    }

    public boolean isOk() {
        return value != null;
    }
}
