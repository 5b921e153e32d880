package org.sitrep.core.store.internal;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sqlite.Function;

/**
 * The incident, incident_alias and incident_member tables, and the incident query.
 *
 * <p>Aliases always point at a live survivor: when an incident is put with aliases, every alias that
 * pointed at one of those aliases is moved to it too, so a chain of merges resolves in one lookup.
 * Paging is keyset paging on the order's key (newest first: (sort_date, id) descending; the other orders of
 * {@link IncidentQuery.Sort} have their own indexes), so pages stay stable while incidents arrive.
 *
 * <p>Query plan. Without statistics SQLite tends to pick a per-column index for any filter and then sort
 * all matches, which is slow when a filter matches half the table. So the plan is chosen here: a place
 * or text filter that matches at most {@link #SELECTIVE} incidents goes through its own index (cost grows
 * with the matches); anything else walks {@code incident_order}, which covers every filter column, newest
 * first and stops after a page (cost grows with the rows skipped, at worst one pass over a narrow index).
 * The other orders leave the choice to SQLite, which walks the order's own index.
 *
 * <p>A text filter has two plans. The hits plan loads the ids of all matching articles into a temp table
 * and joins it through membership: its cost grows with the matches (about 50 ms for 11,000). The walk
 * plan takes the candidates of the other filters in page order and keeps those with a member article
 * among the matches ({@code sitrep_text_hit}, a SQL function that looks the id up in the index's match
 * set): its cost grows with the candidates skipped, about page size times articles over matches. The
 * cheaper one by that estimate runs; the walk gives up after a budget of candidates (a text that matches
 * many articles, none of them among the other filters' incidents) and the hits plan answers instead.
 */
final class IncidentRows {
    /** At most this many matches make a place or text filter worth its own index. */
    static final int SELECTIVE = 5_000;

    /** At most this many candidates for the walk plan. */
    static final int WALK_MAX = 50_000;
    /** At most this many text matches are loaded for the hits plan. */
    static final int TEXT_FILTER_CAP = 100_000;

    /**
     * Whether a place filter was selective when last counted, shared by the connections of a store. Counting
     * (up to {@link #SELECTIVE} index entries) costs more than the page itself, and the answer only picks
     * a plan (both plans return the same rows), so a recent answer is reused: at worst a stale one makes a
     * query slower, never wrong. Thread-safe.
     */
    static final class PlaceHints {
        private static final long FRESH_NANOS = 60_000_000_000L;
        private static final int MAX = 4_096;

        private record Hint(boolean selective, long at) {
        }

        private final ConcurrentHashMap<String, Hint> hints = new ConcurrentHashMap<>();

        Boolean selective(String place) {
            Hint h = hints.get(place);
            return h == null || System.nanoTime() - h.at > FRESH_NANOS ? null : h.selective;
        }

        void remember(String place, boolean selective) {
            if (hints.size() >= MAX) hints.clear();
            hints.put(place, new Hint(selective, System.nanoTime()));
        }
    }

    /** How a text filter is evaluated: chosen by cost, or forced (for tests). */
    enum TextPlan { AUTO, HITS, WALK }

    private final Db db;
    private final DecodedCache<Incident> decoded;
    private final PlaceHints places;
    /** The ORDER BY terms of each sort, over {@code incident i}; the last term is always the id. */
    private static final java.util.Map<IncidentQuery.Sort, List<String>> TERMS = java.util.Map.of(
            IncidentQuery.Sort.NEWEST, List.of("i.sort_date DESC", "i.id DESC"),
            IncidentQuery.Sort.OLDEST, List.of("(i.sort_date = '') ASC", "i.sort_date ASC", "i.id ASC"),
            IncidentQuery.Sort.KILLED, List.of("ifnull(i.best_killed, 0) DESC", "i.sort_date DESC", "i.id DESC"),
            IncidentQuery.Sort.INJURED, List.of("ifnull(i.best_injured, 0) DESC", "i.sort_date DESC", "i.id DESC"),
            IncidentQuery.Sort.ARTICLES, List.of("i.article_count DESC", "i.sort_date DESC", "i.id DESC"),
            IncidentQuery.Sort.UPDATED, List.of("i.updated_at DESC", "i.id DESC"));
    /** The matches the text-hit function tests against during one walk; null otherwise. */
    private TextMatches matches;
    private boolean textHitRegistered;

    IncidentRows(Db db, DecodedCache<Incident> decoded, PlaceHints places) {
        this.db = db;
        this.decoded = decoded;
        this.places = places;
    }

    /** The ids among {@code articleIds} that are not stored articles. */
    List<String> missingArticles(List<String> articleIds) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(articleIds)) {
            if (db.one("SELECT 1 FROM article WHERE id = ?", rs -> Boolean.TRUE, id).isEmpty()) missing.add(id);
        }
        return missing;
    }

    void put(Incident inc, long now) throws SQLException {
        Place p = inc.place();
        db.update("INSERT INTO incident (id, json, sort_date, place_name, admin1, country, lat, lon, event_type,"
                        + " best_killed, best_injured, article_count, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET json = excluded.json, sort_date = excluded.sort_date,"
                        + " place_name = excluded.place_name, admin1 = excluded.admin1, country = excluded.country,"
                        + " lat = excluded.lat, lon = excluded.lon, event_type = excluded.event_type,"
                        + " best_killed = excluded.best_killed, best_injured = excluded.best_injured,"
                        + " article_count = excluded.article_count, updated_at = excluded.updated_at",
                inc.id(), Json.write(inc), inc.day() == null ? "" : inc.day().toString(),
                p == null ? null : lower(p.name()), p == null ? null : lower(p.admin1()),
                p == null ? null : lower(p.country()), p == null ? null : p.lat(), p == null ? null : p.lon(),
                lower(inc.eventType()), best(inc, FigureKind.KILLED), best(inc, FigureKind.INJURED),
                inc.articleIds().size(), now);
        db.update("DELETE FROM incident_member WHERE incident_id = ?", inc.id());
        PreparedStatement member = db.prepare("INSERT INTO incident_member (article_id, incident_id) VALUES (?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET incident_id = excluded.incident_id");
        for (String articleId : new LinkedHashSet<>(inc.articleIds())) {
            Db.bind(member, articleId, inc.id());
            member.addBatch();
        }
        member.executeBatch();
        db.update("DELETE FROM incident_alias WHERE alias = ?", inc.id());
        for (String alias : inc.aliases()) {
            if (alias.equals(inc.id())) continue;
            db.update("INSERT INTO incident_alias (alias, incident_id) VALUES (?, ?)"
                    + " ON CONFLICT (alias) DO UPDATE SET incident_id = excluded.incident_id", alias, inc.id());
            db.update("UPDATE incident_alias SET incident_id = ? WHERE incident_id = ?", inc.id(), alias);
        }
    }

    /** The survivor that {@code id} is an alias of. */
    Optional<String> aliasTarget(String id) throws SQLException {
        return db.one("SELECT incident_id FROM incident_alias WHERE alias = ?", rs -> rs.getString(1), id);
    }

    void delete(String id) throws SQLException {
        db.update("DELETE FROM incident WHERE id = ?", id);
    }

    Optional<Incident> get(String id) throws SQLException {
        return db.one("SELECT json FROM incident WHERE id = ?", rs -> decoded.decode(rs.getBytes(1)), id);
    }

    /** The incident with this id, or the one it is an alias of. */
    Optional<Incident> resolve(String idOrAlias) throws SQLException {
        Optional<Incident> direct = get(idOrAlias);
        if (direct.isPresent()) return direct;
        Optional<String> target = aliasTarget(idOrAlias);
        return target.isPresent() ? get(target.get()) : Optional.empty();
    }

    Optional<String> incidentOf(String articleId) throws SQLException {
        return db.one("SELECT incident_id FROM incident_member WHERE article_id = ?", rs -> rs.getString(1), articleId);
    }

    long count() throws SQLException {
        return db.number("SELECT count(*) FROM incident");
    }

    /**
     * Runs a query. {@code text} opens the index matches of {@code q.text()} (called once, only when the
     * query has text); see the class comment for the plans.
     */
    List<Incident> query(IncidentQuery q, Supplier<TextMatches> text, TextPlan plan) throws SQLException {
        Where w = where(q);
        String order = orderBy(q.sort()) + " LIMIT ?";
        if (blankToNull(q.text()) == null) return page(w.sql(w.selective, "i.rowid") + order, w.args, q.limit(), q.sort());
        try (TextMatches m = text.get()) {
            int hits = m.count();
            if (hits == 0) return List.of();
            long expected = (long) q.limit() * Math.max(1, m.total()) / hits;
            if (plan == TextPlan.WALK || (plan == TextPlan.AUTO && !w.selective && expected < hits)) {
                List<Incident> found = walk(w, m, q.limit(), (int) Math.min(WALK_MAX, 4 * expected + 128), q.sort());
                if (found != null) return found;
            }
            loadTextHits(m, q.limit());
            String rows = w.sql(w.selective || hits <= SELECTIVE, "i.rowid") + " AND i.id IN (SELECT m.incident_id"
                    + " FROM temp.text_hit h JOIN incident_member m ON m.article_id = h.article_id)" + order;
            return page(rows, w.args, q.limit(), q.sort());
        } catch (IOException e) {
            throw new SQLException("search index read failed: " + e.getMessage(), e);
        }
    }

    /**
     * The text plan that walks the candidates in order and tests their member articles against the
     * matches; null when it gave up after {@code budget} candidates without filling the page.
     */
    private List<Incident> walk(Where w, TextMatches m, int limit, int budget, IncidentQuery.Sort sort)
            throws SQLException {
        registerTextHit();
        // the candidates come in order from a co-routine that the outer LIMIT stops early
        String candidates = w.sql(w.selective, "i.rowid AS r, i.id AS id") + orderBy(sort) + " LIMIT ?";
        List<Object> args = new ArrayList<>(w.args);
        args.add(budget);
        String walk = "SELECT c.r FROM (" + candidates + ") c WHERE EXISTS (SELECT 1 FROM incident_member m"
                + " WHERE m.incident_id = c.id AND sitrep_text_hit(m.article_id)) LIMIT ?";
        matches = m;
        try {
            List<Incident> found = page(walk, args, limit, sort);
            if (found.size() < limit && db.number("SELECT count(*) FROM (" + candidates + ")", args.toArray()) >= budget) {
                return null;
            }
            return found;
        } finally {
            matches = null;
        }
    }

    /** Reads the JSON of the page only, after {@code rows} found its row ids on narrow rows ({@code LIMIT ?} last). */
    private List<Incident> page(String rows, List<Object> args, int limit, IncidentQuery.Sort sort) throws SQLException {
        String sql = "SELECT i.json FROM incident i WHERE i.rowid IN (" + rows + ")" + orderBy(sort);
        Object[] all = args.toArray(new Object[args.size() + 1]);
        all[args.size()] = limit;
        return db.list(sql, rs -> decoded.decode(rs.getBytes(1)), all);
    }

    /** The filters of a query other than text, as SQL over {@code incident i} with its arguments. */
    private final class Where {
        final StringBuilder conditions = new StringBuilder();
        final List<Object> args = new ArrayList<>();
        boolean selective;
        /** Whether the order is newest first, the one {@code incident_order} serves. */
        boolean newest = true;

        String sql(boolean ownIndex, String columns) {
            return "SELECT " + columns + " FROM incident i" + (ownIndex || !newest ? "" : " INDEXED BY incident_order")
                    + " WHERE 1 = 1" + conditions;
        }
    }

    private Where where(IncidentQuery q) throws SQLException {
        Where w = new Where();
        w.newest = q.sort() == IncidentQuery.Sort.NEWEST;
        StringBuilder sql = w.conditions;
        List<Object> args = w.args;
        if (q.from() != null) {
            sql.append(" AND i.sort_date >= ?");
            args.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND i.sort_date <> '' AND i.sort_date <= ?");
            args.add(q.to().toString());
        }
        String place = blankToNull(q.place());
        if (place != null) {
            String p = lower(place.strip());
            Boolean known = places.selective(p);
            if (known == null) {
                known = db.number("SELECT count(*) FROM (SELECT 1 FROM incident"
                        + " WHERE place_name = ?1 OR admin1 = ?1 OR country = ?1 LIMIT ?2)", p, SELECTIVE + 1) <= SELECTIVE;
                places.remember(p, known);
            }
            w.selective = known;
            sql.append(" AND (i.place_name = ? OR i.admin1 = ? OR i.country = ?)");
            args.add(p);
            args.add(p);
            args.add(p);
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            sql.append(" AND i.lat BETWEEN ? AND ?");
            args.add(b[1]);
            args.add(b[3]);
            if (b[0] <= b[2]) {
                sql.append(" AND i.lon BETWEEN ? AND ?");
            } else {
                sql.append(" AND (i.lon >= ? OR i.lon <= ?)");
            }
            args.add(b[0]);
            args.add(b[2]);
        }
        String type = blankToNull(q.eventType());
        if (type != null) {
            String t = lower(type);
            sql.append(" AND i.event_type >= ? AND i.event_type < ?");
            args.add(t);
            args.add(t + "\uDBFF\uDFFF");
        }
        if (q.minKilled() != null) {
            sql.append(" AND i.best_killed >= ?");
            args.add(q.minKilled());
        }
        if (q.minInjured() != null) {
            sql.append(" AND i.best_injured >= ?");
            args.add(q.minInjured());
        }
        if (q.after() != null) after(q, sql, args);
        return w;
    }

    /**
     * The keyset condition "comes after the cursor in this order": for terms (a, b, id) descending,
     * {@code a < ka OR (a = ka AND (b < kb OR (b = kb AND id < kid)))}, led by {@code a <= ka} so that
     * the index range starts at the cursor.
     */
    private void after(IncidentQuery q, StringBuilder sql, List<Object> args) throws SQLException {
        List<String> terms = TERMS.get(q.sort());
        Object[] key = cursorKey(q.after(), terms);
        String first = expr(terms.get(0));
        boolean firstDesc = terms.get(0).endsWith(" DESC");
        sql.append(" AND ").append(first).append(firstDesc ? " <= ?" : " >= ?");
        args.add(key[0]);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int t = 0; t < terms.size(); t++) {
            String e = expr(terms.get(t));
            boolean desc = terms.get(t).endsWith(" DESC");
            if (t > 0) open.append(" OR (").append(expr(terms.get(t - 1))).append(" = ? AND (");
            if (t > 0) {
                args.add(key[t - 1]);
                close.append("))");
            }
            open.append(e).append(desc ? " < ?" : " > ?");
            args.add(key[t]);
        }
        sql.append(" AND (").append(open).append(close).append(')');
    }

    private static String expr(String term) {
        return term.substring(0, term.lastIndexOf(' '));
    }

    /** The values of the order's terms for the cursor incident (or the survivor it is an alias of). */
    private Object[] cursorKey(String after, List<String> terms) throws SQLException {
        StringBuilder cols = new StringBuilder();
        for (String t : terms) cols.append(cols.isEmpty() ? "" : ", ").append(expr(t));
        String sql = "SELECT " + cols + " FROM incident i WHERE i.id = ?";
        Db.Row<Object[]> row = rs -> {
            Object[] values = new Object[terms.size()];
            for (int c = 0; c < values.length; c++) values[c] = rs.getObject(c + 1);
            return values;
        };
        Optional<Object[]> key = db.one(sql, row, after);
        if (key.isEmpty()) {
            Optional<String> target = aliasTarget(after);
            if (target.isPresent()) key = db.one(sql, row, target.get());
        }
        return key.orElseThrow(() -> new IllegalArgumentException(
                "unknown cursor: no incident or alias with id " + after));
    }

    private static String orderBy(IncidentQuery.Sort sort) {
        return " ORDER BY " + String.join(", ", TERMS.get(sort));
    }

    private void loadTextHits(TextMatches m, int limit) throws SQLException, IOException {
        List<String> articleIds = m.ids(TEXT_FILTER_CAP);
        db.exec("CREATE TEMP TABLE IF NOT EXISTS text_hit (article_id TEXT PRIMARY KEY)");
        db.exec("SAVEPOINT text_hit");
        try {
            db.exec("DELETE FROM temp.text_hit");
            PreparedStatement ps = db.prepare("INSERT OR IGNORE INTO temp.text_hit (article_id) VALUES (?)");
            for (String id : articleIds) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } finally {
            db.exec("RELEASE text_hit");
        }
    }

    /** Registers {@code sitrep_text_hit(article_id)} on this connection: whether the article is in {@link #matches}. */
    private void registerTextHit() throws SQLException {
        if (textHitRegistered) return;
        Function.create(db.conn, "sitrep_text_hit", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                TextMatches m = matches;
                byte[] id = value_blob(0);
                try {
                    result(m != null && id != null && m.contains(id) ? 1 : 0);
                } catch (IOException e) {
                    throw new SQLException("search index read failed: " + e.getMessage(), e);
                }
            }
        }, 1);
        textHitRegistered = true;
    }

    private static Integer best(Incident inc, FigureKind kind) {
        Figure f = inc.best().get(kind);
        return f == null ? null : f.value();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
