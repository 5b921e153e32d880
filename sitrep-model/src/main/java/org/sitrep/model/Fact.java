package org.sitrep.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A typed textual fact with evidence: event type, weapon, target, actor, claim, reference.
 *
 * @param kind           what the fact says
 * @param value          normalised value, e.g. "Explosions/Remote violence|Shelling/artillery/missile attack"
 * @param role           optional role or stance (e.g. "perpetrator", "denial", "victim"), or null
 * @param attributedTo   speaker or source the article attributes it to, or null
 * @param linkedIncident for a REFERENCE resolved to a stored incident, that incident's id; else null
 * @param corroboration  on an incident, the evidence of the same statement in other places (near-identical wording in
 *                       copies and updates), oldest first, without {@code evidence} itself; empty on an article's facts
 */
public record Fact(FactKind kind, String value, String role, String attributedTo, Evidence evidence,
                   double confidence, String linkedIncident, List<Evidence> corroboration) {
    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "a fact needs evidence");
        corroboration = corroboration == null ? List.of() : List.copyOf(corroboration);
    }

    /** A fact with no corroborating evidence. */
    public Fact(FactKind kind, String value, String role, String attributedTo, Evidence evidence, double confidence,
                String linkedIncident) {
        this(kind, value, role, attributedTo, evidence, confidence, linkedIncident, List.of());
    }

    /** A fact that links to no other incident. */
    public Fact(FactKind kind, String value, String role, String attributedTo, Evidence evidence, double confidence) {
        this(kind, value, role, attributedTo, evidence, confidence, null, List.of());
    }

    /** This fact with other corroborating evidence, the rest kept. */
    public Fact withCorroboration(List<Evidence> more) {
        return new Fact(kind, value, role, attributedTo, evidence, confidence, linkedIncident, more);
    }

    /** The distinct ids of the articles that state it: the evidence's first, then the corroboration's in order. */
    public List<String> sourceArticles() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(evidence.articleId());
        for (Evidence e : corroboration) ids.add(e.articleId());
        return new ArrayList<>(ids);
    }
}
