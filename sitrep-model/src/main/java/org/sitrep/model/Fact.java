package org.sitrep.model;

import java.util.Objects;

/**
 * A typed textual fact with evidence: event type, weapon, target, actor, claim, reference.
 *
 * @param kind           what the fact says
 * @param value          normalised value, e.g. "Explosions/Remote violence|Shelling/artillery/missile attack"
 * @param role           optional role or stance (e.g. "perpetrator", "denial", "victim"), or null
 * @param attributedTo   speaker or source the article attributes it to, or null
 * @param linkedIncident for a REFERENCE resolved to a stored incident, that incident's id; else null
 */
public record Fact(FactKind kind, String value, String role, String attributedTo, Evidence evidence,
                   double confidence, String linkedIncident) {
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "a fact needs evidence");
    }

    /** A fact that links to no other incident. */
    public Fact(FactKind kind, String value, String role, String attributedTo, Evidence evidence, double confidence) {
        this(kind, value, role, attributedTo, evidence, confidence, null);
    }
}
