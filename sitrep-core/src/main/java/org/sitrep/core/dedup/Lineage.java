package org.sitrep.core.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.DuplicateGroup;
import org.sitrep.model.DuplicateKind;

/**
 * Rebuilds the duplicate groups of a set of articles from their stored decisions, with the canonical article
 * and who copied whom as far as can be told. A decision is taken when an article arrives, so its canonical id
 * and its {@code copyOf} only know the articles seen before it; this view looks at all members at once.
 *
 * <p>Precedence, most original first: an article carrying a wire credit ({@link Wire}: it stands for the
 * agency's story), then the earlier publication date, then, for a translation, the language of the group's
 * credited or earliest article (a translation goes from the original's language into another), then arrival.
 * Each other member's edge points to the article it was matched with when that one precedes it, else to the
 * canonical article. Stateless and thread-safe.
 */
public final class Lineage {
    private Lineage() {
    }

    /**
     * The groups of two or more members among {@code articles} (in arrival order), each with its canonical
     * article and "copy -> original" edges.
     *
     * @param decisions the stored decision of each article by id; articles without one stand alone
     */
    public static List<DuplicateGroup> groups(List<Article> articles, Map<String, DedupDecision> decisions) {
        Map<String, List<Article>> byGroup = new LinkedHashMap<>();
        for (Article a : articles) {
            DedupDecision d = decisions.get(a.id());
            byGroup.computeIfAbsent(d == null ? a.id() : d.groupId(), k -> new ArrayList<>()).add(a);
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Article>> e : byGroup.entrySet()) {
            if (e.getValue().size() >= 2) out.add(group(e.getKey(), e.getValue(), decisions));
        }
        return out;
    }

    static DuplicateGroup group(String id, List<Article> members, Map<String, DedupDecision> decisions) {
        Map<String, Integer> arrival = new HashMap<>();
        Map<String, Boolean> wire = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            arrival.put(members.get(i).id(), i);
            wire.put(members.get(i).id(), Wire.credited(members.get(i).text()));
        }
        Comparator<Article> byDate = Comparator.<Article, Boolean>comparing(a -> !wire.get(a.id()))
                .thenComparing(Article::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
        Article first = members.stream().min(byDate.thenComparing(a -> arrival.get(a.id()))).orElseThrow();
        String originalLang = first.lang();
        Comparator<Article> precedence = byDate.thenComparing(a -> !a.lang().equals(originalLang))
                .thenComparing(a -> arrival.get(a.id()));
        Article canonical = members.stream().min(precedence).orElseThrow();
        Map<String, Article> byId = new HashMap<>();
        for (Article a : members) byId.put(a.id(), a);
        List<List<String>> lineage = new ArrayList<>();
        DuplicateKind kind = null;
        for (Article a : members) {
            DedupDecision d = decisions.get(a.id());
            if (d != null && d.kind() != null && (kind == null || d.kind().compareTo(kind) > 0)) kind = d.kind();
            if (a == canonical) continue;
            Article parent = d == null || d.copyOf() == null ? null : byId.get(d.copyOf());
            if (parent == null || precedence.compare(parent, a) > 0) parent = canonical;
            if (parent != a) lineage.add(List.of(a.id(), parent.id()));
        }
        return new DuplicateGroup(id, canonical.id(), kind == null ? DuplicateKind.EXACT : kind,
                members.stream().map(Article::id).toList(), lineage);
    }
}
