package org.sitrep.core.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Article;

/** The article and article_revision tables. */
final class ArticleRows {
    private static final String COLUMNS =
            "id, title, text, published, url, canonical_url, outlet, lang, content_hash, source, extra";

    /** An article with its arrival and index sequence numbers. */
    record Stored(long seq, long indexSeq, Article article) {
    }

    private final Db db;

    ArticleRows(Db db) {
        this.db = db;
    }

    /** The article's content hash, or SHA-256 of its full text when it came without one. */
    static String hash(Article a) {
        if (a.contentHash() != null && !a.contentHash().isBlank()) return a.contentHash();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(a.fullText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The stored article whose current or an earlier version has this content hash. */
    Optional<String> idByHash(String hash) throws SQLException {
        Optional<String> id = db.one("SELECT id FROM article WHERE content_hash = ? ORDER BY seq LIMIT 1",
                rs -> rs.getString(1), hash);
        if (id.isPresent()) return id;
        return db.one("SELECT article_id FROM article_revision WHERE content_hash = ? LIMIT 1",
                rs -> rs.getString(1), hash);
    }

    Optional<String> idByCanonicalUrl(String url) throws SQLException {
        if (url == null || url.isBlank()) return Optional.empty();
        return db.one("SELECT id FROM article WHERE canonical_url = ?", rs -> rs.getString(1), url);
    }

    boolean exists(String id) throws SQLException {
        return db.one("SELECT 1 FROM article WHERE id = ?", rs -> Boolean.TRUE, id).isPresent();
    }

    void insert(Article a, String hash, long indexSeq) throws SQLException {
        db.update("INSERT INTO article (" + COLUMNS + ", index_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.title(), a.text(), date(a.published()), a.url(), blankToNull(a.canonicalUrl()), a.outlet(),
                a.lang(), hash, a.source(), Json.write(a.extra()), indexSeq);
    }

    /**
     * Replaces the stored article {@code storedId} with the content of {@code incoming}, keeping the id,
     * arrival position and (when the new version lacks them or they belong to another article) the
     * canonical URL, publication date and outlet; the replaced version goes to article_revision.
     */
    Article revise(String storedId, Article incoming, String hash, long indexSeq, long now) throws SQLException {
        db.update("INSERT INTO article_revision (article_id, revision, replaced_by, replaced_at, title, text,"
                        + " published, url, canonical_url, content_hash, source, extra)"
                        + " SELECT id, revisions + 1, ?, ?, title, text, published, url, canonical_url, content_hash,"
                        + " source, extra FROM article WHERE id = ?",
                incoming.id(), now, storedId);
        String url = blankToNull(incoming.canonicalUrl());
        if (url != null && idByCanonicalUrl(url).filter(owner -> !owner.equals(storedId)).isPresent()) url = null;
        db.update("UPDATE article SET title = ?, text = ?, published = coalesce(?, published), url = coalesce(?, url),"
                        + " canonical_url = coalesce(?, canonical_url), outlet = coalesce(?, outlet), lang = ?,"
                        + " content_hash = ?, source = ?, extra = ?, revisions = revisions + 1, index_seq = ?"
                        + " WHERE id = ?",
                incoming.title(), incoming.text(), date(incoming.published()), incoming.url(), url, incoming.outlet(),
                incoming.lang(), hash, incoming.source(), Json.write(incoming.extra()), indexSeq, storedId);
        return get(storedId).orElseThrow();
    }

    Optional<Article> get(String id) throws SQLException {
        return db.one("SELECT " + COLUMNS + " FROM article WHERE id = ?", ArticleRows::article, id);
    }

    /** The stored articles among {@code ids}, in the order of {@code ids} (one query, however many ids). */
    List<Article> all(List<String> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        Map<String, Article> found = new HashMap<>();
        for (Article a : db.list("SELECT " + COLUMNS + " FROM article WHERE id IN (SELECT value FROM json_each(?))",
                ArticleRows::article, Json.write(ids))) {
            found.put(a.id(), a);
        }
        List<Article> out = new ArrayList<>(found.size());
        for (String id : ids) {
            Article a = found.remove(id);
            if (a != null) out.add(a);
        }
        return out;
    }

    /** Up to {@code n} articles after arrival position {@code afterSeq}, in arrival order. */
    List<Stored> page(long afterSeq, int n) throws SQLException {
        return db.list("SELECT " + COLUMNS + ", seq, index_seq FROM article WHERE seq > ? ORDER BY seq LIMIT ?",
                ArticleRows::stored, afterSeq, n);
    }

    /** Up to {@code n} articles changed after index sequence {@code afterIndexSeq}, in change order. */
    List<Stored> changedSince(long afterIndexSeq, int n) throws SQLException {
        return db.list("SELECT " + COLUMNS + ", seq, index_seq FROM article WHERE index_seq > ? ORDER BY index_seq LIMIT ?",
                ArticleRows::stored, afterIndexSeq, n);
    }

    long count() throws SQLException {
        return db.number("SELECT count(*) FROM article");
    }

    long maxIndexSeq() throws SQLException {
        return db.number("SELECT coalesce(max(index_seq), 0) FROM article");
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong(12), rs.getLong(13), article(rs));
    }

    private static Article article(ResultSet rs) throws SQLException {
        String published = rs.getString(4);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3),
                published == null ? null : LocalDate.parse(published), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), Json.readStringMap(rs.getString(11)));
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
