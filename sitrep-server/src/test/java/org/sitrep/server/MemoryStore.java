package org.sitrep.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.SearchHit;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;
import org.sitrep.model.Place;

/**
 * A {@link Store} in maps and lists for the server's tests: honours every {@link IncidentQuery} filter
 * and the cursor as documented (newest first by incident date, then id; {@code after} is the last id
 * of the previous page). Thread-safe; commit is a no-op.
 */
final class MemoryStore implements Store {
    static final Comparator<Incident> NEWEST_FIRST = Comparator
            .comparing(Incident::day, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Incident::id);

    /** The comparator of an order (updated: as newest, this store keeps no change times). */
    static Comparator<Incident> order(IncidentQuery.Sort sort) {
        return switch (sort) {
            case NEWEST, UPDATED -> NEWEST_FIRST;
            case OLDEST -> Comparator.comparing(Incident::day, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                    .thenComparing(Incident::id);
            case KILLED -> Comparator.comparingInt((Incident i) -> -Math.max(0, best(i, FigureKind.KILLED)))
                    .thenComparing(NEWEST_FIRST);
            case INJURED -> Comparator.comparingInt((Incident i) -> -Math.max(0, best(i, FigureKind.INJURED)))
                    .thenComparing(NEWEST_FIRST);
            case ARTICLES -> Comparator.comparingInt((Incident i) -> -i.articleIds().size()).thenComparing(NEWEST_FIRST);
        };
    }

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, ArticleFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, DedupDecision> dedup = new ConcurrentHashMap<>();
    private final Map<String, Incident> incidents = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Map<String, String> incidentOf = new ConcurrentHashMap<>();
    private final List<IncidentEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile List<Incident> sorted = List.of();

    @Override
    public synchronized PutStatus putArticle(Article article) {
        Optional<String> existing = findExisting(article);
        if (existing.isPresent()) {
            Article old = articles.get(existing.get());
            if (old.contentHash().equals(article.contentHash())) return PutStatus.UNCHANGED;
            articles.put(old.id(), article);
            return PutStatus.REVISION;
        }
        articles.put(article.id(), article);
        return PutStatus.NEW;
    }

    @Override
    public synchronized Optional<String> findExisting(Article article) {
        return articles.values().stream()
                .filter(a -> a.contentHash().equals(article.contentHash())
                        || a.canonicalUrl() != null && a.canonicalUrl().equals(article.canonicalUrl()))
                .map(Article::id).findFirst();
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized long articleCount() {
        return articles.size();
    }

    @Override
    public void forEachArticle(Consumer<Article> consumer) {
        List<Article> copy;
        synchronized (this) {
            copy = List.copyOf(articles.values());
        }
        copy.forEach(consumer);
    }

    @Override
    public void putFacts(ArticleFacts f) {
        facts.put(f.articleId(), f);
    }

    @Override
    public Optional<ArticleFacts> facts(String articleId) {
        return Optional.ofNullable(facts.get(articleId));
    }

    @Override
    public void putDedup(DedupDecision decision) {
        dedup.put(decision.articleId(), decision);
    }

    @Override
    public Optional<DedupDecision> dedup(String articleId) {
        return Optional.ofNullable(dedup.get(articleId));
    }

    @Override
    public synchronized void putIncident(Incident incident) {
        incidents.put(incident.id(), incident);
        incident.aliases().forEach(a -> aliases.put(a, incident.id()));
        incident.articleIds().forEach(a -> incidentOf.put(a, incident.id()));
        resort();
    }

    @Override
    public synchronized void removeIncident(String id) {
        incidents.remove(id);
        resort();
    }

    private void resort() {
        sorted = incidents.values().stream().sorted(NEWEST_FIRST).toList();
    }

    @Override
    public void putIncidentEvent(IncidentEvent event) {
        events.add(java.util.Objects.requireNonNull(event, "event"));
    }

    @Override
    public List<IncidentEvent> incidentEvents(String incidentId) {
        if (incidentId == null) return List.of();
        return events.stream().filter(e -> e.from().equals(incidentId) || e.to().equals(incidentId)).toList();
    }

    @Override
    public Optional<Incident> incident(String idOrAlias) {
        // follow a chain of merges (C merged into B, then B into A) to the live survivor
        String id = idOrAlias;
        Incident i = incidents.get(id);
        for (int hops = 0; i == null && aliases.containsKey(id) && hops < 100; hops++) {
            id = aliases.get(id);
            i = incidents.get(id);
        }
        return Optional.ofNullable(i);
    }

    @Override
    public Optional<String> incidentOf(String articleId) {
        return Optional.ofNullable(incidentOf.get(articleId));
    }

    @Override
    public List<Incident> incidents(IncidentQuery q) {
        Comparator<Incident> order = order(q.sort());
        List<Incident> all = q.sort() == IncidentQuery.Sort.NEWEST ? sorted : sorted.stream().sorted(order).toList();
        int start = 0;
        if (q.after() != null) {
            Incident last = incident(q.after())
                    .orElseThrow(() -> new IllegalArgumentException("unknown cursor '" + q.after() + "'"));
            start = 0;
            while (start < all.size() && order.compare(all.get(start), last) <= 0) start++;
        }
        List<Incident> out = new ArrayList<>();
        for (int k = start; k < all.size() && out.size() < q.limit(); k++) {
            if (matches(all.get(k), q)) out.add(all.get(k));
        }
        return out;
    }

    private boolean matches(Incident i, IncidentQuery q) {
        LocalDate day = i.day();
        if (q.from() != null && (day == null || day.isBefore(q.from()))) return false;
        if (q.to() != null && (day == null || day.isAfter(q.to()))) return false;
        Place p = i.place();
        if (q.place() != null) {
            if (p == null) return false;
            String want = q.place().toLowerCase(Locale.ROOT);
            if (Stream.of(p.name(), p.admin1(), p.country())
                    .noneMatch(s -> s != null && s.toLowerCase(Locale.ROOT).equals(want))) return false;
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            if (p == null || p.lat() == null || p.lon() == null) return false;
            if (p.lon() < b[0] || p.lat() < b[1] || p.lon() > b[2] || p.lat() > b[3]) return false;
        }
        if (q.eventType() != null && (i.eventType() == null
                || !i.eventType().toLowerCase(Locale.ROOT).startsWith(q.eventType().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (q.minKilled() != null && best(i, FigureKind.KILLED) < q.minKilled()) return false;
        if (q.minInjured() != null && best(i, FigureKind.INJURED) < q.minInjured()) return false;
        if (q.text() != null) {
            List<String> words = words(q.text());
            return i.articleIds().stream().map(articles::get).filter(a -> a != null)
                    .anyMatch(a -> words(a.fullText()).containsAll(words));
        }
        return true;
    }

    private static int best(Incident i, FigureKind kind) {
        Figure f = i.best().get(kind);
        return f == null ? -1 : f.value();
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Override
    public long incidentCount() {
        return incidents.size();
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        List<String> want = words(query);
        if (want.isEmpty()) throw new IllegalArgumentException("no words to search for in '" + query + "'");
        List<SearchHit> hits = new ArrayList<>();
        for (Article a : snapshot()) {
            List<String> have = words(a.fullText());
            long score = want.stream().mapToLong(w -> have.stream().filter(w::equals).count()).sum();
            if (score == 0) continue;
            int at = a.fullText().toLowerCase(Locale.ROOT).indexOf(want.get(0));
            int from = Math.max(0, at - 60);
            String snippet = a.fullText().substring(from, Math.min(a.fullText().length(), from + 160));
            hits.add(new SearchHit(a.id(), a.title(), snippet, score / (double) have.size()));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private synchronized List<Article> snapshot() {
        return List.copyOf(articles.values());
    }

    @Override
    public void commit() {
    }

    @Override
    public void close() {
    }
}
