package org.sitrep.core.store.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.sitrep.core.store.StoreException;
import org.sitrep.model.Incident;

/**
 * A small pool of read connections to the store's database, so that reads of committed data run
 * side by side instead of queueing on the writer's connection (WAL lets any number of readers proceed).
 * Connections are opened on demand up to a maximum; a borrower beyond it waits for one to come back,
 * first come first served (a fair semaphore: under load a newcomer never overtakes a waiting reader,
 * which keeps the slowest reads close to the typical ones). Each connection is used by one thread at a
 * time: {@link #borrow()} hands it out, {@link #release} takes it back (the queue between them
 * publishes its state to the next borrower).
 */
final class ReadPool implements AutoCloseable {
    /** One read connection with its table accessors. */
    record Reader(Db db, ArticleRows articles, FactRows facts, IncidentRows incidents, EventRows events) {
        static Reader of(Db db, DecodedCache<Incident> incidents, IncidentRows.PlaceHints places) {
            return new Reader(db, new ArticleRows(db), new FactRows(db), new IncidentRows(db, incidents, places),
                    new EventRows(db));
        }
    }

    private final Path file;
    private final DecodedCache<Incident> incidents;
    private final IncidentRows.PlaceHints places;
    private final Semaphore permits;
    private final Queue<Reader> idle = new ConcurrentLinkedQueue<>();
    private final List<Reader> opened = new ArrayList<>();
    private boolean closed;

    ReadPool(Path file, int max, DecodedCache<Incident> incidents, IncidentRows.PlaceHints places) {
        if (max < 1) throw new IllegalArgumentException("max must be positive, got " + max);
        this.file = file;
        this.incidents = incidents;
        this.places = places;
        this.permits = new Semaphore(max, true);
    }

    /** The default size: twice the processors, at least 4, at most 16. */
    static int defaultSize() {
        return Math.min(16, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** An idle connection, or a new one while fewer than the maximum are open; waits when all are out. */
    Reader borrow() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection to " + file, e);
        }
        Reader r = idle.poll();
        if (r != null) return r;
        try {
            synchronized (this) {
                if (closed) throw new IllegalStateException("the read connections of " + file + " are closed");
                Reader fresh = Reader.of(Db.openReader(file), incidents, places);
                opened.add(fresh);
                return fresh;
            }
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Returns a connection borrowed from this pool. */
    void release(Reader r) {
        idle.offer(r);
        permits.release();
    }

    /** Closes every connection; the caller makes sure none is borrowed. */
    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        SQLException first = null;
        for (Reader r : opened) {
            try {
                r.db().close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        opened.clear();
        idle.clear();
        if (first != null) throw first;
    }
}
