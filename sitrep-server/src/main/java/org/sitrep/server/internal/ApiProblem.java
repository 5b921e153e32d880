package org.sitrep.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem a handler answers with instead of a result: thrown by handlers, rendered as
 * {@code application/problem+json} by the server.
 */
public final class ApiProblem extends RuntimeException {
    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem document: type, title, status, detail and the request path as instance. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeFor(status));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        if (instance != null) body.put("instance", instance);
        return body;
    }

    private static String typeFor(int status) {
        return switch (status) {
            case 400 -> "/problems/bad-request";
            case 401 -> "/problems/unauthorized";
            case 404 -> "/problems/not-found";
            case 405 -> "/problems/method-not-allowed";
            case 413 -> "/problems/content-too-large";
            case 415 -> "/problems/unsupported-media-type";
            case 503 -> "/problems/unavailable";
            default -> "about:blank";
        };
    }
}
