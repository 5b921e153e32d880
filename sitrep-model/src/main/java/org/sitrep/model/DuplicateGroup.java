package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles that are copies of one another: one independent source.
 *
 * @param canonicalId the article the others are taken to copy
 * @param members     all members including the canonical one, in arrival order
 * @param lineage     "copy -> original" edges as far as can be told, each as [copyId, originalId]
 */
public record DuplicateGroup(String id, String canonicalId, DuplicateKind kind, List<String> members,
                             List<List<String>> lineage) {
    public DuplicateGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonicalId, "canonicalId");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
        lineage = lineage == null ? List.of() : List.copyOf(lineage);
    }
}
