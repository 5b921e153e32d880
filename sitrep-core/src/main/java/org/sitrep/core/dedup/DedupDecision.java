package org.sitrep.core.dedup;

import org.sitrep.model.DuplicateKind;

/**
 * Where an arriving article stands among the articles seen before.
 *
 * @param articleId   the article
 * @param groupId     its duplicate group (its own id when it is original)
 * @param canonicalId the group's canonical article
 * @param kind        how it copies the canonical one, or null when it is original
 * @param similarity  0..1 similarity to the nearest earlier copy (0 when original)
 * @param copyOf      the article it most likely copies, or null
 */
public record DedupDecision(String articleId, String groupId, String canonicalId, DuplicateKind kind,
                            double similarity, String copyOf) {
    public boolean isCopy() {
        return kind != null;
    }

    public static DedupDecision original(String articleId) {
        return new DedupDecision(articleId, articleId, articleId, null, 0, null);
    }
}
