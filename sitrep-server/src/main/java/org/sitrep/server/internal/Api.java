package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.SearchHit;
import org.sitrep.core.store.Store;
import org.sitrep.model.Incident;
import org.sitrep.server.ArticleSink;
import org.sitrep.server.ServerOptions;

/** The REST handlers. Stateless apart from the store; thread-safe. */
public final class Api {
    /** Media types {@code POST /api/articles} accepts. */
    public static final Set<String> INGEST_TYPES = Set.of("application/json", "application/x-ndjson",
            "application/jsonl", "application/json-seq", "text/html", "application/xhtml+xml",
            "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "text/plain");
    private static final int MAX_ID = 200;

    private final Store store;
    private final ServerOptions options;
    private final Views views;
    private final Export export;
    private final ObjectMapper mapper;

    public Api(Store store, ServerOptions options, ObjectMapper mapper) {
        this.store = store;
        this.options = options;
        this.views = new Views(store);
        this.export = new Export(store, mapper);
        this.mapper = mapper;
    }

    /**
     * Sends {@code body} as JSON, encoded straight to UTF-8 bytes ({@code ctx.json} builds a String first and
     * encodes it again).
     */
    private void json(Context ctx, Object body) {
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public Views views() {
        return views;
    }

    /** GET /api/incidents */
    public void incidents(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = Params.text(ctx, "cursor");
        if (cursor != null) checkId("cursor", cursor);
        IncidentQuery q = Params.filters(ctx, Set.of("limit", "cursor"), cursor, limit + 1);
        List<Incident> found;
        try {
            found = store.incidents(q);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        boolean more = found.size() > limit;
        List<Incident> page = more ? found.subList(0, limit) : found;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.stream().map(views::summary).toList());
        body.put("next_cursor", more ? page.get(page.size() - 1).id() : null);
        json(ctx, body);
    }

    /** GET /api/incidents/{id} */
    public void incident(Context ctx) {
        String id = checkId("id", ctx.pathParam("id"));
        json(ctx, views.detail(store.incidentDetail(id)
                .orElseThrow(() -> ApiProblem.notFound("no incident with id or alias '" + id + "'"))));
    }

    /** GET /api/articles/{id} */
    public void article(Context ctx) {
        String id = checkId("id", ctx.pathParam("id"));
        json(ctx, views.article(store.article(id)
                .orElseThrow(() -> ApiProblem.notFound("no article with id '" + id + "'"))));
    }

    /** GET /api/search */
    public void search(Context ctx) {
        Params.rejectUnknown(ctx, Set.of("q", "limit"));
        String q = Params.text(ctx, "q");
        if (q == null) throw ApiProblem.badRequest("q: required, the words to search for");
        int limit = Params.limit(ctx);
        List<SearchHit> hits;
        try {
            hits = store.search(q, limit);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("q: " + e.getMessage());
        }
        List<Map<String, Object>> items = hits.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articleId", h.articleId());
            m.put("title", h.title());
            m.put("snippet", h.snippet());
            m.put("score", h.score());
            m.put("incidentId", store.incidentOf(h.articleId()).orElse(null));
            return m;
        }).toList();
        json(ctx, Map.of("items", items));
    }

    /** GET /api/export */
    public void export(Context ctx) throws IOException {
        Export.Format format = Export.Format.parse(Params.text(ctx, "format"));
        IncidentQuery filters = Params.filters(ctx, Set.of("format"), null, 500);
        ctx.contentType(format.mediaType);
        ctx.header("Content-Disposition", "attachment; filename=\"incidents." + format.extension + "\"");
        export.write(format, filters, ctx.outputStream());
    }

    /** POST /api/articles */
    public void ingest(Context ctx) throws IOException {
        authorize(ctx);
        if (options.sink() instanceof ArticleSink.Unavailable) {
            throw new ApiProblem(503, "Ingestion unavailable", "this server was started without an ingestion pipeline");
        }
        String type = mediaType(ctx.contentType());
        if (type == null || !INGEST_TYPES.contains(type)) {
            throw new ApiProblem(415, "Unsupported media type", "Content-Type: '" + Params.clip(String.valueOf(type))
                    + "' is not accepted; send one of " + String.join(", ", INGEST_TYPES.stream().sorted().toList()));
        }
        String body = readBody(ctx);
        if (body.isBlank()) throw ApiProblem.badRequest("body: empty; send the articles to ingest");
        Object result;
        try {
            result = options.sink().accept(body, type);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("body: " + e.getMessage());
        }
        ctx.status(202).json(result == null ? Map.of() : result);
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        String token = options.token();
        boolean ok = false;
        if (token != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            ok = MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
        }
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
            throw new ApiProblem(401, "Unauthorized", token == null
                    ? "writes are disabled: start the server with a write token"
                    : header == null ? "send the write token as 'Authorization: Bearer <token>'" : "the write token is not valid");
        }
    }

    private String readBody(Context ctx) throws IOException {
        long max = options.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) throw tooLarge(max);
        ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), 1 << 20));
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] chunk = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(chunk)) > 0; ) {
                total += n;
                if (total > max) throw tooLarge(max);
                buf.write(chunk, 0, n);
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static ApiProblem tooLarge(long max) {
        return new ApiProblem(413, "Content too large", "body: larger than the limit of " + max + " bytes");
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String checkId(String name, String id) {
        if (id == null || id.isBlank()) throw ApiProblem.badRequest(name + ": required");
        if (id.length() > MAX_ID) throw ApiProblem.badRequest(name + ": longer than " + MAX_ID + " characters");
        for (int k = 0; k < id.length(); k++) {
            if (Character.isISOControl(id.charAt(k))) throw ApiProblem.badRequest(name + ": contains control characters");
        }
        return id;
    }
}
