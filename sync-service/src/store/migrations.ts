// The store's schema, one migration per step; `PRAGMA user_version` records how far a file got.
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL UNIQUE,      -- creation order, the order rows added by others are appended in
    fields     TEXT NOT NULL,                -- JSON Fields: the latest submitted row, even with errors
    published  TEXT,                         -- JSON FeedEvent: the last publishable state, null if never published
    deleted    INTEGER NOT NULL DEFAULT 0,   -- tombstone
    revision   INTEGER NOT NULL,             -- accepted changes so far
    updated_at TEXT NOT NULL
  );
  CREATE TABLE revisions (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    version  INTEGER NOT NULL,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    source   TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete', 'restore')),
    before   TEXT,
    after    TEXT
  );
  -- an event's fields at version V: the \`after\` of its last revision with version <= V (the merge base)
  CREATE INDEX revisions_by_event ON revisions (event_id, version, seq);
  CREATE TABLE versions (
    version      INTEGER PRIMARY KEY,
    published_at TEXT NOT NULL,
    actor        TEXT NOT NULL,
    source       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    count        INTEGER NOT NULL,
    events_json  TEXT NOT NULL,             -- the published events.json, byte for byte
    clashes_json TEXT NOT NULL              -- the published clashes.json
  );
  CREATE TABLE sources (
    key          TEXT PRIMARY KEY,          -- kind:id
    kind         TEXT NOT NULL,
    source_id    TEXT NOT NULL,
    name         TEXT NOT NULL,
    last_version INTEGER,
    row_ids      TEXT NOT NULL,             -- JSON string[]: the ids the sheet held after its last sync
    last_sync_at TEXT,
    last_actor   TEXT
  );
  CREATE TABLE tokens (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
    hash       TEXT NOT NULL UNIQUE,        -- sha256 hex of the token; the token itself is never stored
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE acknowledgements (
    a      TEXT NOT NULL,
    b      TEXT NOT NULL,
    by     TEXT NOT NULL,
    at     TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (a, b)
  );
  CREATE TABLE conflicts (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    source   TEXT NOT NULL,
    event_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    base     TEXT,
    yours    TEXT,
    theirs   TEXT
  );
  `,
];
