package org.sitrep.core.extract;

import java.util.List;
import org.sitrep.model.Fact;

/** Finds typed facts: event type, weapons, targets, perpetrators, people, claims, references. Thread-safe. */
@FunctionalInterface
public interface FactExtractor {
    List<Fact> extract(Doc doc);
}
