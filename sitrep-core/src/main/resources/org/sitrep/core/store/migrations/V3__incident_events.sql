-- The history of incident merges and splits (IncidentEvent), one row per event in the order recorded. Ids are
-- kept as they were at the time (no foreign keys: an absorbed incident's row is deleted, its history stays).
-- kind: MERGE (from_id absorbed into to_id) or SPLIT (moved members of from_id became to_id); at: epoch ms;
-- article_id: the article that caused it; moved: JSON array of member article ids; reasons: JSON array of
-- IncidentEvent.Reason names (splits only).
CREATE TABLE incident_event (
    seq        INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    from_id    TEXT    NOT NULL,
    to_id      TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    article_id TEXT,
    reasons    TEXT    NOT NULL,
    moved      TEXT    NOT NULL
);
CREATE INDEX incident_event_from ON incident_event (from_id, seq);
CREATE INDEX incident_event_to ON incident_event (to_id, seq);
