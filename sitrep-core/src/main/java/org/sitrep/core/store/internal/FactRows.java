package org.sitrep.core.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Figure;

/** The facts, figure and dedup tables. */
final class FactRows {
    private static final String DEDUP =
            "SELECT article_id, group_id, canonical_id, kind, similarity, copy_of FROM dedup WHERE ";

    private final Db db;

    FactRows(Db db) {
        this.db = db;
    }

    /** Stores or replaces the facts of one article, with its figures and their evidence in columns. */
    void put(ArticleFacts facts) throws SQLException {
        db.update("INSERT INTO facts (article_id, json) VALUES (?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET json = excluded.json", facts.articleId(), Json.write(facts));
        db.update("DELETE FROM figure WHERE article_id = ?", facts.articleId());
        List<Figure> figures = facts.figures();
        if (figures.isEmpty()) return;
        PreparedStatement ps = db.prepare("INSERT INTO figure (article_id, ordinal, kind, value, upper, qualifier,"
                + " reported_by, as_of, evidence_article_id, evidence_start, evidence_end, evidence_sentence, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Db.bind(ps, facts.articleId(), i, f.kind().name(), f.value(), f.upper(), f.qualifier().name(),
                    f.reportedBy(), ArticleRows.date(f.asOf()), f.evidence().articleId(), f.evidence().start(),
                    f.evidence().end(), f.evidence().sentence(), f.confidence());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    Optional<ArticleFacts> get(String articleId) throws SQLException {
        return db.one("SELECT json FROM facts WHERE article_id = ?", rs -> Json.read(rs.getBytes(1), ArticleFacts.class),
                articleId);
    }

    void putDedup(DedupDecision d) throws SQLException {
        db.update("INSERT INTO dedup (article_id, group_id, canonical_id, kind, similarity, copy_of)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id,"
                        + " canonical_id = excluded.canonical_id, kind = excluded.kind, similarity = excluded.similarity,"
                        + " copy_of = excluded.copy_of",
                d.articleId(), d.groupId(), d.canonicalId(), d.kind() == null ? null : d.kind().name(), d.similarity(),
                d.copyOf());
    }

    Optional<DedupDecision> dedup(String articleId) throws SQLException {
        return db.one(DEDUP + "article_id = ?", FactRows::decision, articleId);
    }

    /** The stored decisions of the articles among {@code articleIds}, by article id (one query). */
    Map<String, DedupDecision> dedup(List<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) return Map.of();
        Map<String, DedupDecision> out = new HashMap<>();
        for (DedupDecision d : db.list(DEDUP + "article_id IN (SELECT value FROM json_each(?))", FactRows::decision,
                Json.write(articleIds))) {
            out.put(d.articleId(), d);
        }
        return out;
    }

    private static DedupDecision decision(ResultSet rs) throws SQLException {
        return new DedupDecision(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4) == null ? null : DuplicateKind.valueOf(rs.getString(4)), rs.getDouble(5), rs.getString(6));
    }
}
