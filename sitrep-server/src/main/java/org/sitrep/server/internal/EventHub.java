package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.model.Incident;

/**
 * The connected Server-Sent-Event clients. {@link #publish} sends an {@code incident} event with the
 * incident's summary to each; a comment every {@code heartbeatSeconds} keeps idle connections (and
 * proxies) from timing out and finds clients that went away. Thread-safe.
 */
public final class EventHub implements AutoCloseable {
    private static final int MAX_CLIENTS = 256;

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper;
    private final Views views;
    private final ScheduledExecutorService heartbeat;

    public EventHub(ObjectMapper mapper, Views views, long heartbeatSeconds) {
        this.mapper = mapper;
        this.views = views;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-sse-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> send(c -> c.sendComment("keep-alive")), heartbeatSeconds,
                heartbeatSeconds, TimeUnit.SECONDS);
    }

    /** Registers a client connection; refused with a final event when too many are open. */
    public void connect(SseClient client) {
        if (clients.size() >= MAX_CLIENTS) {
            client.sendEvent("error", "too many event streams open");
            client.close();
            return;
        }
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("hello", "{\"clients\":" + clients.size() + "}");
    }

    public int clientCount() {
        return clients.size();
    }

    public void publish(Incident incident) {
        String data;
        try {
            data = mapper.writeValueAsString(views.summary(incident));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise incident " + incident.id(), e);
        }
        send(c -> c.sendEvent("incident", data, incident.id()));
    }

    private void send(java.util.function.Consumer<SseClient> action) {
        for (SseClient c : clients) {
            try {
                if (c.terminated()) {
                    clients.remove(c);
                } else {
                    action.accept(c);
                }
            } catch (RuntimeException e) {
                clients.remove(c);
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (SseClient c : clients) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // the connection is gone already
            }
        }
        clients.clear();
    }
}
