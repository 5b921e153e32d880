package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.dedup.NearText;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;

/**
 * Merges an incident's claims that are one statement told again: the same speaker (ignoring case), the same stance,
 * and near-identical content ({@link NearText#wordJaccard} at least {@link #SAME_STATEMENT}, the same numbers), as wire
 * copies and updates repeat "police said the suspect fled". The merged claim is the most confident one (the first on a tie) with
 * every other statement's evidence as its {@link Fact#corroboration}, so no source is lost. A statement without content
 * words ("it was not us") merges only with the same text. A statement seen before word for word joins its group by one
 * lookup; another is compared with the distinct wordings of the groups of its speaker and stance. One person written
 * under a shorter name is one speaker ({@link #sameSpeaker}: "Gaskin", "Dave Gaskin" and "Inspector Dave Gaskin").
 * Not thread-safe: one instance per incident.
 */
final class ClaimMerger {
    /** Content-word Jaccard from which two statements of one speaker and stance are the same statement. */
    static final double SAME_STATEMENT = 0.7;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Group> groups = new ArrayList<>();
    /** The group of each exact statement seen (speaker, stance, content words), so that wire copies cost one lookup. */
    private final Map<String, Integer> exact = new HashMap<>();

    private static final class Group {
        /** Every distinct way its speaker was written; a claim joins only when its speaker is each of them. */
        final List<String> speakers = new ArrayList<>();
        final String role;
        final List<Fact> facts = new ArrayList<>();
        /** The distinct content-word sets of its statements, with one statement's text each. */
        final List<int[]> words = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        Group(String speaker, String role) {
            speakers.add(speaker);
            this.role = role;
        }

        /** True when {@code speaker} is one with every name of the group (so "Velt" never bridges two first names). */
        boolean spokenBy(String speaker) {
            for (String s : speakers) if (!sameSpeaker(s, speaker)) return false;
            return true;
        }
    }

    /** Adds a claim; returns the index of the group it joined (a new one when no earlier claim is the same statement). */
    int add(Fact claim) {
        String speaker = claim.attributedTo() == null ? null : claim.attributedTo().strip();
        int[] words = NearText.contentWords(claim.value());
        String text = claim.value().strip().toLowerCase(Locale.ROOT);
        String key = (speaker == null ? null : speaker.toLowerCase(Locale.ROOT)) + "\n" + claim.role() + "\n"
                + (words.length == 0 ? text : Arrays.toString(words) + numbers(text));
        Integer known = exact.get(key);
        if (known != null) {
            groups.get(known).facts.add(claim);
            return known;
        }
        int joined = -1;
        for (int g = 0; g < groups.size() && joined < 0; g++) {
            Group group = groups.get(g);
            if (!group.spokenBy(speaker) || !Objects.equals(group.role, claim.role())) continue;
            for (int k = 0; k < group.words.size(); k++) {
                if (same(text, words, group.texts.get(k), group.words.get(k))) {
                    joined = g;
                    break;
                }
            }
        }
        if (joined < 0) {
            groups.add(new Group(speaker, claim.role()));
            joined = groups.size() - 1;
        }
        Group group = groups.get(joined);
        if (group.speakers.stream().noneMatch(s -> s == null ? speaker == null : s.equalsIgnoreCase(speaker))) group.speakers.add(speaker);
        group.facts.add(claim);
        group.words.add(words);
        group.texts.add(text);
        exact.put(key, joined);
        return joined;
    }

    /**
     * Whether two speakers are one: the same ignoring case, or two person names (every word capitalised, as
     * {@code Speakers} writes a person) with the same last word (the surname) where the shorter's words appear in the
     * longer in order, so a title or first name may be missing but never differ ("Inspector Gaskin" and "Dave Gaskin",
     * or "Sgt. Gaskin" and "Inspector Dave Gaskin", stay two).
     */
    static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) return a == b;
        if (a.equalsIgnoreCase(b)) return true;
        String[] x = WHITESPACE.split(a);
        String[] y = WHITESPACE.split(b);
        if (x.length > y.length) {
            String[] t = x;
            x = y;
            y = t;
        }
        if (!personName(x) || !personName(y) || !x[x.length - 1].equalsIgnoreCase(y[y.length - 1])) return false;
        int j = 0;
        for (String w : x) {
            while (j < y.length && !y[j].equalsIgnoreCase(w)) j++;
            if (j++ == y.length) return false;
        }
        return true;
    }

    private static boolean personName(String[] words) {
        for (String w : words) if (!Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }

    private static boolean same(String a, int[] wa, String b, int[] wb) {
        if (wa.length == 0 || wb.length == 0) return a.equals(b);
        return NearText.jaccard(wa, wb) >= SAME_STATEMENT && numbers(a).equals(numbers(b));
    }

    /** The numbers a statement states, in order: "5 were killed" and "6 were killed" are two statements. */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (Character.isDigit(text.charAt(j))
                    || (text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < text.length()
                    && Character.isDigit(text.charAt(j + 1)))) j++;
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
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
