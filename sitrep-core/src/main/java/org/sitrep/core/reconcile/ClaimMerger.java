package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.dedup.NearText;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;

/**
 * Merges an incident's claims that are one statement told again: the same speaker (ignoring case), the same stance,
 * and near-identical content ({@link NearText#wordJaccard} at least {@link #SAME_STATEMENT}), as wire copies and
 * updates repeat "police said the suspect fled". The merged claim is the most confident one (the first on a tie) with
 * every other statement's evidence as its {@link Fact#corroboration}, so no source is lost. A statement without content
 * words ("it was not us") merges only with the same text. Not thread-safe: one instance per incident.
 */
final class ClaimMerger {
    /** Content-word Jaccard from which two statements of one speaker and stance are the same statement. */
    static final double SAME_STATEMENT = 0.7;

    private final List<Group> groups = new ArrayList<>();

    private static final class Group {
        final String speaker;
        final String role;
        final List<Fact> facts = new ArrayList<>();
        final List<int[]> words = new ArrayList<>();

        Group(String speaker, String role) {
            this.speaker = speaker;
            this.role = role;
        }
    }

    /** Adds a claim; returns the index of the group it joined (a new one when no earlier claim is the same statement). */
    int add(Fact claim) {
        String speaker = claim.attributedTo() == null ? null : claim.attributedTo().strip().toLowerCase(Locale.ROOT);
        int[] words = NearText.contentWords(claim.value());
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (!Objects.equals(group.speaker, speaker) || !Objects.equals(group.role, claim.role())) continue;
            for (int k = 0; k < group.facts.size(); k++) {
                if (same(claim, words, group.facts.get(k), group.words.get(k))) {
                    group.facts.add(claim);
                    group.words.add(words);
                    return g;
                }
            }
        }
        Group group = new Group(speaker, claim.role());
        group.facts.add(claim);
        group.words.add(words);
        groups.add(group);
        return groups.size() - 1;
    }

    private static boolean same(Fact a, int[] wa, Fact b, int[] wb) {
        if (wa.length == 0 || wb.length == 0) {
            return a.value().strip().equalsIgnoreCase(b.value().strip());
        }
        return NearText.jaccard(wa, wb) >= SAME_STATEMENT;
    }

    /** The merged claim of group {@code g}: its most confident statement, corroborated by all the others' evidence. */
    Fact merged(int g) {
        List<Fact> facts = groups.get(g).facts;
        Fact best = facts.getFirst();
        for (Fact f : facts) if (f.confidence() > best.confidence()) best = f;
        Set<Evidence> all = new LinkedHashSet<>();
        for (Fact f : facts) {
            all.add(f.evidence());
            all.addAll(f.corroboration());
        }
        all.remove(best.evidence());
        return best.withCorroboration(List.copyOf(all));
    }

    /** Every claim merged, in the order of each group's first statement. */
    static List<Fact> merge(List<Fact> claims) {
        ClaimMerger m = new ClaimMerger();
        for (Fact f : claims) m.add(f);
        List<Fact> out = new ArrayList<>();
        for (int g = 0; g < m.groups.size(); g++) out.add(m.merged(g));
        return out;
    }
}
