-- sitrep store schema, version 1. Applied in one transaction by Migrations; never edit a released
-- migration: add V2__something.sql instead (and list it in Migrations.FILES).
-- Statements end with a semicolon at the end of a line; no triggers (the splitter is simple).

-- Large columns come last in every table, so that reading the small ones never walks overflow pages.
-- Articles in arrival order (seq). index_seq grows with every insert or revision; the Lucene index
-- records the highest index_seq it has committed and catches up from here on open.
CREATE TABLE article (
    seq           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    published     TEXT,
    url           TEXT,
    canonical_url TEXT,
    outlet        TEXT,
    lang          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    source        TEXT,
    revisions     INTEGER NOT NULL DEFAULT 0,
    index_seq     INTEGER NOT NULL,
    extra         TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    text          TEXT    NOT NULL
);
CREATE INDEX article_content_hash ON article (content_hash);
CREATE UNIQUE INDEX article_canonical_url ON article (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE UNIQUE INDEX article_index_seq ON article (index_seq);

-- Earlier versions of an article, replaced by a later version with the same canonical URL or id.
CREATE TABLE article_revision (
    article_id    TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    replaced_by   TEXT    NOT NULL,
    replaced_at   INTEGER NOT NULL,
    title         TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    published     TEXT,
    url           TEXT,
    canonical_url TEXT,
    content_hash  TEXT    NOT NULL,
    source        TEXT,
    extra         TEXT    NOT NULL,
    PRIMARY KEY (article_id, revision)
);
CREATE INDEX article_revision_content_hash ON article_revision (content_hash);

-- Extracted facts: the whole ArticleFacts as JSON, plus every figure with its evidence in columns.
CREATE TABLE facts (
    article_id TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    json       TEXT NOT NULL
);
CREATE TABLE figure (
    article_id          TEXT    NOT NULL REFERENCES facts (article_id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    kind                TEXT    NOT NULL,
    value               INTEGER NOT NULL,
    upper               INTEGER,
    qualifier           TEXT    NOT NULL,
    reported_by         TEXT,
    as_of               TEXT,
    evidence_article_id TEXT    NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    evidence_sentence   TEXT    NOT NULL,
    confidence          REAL    NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX figure_kind_value ON figure (kind, value);
CREATE INDEX figure_evidence ON figure (evidence_article_id);

-- Copy detection: one row per article; the rows sharing a group_id form a duplicate group.
CREATE TABLE dedup (
    article_id   TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    group_id     TEXT NOT NULL,
    canonical_id TEXT NOT NULL,
    kind         TEXT,
    similarity   REAL NOT NULL,
    copy_of      TEXT
);
CREATE INDEX dedup_group ON dedup (group_id);

-- Incidents: the full record as JSON plus lower-cased, indexed columns for filtering. sort_date is the
-- ISO incident date or '' when unknown, so that "newest first" puts undated incidents last.
CREATE TABLE incident (
    id            TEXT    PRIMARY KEY,
    sort_date     TEXT    NOT NULL,
    place_name    TEXT,
    admin1        TEXT,
    country       TEXT,
    lat           REAL,
    lon           REAL,
    event_type    TEXT,
    best_killed   INTEGER,
    best_injured  INTEGER,
    article_count INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    json          TEXT    NOT NULL
);
-- incident_order covers every filter column: a query walks it newest first, tests the filters in the
-- index and stops after a page, never touching the wide rows. The per-column indexes end in the sort key,
-- so a selective filter collects and sorts its few matches from the index alone.
CREATE INDEX incident_order ON incident (sort_date, id, place_name, admin1, country, event_type, best_killed,
                                         best_injured, lat, lon);
CREATE INDEX incident_place_name ON incident (place_name, sort_date, id);
CREATE INDEX incident_admin1 ON incident (admin1, sort_date, id);
CREATE INDEX incident_country ON incident (country, sort_date, id);
CREATE INDEX incident_event_type ON incident (event_type, sort_date, id);
CREATE INDEX incident_updated_at ON incident (updated_at);

-- Ids of incidents merged into another one; always point at the live survivor (chains are flattened).
CREATE TABLE incident_alias (
    alias       TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL
);
CREATE INDEX incident_alias_target ON incident_alias (incident_id);

-- Which incident each article belongs to.
CREATE TABLE incident_member (
    article_id  TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE
);
CREATE INDEX incident_member_incident ON incident_member (incident_id);
