package org.sitrep.core.extract.fact;

import org.sitrep.core.extract.FactExtractor;

/**
 * Factories for the fact extractor. The standard one returns, in this order: the EVENT_TYPE (an
 * "Event|Sub-event" value of the taxonomy in docs/TAXONOMY.md, ACLED-compatible and extended with
 * Shooting, Accident and Disaster), WEAPON, TARGET and PERPETRATOR facts (each value once, first mention as
 * evidence; a TARGET's value is the target as the text names or places it, "Amstor shopping mall", else its kind,
 * and its kind, "shopping mall", is in {@code role}), PERSON facts (a name with role "victim", "suspect", "official" or "witness"), CLAIM facts (the
 * content span as value and evidence, the sentence as evidence sentence, the normalised speaker in
 * {@code attributedTo}, stance "assertion", "denial", "accusation" or "responsibility" in {@code role}) and
 * REFERENCE facts for other incidents the article mentions ("Kramatorsk train station strike (April 2022)").
 */
public final class Facts {
    private Facts() {
    }

    /** The standard fact extractor. Thread-safe. */
    public static FactExtractor standard() {
        return new StandardFacts();
    }
}
