import type { Fields } from "../sync/sync-types";
import type { Db } from "./open-database";

export type VersionReason = "sync" | "restore" | "acknowledge" | "withdraw";

export interface VersionSummary {
  version: number;
  publishedAt: string;
  actor: string;
  source: string;
  reason: VersionReason;
  count: number;
}

export interface StoredVersion extends VersionSummary {
  /** The published events.json, byte for byte. */
  eventsJson: string;
  clashesJson: string;
}

interface VersionRow {
  version: number;
  published_at: string;
  actor: string;
  source: string;
  reason: VersionReason;
  count: number;
  events_json: string;
  clashes_json: string;
}

const summary = (r: VersionRow): VersionSummary => ({
  version: r.version,
  publishedAt: r.published_at,
  actor: r.actor,
  source: r.source,
  reason: r.reason,
  count: r.count,
});

/** Published versions: the documents as served, and the snapshot of every live event's fields. */
export function versionsRepo(db: Db) {
  const latest = db.prepare<[], { v: number | null }>("SELECT MAX(version) AS v FROM versions");
  const one = db.prepare<[number], VersionRow>(
    "SELECT version, published_at, actor, source, reason, count, events_json, clashes_json FROM versions WHERE version = ?",
  );
  const list = db.prepare<[], VersionRow>(
    "SELECT version, published_at, actor, source, reason, count, '' AS events_json, '' AS clashes_json FROM versions ORDER BY version",
  );
  const snapshot = db.prepare<[number], { snapshot: string }>("SELECT snapshot FROM versions WHERE version = ?");
  const insert = db.prepare(
    `INSERT INTO versions (version, published_at, actor, source, reason, count, events_json, clashes_json, snapshot)
     VALUES (@version, @publishedAt, @actor, @source, @reason, @count, @eventsJson, @clashesJson, @snapshot)`,
  );

  return {
    /** 0 when nothing was ever published. */
    latest: (): number => latest.get()!.v ?? 0,
    get(version: number): StoredVersion | null {
      const row = one.get(version);
      return row ? { ...summary(row), eventsJson: row.events_json, clashesJson: row.clashes_json } : null;
    },
    list: (): VersionSummary[] => list.all().map(summary),
    /** Every live event's fields at that version, or null when the version does not exist. */
    snapshot(version: number): Map<string, Fields> | null {
      const row = snapshot.get(version);
      return row ? new Map(Object.entries(JSON.parse(row.snapshot) as Record<string, Fields>)) : null;
    },
    insert(v: StoredVersion & { snapshot: Map<string, Fields> }): void {
      insert.run({ ...v, snapshot: JSON.stringify(Object.fromEntries(v.snapshot)) });
    },
  };
}

export type VersionsRepo = ReturnType<typeof versionsRepo>;
