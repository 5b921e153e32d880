package org.sitrep.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;

/**
 * Durable storage of articles, facts, duplicate decisions and incidents. Narrow on purpose, so that
 * PostgreSQL can implement it later; every implementation passes {@code StoreContract} in sitrep-testkit.
 *
 * <p>Writes are buffered until {@link #commit()}, which makes the batch durable atomically: a crash
 * loses at most the batch in flight and never corrupts what was committed. Reads see committed data
 * plus this instance's own uncommitted writes. Implementations are thread-safe.
 *
 * <p>Bad arguments (an unknown cursor, a bad limit, facts for an article that is not stored) throw
 * {@link IllegalArgumentException} or {@link IllegalStateException}; infrastructure failures throw
 * {@link StoreException}. Open the default implementation with {@link Stores#open}.
 */
public interface Store extends AutoCloseable {

    /** What {@link #putArticle} did. */
    enum PutStatus { NEW, UNCHANGED, REVISION }

    /**
     * Stores an article, idempotently: the same content (hash) or the same canonical URL with the same
     * content is {@code UNCHANGED}; the same canonical URL with changed content is stored as a
     * {@code REVISION} of the earlier article (whose id is kept; the latest text wins, the old one is kept
     * as a revision).
     */
    PutStatus putArticle(Article article);

    /** The id under which an article with this content hash or canonical URL is already stored. */
    Optional<String> findExisting(Article article);

    Optional<Article> article(String id);

    long articleCount();

    /** All stored articles in arrival order (for rebuilding in-memory state after a restart). */
    void forEachArticle(Consumer<Article> consumer);

    void putFacts(ArticleFacts facts);

    Optional<ArticleFacts> facts(String articleId);

    void putDedup(DedupDecision decision);

    Optional<DedupDecision> dedup(String articleId);

    /** Stores or replaces an incident; its aliases are recorded so that {@link #incident} resolves them. */
    void putIncident(Incident incident);

    /**
     * Removes an incident that was merged into another (its id must already be an alias of the survivor,
     * else {@link IllegalStateException}); its id keeps resolving to the survivor through {@link #incident}.
     */
    void removeIncident(String id);

    /** The incident with this id or alias. */
    Optional<Incident> incident(String idOrAlias);

    /**
     * Records a merge or split of incidents (written with the batch, like every write). Events are kept in the
     * order recorded and never change; their ids stay as they were, whatever happens to the incidents later.
     */
    void putIncidentEvent(IncidentEvent event);

    /**
     * The recorded merges and splits that name this incident id as either side, oldest first (ids are matched as
     * they are, not resolved through aliases); empty for an unknown id or null.
     */
    List<IncidentEvent> incidentEvents(String incidentId);

    /**
     * The incident with this id or alias together with its stored member articles, their duplicate decisions and
     * the {@link #incidentEvents} of its id: what an incident's detail view shows, in one call instead of two per
     * member. The default
     * composes the single reads; an implementation overrides it to read everything at once (one connection,
     * one consistent state).
     */
    default Optional<IncidentDetail> incidentDetail(String idOrAlias) {
        return incident(idOrAlias).map(i -> {
            List<Article> articles = new ArrayList<>();
            Map<String, DedupDecision> decisions = new HashMap<>();
            for (String id : new LinkedHashSet<>(i.articleIds())) {
                article(id).ifPresent(articles::add);
                dedup(id).ifPresent(d -> decisions.put(id, d));
            }
            return new IncidentDetail(i, articles, decisions, incidentEvents(i.id()));
        });
    }

    /** The incident an article belongs to. */
    Optional<String> incidentOf(String articleId);

    List<Incident> incidents(IncidentQuery query);

    long incidentCount();

    /**
     * Full-text search over articles (BM25), best first. The query uses Lucene's classic syntax with AND
     * as the default operator (title and text; {@code outlet:host} and {@code published:YYYY-MM-DD} also
     * work); input that does not parse is searched literally. A blank query finds nothing.
     *
     * @param limit 1..10000
     */
    List<SearchHit> search(String query, int limit);

    /** Makes all writes since the last commit durable, atomically. */
    void commit();

    /** Releases everything (files, locks); writes since the last {@link #commit()} are discarded. Idempotent. */
    @Override
    void close();
}
