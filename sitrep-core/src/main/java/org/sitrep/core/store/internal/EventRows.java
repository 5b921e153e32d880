package org.sitrep.core.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.sitrep.model.IncidentEvent;

/** The incident_event table: the merges and splits of incidents, in the order recorded. */
final class EventRows {
    private final Db db;

    EventRows(Db db) {
        this.db = db;
    }

    void put(IncidentEvent e) throws SQLException {
        db.update("INSERT INTO incident_event (kind, from_id, to_id, at, article_id, reasons, moved)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.kind().name(), e.from(), e.to(), e.at().toEpochMilli(),
                e.articleId(), Json.write(e.reasons()), Json.write(e.moved()));
    }

    /** The events naming {@code incidentId} as either side, oldest first. */
    List<IncidentEvent> of(String incidentId) throws SQLException {
        return db.list("SELECT kind, from_id, to_id, at, article_id, reasons, moved FROM incident_event"
                + " WHERE seq IN (SELECT seq FROM incident_event WHERE from_id = ?"
                + " UNION SELECT seq FROM incident_event WHERE to_id = ?) ORDER BY seq", EventRows::event,
                incidentId, incidentId);
    }

    private static IncidentEvent event(ResultSet rs) throws SQLException {
        return new IncidentEvent(IncidentEvent.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                List.of(Json.read(rs.getString(7), String[].class)),
                List.of(Json.read(rs.getString(6), IncidentEvent.Reason[].class)));
    }
}
