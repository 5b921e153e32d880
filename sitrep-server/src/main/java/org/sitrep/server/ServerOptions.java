package org.sitrep.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SitrepServer} listens and who may write. Immutable; start from {@link #defaults()} and
 * change what you need with the {@code with...} methods.
 *
 * @param host         interface to bind; 127.0.0.1 by default so that nothing is exposed by accident
 * @param port         TCP port, 0 for an ephemeral one (see {@link SitrepServer#port()})
 * @param token        bearer token required by writes ({@code POST /api/articles}); null disables writes
 * @param sink         where posted articles go
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param idleTimeout  how long an idle connection is kept open
 */
public record ServerOptions(String host, int port, String token, ArticleSink sink, long maxBodyBytes,
                            Duration idleTimeout) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

    public ServerOptions {
        host = host == null ? DEFAULT_HOST : host.strip();
        if (host.isEmpty()) throw new IllegalArgumentException("host must not be blank");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (token != null && token.strip().length() < 8) {
            throw new IllegalArgumentException("token must have at least 8 characters, got " + token.strip().length());
        }
        token = token == null ? null : token.strip();
        sink = sink == null ? ArticleSink.unavailable() : sink;
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
        }
    }

    /** 127.0.0.1:8080, no writes, 16 MiB bodies, 30 s idle timeout. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, null, null, DEFAULT_MAX_BODY_BYTES, null);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(Objects.requireNonNull(newHost, "host"), port, token, sink, maxBodyBytes, idleTimeout);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, token, sink, maxBodyBytes, idleTimeout);
    }

    public ServerOptions withToken(String newToken) {
        return new ServerOptions(host, port, newToken, sink, maxBodyBytes, idleTimeout);
    }

    public ServerOptions withSink(ArticleSink newSink) {
        return new ServerOptions(host, port, token, newSink, maxBodyBytes, idleTimeout);
    }

    public ServerOptions withMaxBodyBytes(long newMax) {
        return new ServerOptions(host, port, token, sink, newMax, idleTimeout);
    }

    public ServerOptions withIdleTimeout(Duration newTimeout) {
        return new ServerOptions(host, port, token, sink, maxBodyBytes, newTimeout);
    }

    /** Token is never printed. */
    @Override
    public String toString() {
        return "ServerOptions[host=" + host + ", port=" + port + ", writes=" + (token != null) + ", maxBodyBytes="
                + maxBodyBytes + ", idleTimeout=" + idleTimeout + "]";
    }
}
