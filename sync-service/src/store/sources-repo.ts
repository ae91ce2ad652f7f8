import type { SourceRef } from "../sync/sync-types";
import type { Db } from "./open-database";

export interface StoredSource extends SourceRef {
  key: string;
  lastVersion: number | null;
  /** The ids the sheet held after its last sync: the ground for detecting rows deleted in the sheet. */
  rowIds: string[];
  lastSyncAt: string | null;
  lastActor: string | null;
}

interface SourceRow {
  key: string;
  kind: SourceRef["kind"];
  source_id: string;
  name: string;
  last_version: number | null;
  row_ids: string;
  last_sync_at: string | null;
  last_actor: string | null;
}

export const sourceKey = (source: Pick<SourceRef, "kind" | "id">): string => `${source.kind}:${source.id}`;

const toSource = (r: SourceRow): StoredSource => ({
  key: r.key,
  kind: r.kind,
  id: r.source_id,
  name: r.name,
  lastVersion: r.last_version,
  rowIds: JSON.parse(r.row_ids) as string[],
  lastSyncAt: r.last_sync_at,
  lastActor: r.last_actor,
});

/** The spreadsheets that sync: what each last received. */
export function sourcesRepo(db: Db) {
  const one = db.prepare<[string], SourceRow>("SELECT * FROM sources WHERE key = ?");
  const all = db.prepare<[], SourceRow>("SELECT * FROM sources ORDER BY key");
  const upsert = db.prepare(
    `INSERT INTO sources (key, kind, source_id, name, last_version, row_ids, last_sync_at, last_actor)
     VALUES (@key, @kind, @id, @name, @lastVersion, @rowIds, @lastSyncAt, @lastActor)
     ON CONFLICT (key) DO UPDATE SET name = excluded.name, last_version = excluded.last_version,
       row_ids = excluded.row_ids, last_sync_at = excluded.last_sync_at, last_actor = excluded.last_actor`,
  );
  return {
    get(key: string): StoredSource | null {
      const row = one.get(key);
      return row ? toSource(row) : null;
    },
    list: (): StoredSource[] => all.all().map(toSource),
    save(s: StoredSource): void {
      upsert.run({ ...s, rowIds: JSON.stringify(s.rowIds) });
    },
  };
}

export type SourcesRepo = ReturnType<typeof sourcesRepo>;
