package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sitrep.core.store.Store;
import org.sitrep.model.Incident;
import org.sitrep.server.internal.Api;
import org.sitrep.server.internal.ApiProblem;
import org.sitrep.server.internal.EventHub;
import org.sitrep.server.internal.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's web server: the REST API under {@code /api}, its OpenAPI description at
 * {@code /openapi.json}, and the web UI's static pages, all from one process.
 *
 * <p>Start with {@link #start(Store, ServerOptions)}; close to stop (the store stays open: whoever opened
 * it closes it). {@link #publish(Incident)} pushes a new or changed incident to the live
 * {@code /api/events} stream; it is thread-safe and cheap when nobody listens.
 */
public final class SitrepServer implements AutoCloseable {
    /*
     * Security posture, for reviewers. The server binds 127.0.0.1 unless told otherwise; writes need a
     * bearer token compared in constant time. Every response carries a strict Content-Security-Policy
     * (no inline script, no eval, nothing from other origins), nosniff, no-referrer and frame denial; no
     * CORS headers are ever sent, so browsers keep other origins out. Internet text reaches pages only
     * as JSON that the page's scripts put into the DOM with textContent. Static files come from one
     * classpath folder through Javalin's resource handler, which resolves paths inside it only. Request
     * bodies are capped (413) and idle connections time out; the event stream sends heartbeats.
     */
    private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);
    static final String WEB_ROOT = "/org/sitrep/server/web";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String PROBLEM_SENT = "sitrep.problem";

    /** One documented route: HTTP method and Javalin path (OpenAPI {@code {param}} syntax). */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final EventHub events;
    private final List<Route> routes;
    private final ServerOptions options;

    private SitrepServer(Javalin app, EventHub events, List<Route> routes, ServerOptions options) {
        this.app = app;
        this.events = events;
        this.routes = List.copyOf(routes);
        this.options = options;
    }

    /**
     * Starts serving the store on {@code options.host():options.port()}.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public static SitrepServer start(Store store, ServerOptions options) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        ObjectMapper mapper = Json.mapper();
        Api api = new Api(store, options, mapper);
        EventHub events = new EventHub(mapper, api.views(), 15);
        List<Route> routes = new ArrayList<>();
        Javalin app = Javalin.create(config -> configure(config, options, mapper, api, events, routes));
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            events.close();
            throw new IllegalStateException("cannot serve on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector ac) ac.setIdleTimeout(options.idleTimeout().toMillis());
        }
        LOG.info("sitrep serving on http://{}:{}/ ({})", options.host(), app.port(), options);
        return new SitrepServer(app, events, routes, options);
    }

    private static void configure(JavalinConfig config, ServerOptions options, ObjectMapper mapper, Api api,
                                  EventHub events, List<Route> routes) {
        config.startup.showJavalinBanner = false;
        // A small pool: on 2 cores, 12 request threads hold 64 clients at p99 70 ms where Jetty's default 200 gives
        // 128 ms and 16 give 97 ms (docs/PERFORMANCE.md section 3). The event stream is async and holds no thread.
        int threads = Integer.getInteger("sitrep.server.threads",
                Math.max(8, 6 * Runtime.getRuntime().availableProcessors()));
        config.jetty.threadPool = new QueuedThreadPool(threads, Math.min(8, threads));
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.maxRequestSize = options.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.http.asyncTimeout = 0; // the event stream stays open; heartbeats find dead clients
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(16 * 1024);
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });

        var r = config.routes;
        r.before(SitrepServer::securityHeaders);
        add(r, routes, HandlerType.GET, "/api/incidents", api::incidents);
        add(r, routes, HandlerType.GET, "/api/incidents/{id}", api::incident);
        add(r, routes, HandlerType.GET, "/api/articles/{id}", api::article);
        add(r, routes, HandlerType.POST, "/api/articles", api::ingest);
        add(r, routes, HandlerType.GET, "/api/search", api::search);
        add(r, routes, HandlerType.GET, "/api/export", api::export);
        r.sse("/api/events", events::connect);
        routes.add(new Route("GET", "/api/events"));
        add(r, routes, HandlerType.GET, "/openapi.json",
                ctx -> resource(ctx, "/org/sitrep/server/openapi.json", "application/json"));
        add(r, routes, HandlerType.GET, "/api/docs",
                ctx -> resource(ctx, WEB_ROOT + "/docs.html", "text/html; charset=utf-8"));

        r.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
        r.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, new ApiProblem(e.getStatus(),
                reason(e.getStatus()), e.getStatus() == 405 ? ctx.method() + " is not allowed on " + ctx.path()
                        : e.getStatus() == 404 ? "nothing at " + ctx.method() + " " + ctx.path() : e.getMessage())));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, new ApiProblem(500, "Internal server error",
                    "the server failed to answer this request; the log has the details"));
        });
        r.error(404, ctx -> {
            if (ctx.attribute(PROBLEM_SENT) == null) {
                problem(ctx, ApiProblem.notFound("nothing at " + ctx.method() + " " + ctx.path()));
            }
        });
        r.error(405, ctx -> {
            if (ctx.attribute(PROBLEM_SENT) == null) {
                problem(ctx, new ApiProblem(405, "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path()));
            }
        });
    }

    private static void add(io.javalin.config.RoutesConfig r, List<Route> routes, HandlerType type, String path,
                            Handler handler) {
        r.addHttpHandler(type, path, handler);
        routes.add(new Route(type.name(), path));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
    }

    private static void resource(Context ctx, String path, String type) {
        InputStream in = SitrepServer.class.getResourceAsStream(path);
        if (in == null) throw ApiProblem.notFound("resource " + path + " is missing from this build");
        try (in) {
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void problem(Context ctx, ApiProblem p) {
        ctx.attribute(PROBLEM_SENT, Boolean.TRUE);
        ctx.status(p.status());
        ctx.json(p.body(ctx.path()));
        ctx.contentType(ApiProblem.MEDIA_TYPE);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 503 -> "Unavailable";
            default -> "HTTP " + status;
        };
    }

    /** The bound port (the ephemeral one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    /** Every route this server answers, as documented in {@code /openapi.json}. */
    public List<Route> routes() {
        return routes;
    }

    /** Sends a new or changed incident to every client of {@code /api/events}. */
    public void publish(Incident incident) {
        events.publish(Objects.requireNonNull(incident, "incident"));
    }

    /** Number of open {@code /api/events} streams. */
    public int eventClients() {
        return events.clientCount();
    }

    /** Stops serving; does not close the store. */
    @Override
    public void close() {
        events.close();
        app.stop();
    }
}
