package org.sitrep.server;

/**
 * Where {@code POST /api/articles} hands what a client sent: the pipeline, wired in by the launcher.
 *
 * <p>Bad input is data: a sink reports unreadable records in its result (for example a list of
 * {@link org.sitrep.model.Problem}s) rather than by throwing. Throwing {@link IllegalArgumentException}
 * marks the whole body as unusable (400); any other exception is a server error (500). Called from
 * request threads, possibly concurrently.
 */
@FunctionalInterface
public interface ArticleSink {

    /**
     * Ingests one request body.
     *
     * @param body        the raw body, decoded as UTF-8 (JSON, JSON Lines, HTML, RSS or Atom)
     * @param contentType the request's media type without parameters, lower case, e.g. "application/x-ndjson"
     * @return a JSON-serialisable summary of what was done (counts, new ids, problems)
     */
    Object accept(String body, String contentType);

    /** A sink for servers that do not ingest: every write is answered 503 with this explanation. */
    static ArticleSink unavailable() {
        return Unavailable.INSTANCE;
    }

    /** The marker behind {@link #unavailable()}. */
    enum Unavailable implements ArticleSink {
        INSTANCE;

        @Override
        public Object accept(String body, String contentType) {
            throw new UnsupportedOperationException("this server was started without an ingestion pipeline");
        }
    }
}
