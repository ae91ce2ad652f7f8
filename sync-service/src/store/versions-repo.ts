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

/** Published versions: the documents as served. */
export function versionsRepo(db: Db) {
  const latest = db.prepare<[], { v: number | null }>("SELECT MAX(version) AS v FROM versions");
  const one = db.prepare<[number], VersionRow>(
    "SELECT version, published_at, actor, source, reason, count, events_json, clashes_json FROM versions WHERE version = ?",
  );
  const list = db.prepare<[], VersionRow>(
    "SELECT version, published_at, actor, source, reason, count, '' AS events_json, '' AS clashes_json FROM versions ORDER BY version",
  );
  const exists = db.prepare<[number], { version: number }>("SELECT version FROM versions WHERE version = ?");
  const insert = db.prepare(
    `INSERT INTO versions (version, published_at, actor, source, reason, count, events_json, clashes_json)
     VALUES (@version, @publishedAt, @actor, @source, @reason, @count, @eventsJson, @clashesJson)`,
  );

  return {
    /** 0 when nothing was ever published. */
    latest: (): number => latest.get()!.v ?? 0,
    get(version: number): StoredVersion | null {
      const row = one.get(version);
      return row ? { ...summary(row), eventsJson: row.events_json, clashesJson: row.clashes_json } : null;
    },
    list: (): VersionSummary[] => list.all().map(summary),
    exists: (version: number): boolean => exists.get(version) !== undefined,
    insert(v: StoredVersion): void {
      insert.run(v);
    },
  };
}

export type VersionsRepo = ReturnType<typeof versionsRepo>;
