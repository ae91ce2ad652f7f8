import type { FeedEvent } from "../mapping/types";
import type { Fields } from "../sync/sync-types";
import type { Db } from "./open-database";

export interface StoredEvent {
  id: string;
  seq: number;
  fields: Fields;
  published: FeedEvent | null;
  deleted: boolean;
  revision: number;
  updatedAt: string;
}

export type RevisionKind = "create" | "update" | "delete" | "restore";

export interface Revision {
  eventId: string;
  revision: number;
  version: number;
  at: string;
  actor: string;
  source: string;
  kind: RevisionKind;
  before: Fields | null;
  after: Fields | null;
}

interface EventRow {
  id: string;
  seq: number;
  fields: string;
  published: string | null;
  deleted: number;
  revision: number;
  updated_at: string;
}

/** A revision as stored: fields as JSON text. */
type RevisionRow = Omit<Revision, "eventId" | "before" | "after"> & { event_id: string; before: string | null; after: string | null };

function toEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    seq: row.seq,
    fields: JSON.parse(row.fields) as Fields,
    published: row.published === null ? null : (JSON.parse(row.published) as FeedEvent),
    deleted: row.deleted === 1,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

function toRevision(row: RevisionRow): Revision {
  return {
    eventId: row.event_id,
    revision: row.revision,
    version: row.version,
    at: row.at,
    actor: row.actor,
    source: row.source,
    kind: row.kind,
    before: row.before === null ? null : (JSON.parse(row.before) as Fields),
    after: row.after === null ? null : (JSON.parse(row.after) as Fields),
  };
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/**
 * Events (current state, tombstones included) and their revision log. The current state is
 * also kept in memory, reloaded when another connection (`mapping gsheets pull` in another
 * process) has committed since (SQLite's data_version); `forget()` drops it, as the store
 * does when a transaction rolls back.
 */
export function eventsRepo(db: Db) {
  let memory: { list: StoredEvent[]; index: Map<string, number>; dataVersion: number } | null = null;
  const dataVersion = () => db.pragma("data_version", { simple: true }) as number;
  const loaded = () => {
    const now = dataVersion();
    if (memory === null || memory.dataVersion !== now) {
      const list = all.all().map(toEvent);
      memory = { list, index: new Map(list.map((e, i) => [e.id, i])), dataVersion: now };
    }
    return memory;
  };
  const all = db.prepare<[], EventRow>("SELECT * FROM events ORDER BY seq");
  const nextSeq = db.prepare<[], { next: number }>("SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM events");
  const upsert = db.prepare(
    `INSERT INTO events (id, seq, fields, published, deleted, revision, updated_at)
     VALUES (@id, @seq, @fields, @published, @deleted, @revision, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, published = excluded.published,
       deleted = excluded.deleted, revision = excluded.revision, updated_at = excluded.updated_at`,
  );
  const addRevision = db.prepare(
    `INSERT INTO revisions (event_id, revision, version, at, actor, source, kind, before, after)
     VALUES (@eventId, @revision, @version, @at, @actor, @source, @kind, @before, @after)`,
  );
  const fieldsAt = db.prepare<[string, number], { after: string | null }>(
    "SELECT after FROM revisions WHERE event_id = ? AND version <= ? ORDER BY version DESC, seq DESC LIMIT 1",
  );
  const history = db.prepare<[string], RevisionRow>("SELECT * FROM revisions WHERE event_id = ? ORDER BY seq");
  const revisionCount = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM revisions");

  return {
    /** Every event in creation order. The objects are shared: do not modify them. */
    all: (): readonly StoredEvent[] => loaded().list,
    get: (id: string): StoredEvent | null => {
      const m = loaded();
      const i = m.index.get(id);
      return i === undefined ? null : m.list[i];
    },
    forget(): void {
      memory = null;
    },
    nextSeq: (): number => nextSeq.get()!.next,
    save(event: StoredEvent): void {
      const m = loaded();
      const i = m.index.get(event.id);
      const copy = { ...event };
      if (i === undefined) {
        m.index.set(event.id, m.list.length);
        m.list.push(copy); // new events have the highest seq: creation order holds
      } else m.list[i] = copy;
      upsert.run({
        id: event.id,
        seq: event.seq,
        fields: JSON.stringify(event.fields),
        published: json(event.published),
        deleted: event.deleted ? 1 : 0,
        revision: event.revision,
        updatedAt: event.updatedAt,
      });
    },

    addRevision(r: Revision): void {
      addRevision.run({ ...r, before: json(r.before), after: json(r.after) });
    },
    history: (id: string): Revision[] => history.all(id).map(toRevision),
    /** The event's fields as published in `version`; undefined when it did not exist or was deleted then. */
    fieldsAt(id: string, version: number): Fields | undefined {
      const row = fieldsAt.get(id, version);
      return row?.after ? (JSON.parse(row.after) as Fields) : undefined;
    },
    revisionCount: (): number => revisionCount.get()!.n,
  };
}

export type EventsRepo = ReturnType<typeof eventsRepo>;
