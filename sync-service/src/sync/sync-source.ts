// One sync (SPEC 8) over the store, as a single transaction: better-sqlite3 is synchronous,
// so two syncs arriving together are serialised and the second merges against the first.
import { matchColumns, type ColumnMap } from "../mapping/rows/columns";
import type { MappingEvent, ValidationIssue } from "../mapping/types";
import { publishVersion } from "../publish/publish-version";
import type { StoredEvent } from "../store/events-repo";
import { sourceKey } from "../store/sources-repo";
import type { Store } from "../store/store";
import { checkPlannedRows, ParsedRowCache } from "./check-planned-rows";
import { fieldsToCells } from "./fields";
import { newEventId } from "./new-event-id";
import { planSync, type BaseLookup, type PlannedRow, type SyncPlan } from "./plan-sync";
import { nextPublished } from "./published-event";
import { checkSyncLimits } from "./sync-limits";
import type { CanonicalRow, SyncRequest, SyncResponse } from "./sync-types";

export type SyncErrorCode = "no-event-column" | "unknown-id" | "unknown-version" | "too-many-rows" | "too-many-columns" | "cell-too-large";

export type SyncOutcome =
  | { ok: true; response: SyncResponse }
  | { ok: false; code: SyncErrorCode; message: string };

export interface SyncOptions {
  /** Validate only: run the whole merge and check, then roll everything back. */
  dryRun?: boolean;
  newId?: () => string;
}

class DryRun extends Error {
  constructor(readonly outcome: SyncOutcome) {
    super("dry run");
  }
}

/**
 * Merges one sheet into the store, publishes a new version when anything changed, and answers
 * with the rows the sheet should now hold. `actor` is who (the token's name); `now` an ISO instant.
 */
export function syncSource(store: Store, request: SyncRequest, actor: string, now: string, opts: SyncOptions = {}): SyncOutcome {
  const limit = checkSyncLimits(request);
  if (limit) return { ok: false, ...limit };
  const match = matchColumns(request.header);
  if (!match.ok) return { ok: false, code: "no-event-column", message: match.message };
  try {
    return store.transaction(() => {
      const outcome = syncInTransaction(store, request, match.columns, actor, now, opts.newId ?? newEventId, opts.dryRun === true);
      if (opts.dryRun) throw new DryRun(outcome);
      return outcome;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.outcome;
    throw err;
  }
}

function syncInTransaction(
  store: Store,
  request: SyncRequest,
  columns: ColumnMap,
  actor: string,
  now: string,
  makeId: () => string,
  dryRun: boolean,
): SyncOutcome {
  const events = store.events.all();
  const latest = store.versions.latest();
  let base: BaseLookup | null = null;
  const baseVersion = request.baseVersion;
  if (baseVersion !== null) {
    if (baseVersion > latest || (baseVersion > 0 && !store.versions.exists(baseVersion))) {
      return {
        ok: false,
        code: "unknown-version",
        message: `baseVersion ${baseVersion} does not exist (the latest version is ${latest}). Send the version this sheet last received, or null to sync it as new.`,
      };
    }
    base = { get: (id) => store.events.fieldsAt(id, baseVersion) };
  }
  const key = sourceKey(request.source);
  const source = store.sources.get(key);
  const taken = new Set(events.map((e) => e.id));
  const newId = () => {
    let id = makeId();
    while (taken.has(id)) id = makeId(); // ids are never reused, tombstones included
    taken.add(id);
    return id;
  };
  const planned = planSync({ columns, rows: request.rows, events, base, heldIds: new Set(source?.rowIds ?? []), newId });
  if (!planned.ok) return planned;
  const plan = planned.plan;

  const report = checkPlannedRows(plan.rows, {
    today: now.slice(0, 10),
    acknowledgements: store.acknowledgements.all(),
    cache: cacheFor(store),
  });
  const errorRows = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.row));
  const checkedByRow = new Map<number, MappingEvent>(report.events.map((e) => [e.row, e]));

  const next = applyPlan(events, plan, store.events.nextSeq(), now);
  const changed = { created: plan.creates.length, updated: plan.updates.length, deleted: plan.deletes.length };
  let publishedChanged = false;
  for (const row of plan.rows) {
    const event = next.get(row.id)!;
    const published = nextPublished(event.published, checkedByRow.get(row.row) ?? null, errorRows.has(row.row), row.id, event.revision, now);
    if (published !== event.published) {
      event.published = published;
      publishedChanged = true;
    }
  }
  const anyChange = changed.created + changed.updated + changed.deleted > 0 || publishedChanged;
  const version = anyChange ? latest + 1 : latest;

  if (!dryRun) {
    const touched = new Set([...plan.creates, ...plan.updates, ...plan.deletes].map((c) => c.id));
    const previous = new Map(events.map((e) => [e.id, e]));
    for (const event of next.values()) {
      if (touched.has(event.id) || previous.get(event.id)?.published !== event.published) store.events.save(event);
    }
    const revision = (id: string, kind: "create" | "update" | "delete", before: StoredEvent["fields"] | null, after: StoredEvent["fields"] | null) =>
      store.events.addRevision({ eventId: id, revision: next.get(id)!.revision, version, at: now, actor, source: key, kind, before, after });
    for (const c of plan.creates) revision(c.id, "create", null, c.fields);
    for (const u of plan.updates) revision(u.id, "update", u.before, u.after);
    for (const d of plan.deletes) revision(d.id, "delete", d.before, null);
    for (const c of plan.conflicts) {
      store.conflicts.log({ at: now, actor, source: key, eventId: c.id, field: c.field, base: c.base, yours: c.yours, theirs: c.theirs });
    }
    if (anyChange) {
      publishVersion(store, [...next.values()], store.acknowledgements.all(), { version, now, actor, source: key, reason: "sync" });
    }
    store.sources.save({
      key,
      ...request.source,
      lastVersion: version,
      rowIds: plan.rows.map((r) => r.id),
      lastSyncAt: now,
      lastActor: actor,
    });
  }

  return {
    ok: true,
    response: {
      version,
      published: anyChange && !dryRun,
      rows: plan.rows.map((r) => canonicalRow(r, columns, errorRows)),
      removed: plan.removed,
      issues: withIds(report.issues, plan.rows),
      clashes: report.clashes,
      conflicts: plan.conflicts,
      changes: changed,
    },
  };
}

/** The store's events after the plan, in creation order (tombstones included). */
function applyPlan(events: readonly StoredEvent[], plan: SyncPlan, firstSeq: number, now: string): Map<string, StoredEvent> {
  const next = new Map(events.map((e) => [e.id, { ...e }]));
  let seq = firstSeq;
  for (const c of plan.creates) {
    next.set(c.id, { id: c.id, seq: seq++, fields: c.fields, published: null, deleted: false, revision: 1, updatedAt: now });
  }
  for (const u of plan.updates) Object.assign(next.get(u.id)!, { fields: u.after, revision: next.get(u.id)!.revision + 1, updatedAt: now });
  for (const d of plan.deletes) Object.assign(next.get(d.id)!, { deleted: true, revision: next.get(d.id)!.revision + 1, updatedAt: now });
  return next;
}

const caches = new WeakMap<Store, ParsedRowCache>();

function cacheFor(store: Store): ParsedRowCache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new ParsedRowCache()));
  return cache;
}

function canonicalRow(r: PlannedRow, columns: ColumnMap, errorRows: ReadonlySet<number>): CanonicalRow {
  return {
    row: r.row,
    id: r.id,
    cells: fieldsToCells(columns, r.id, r.fields),
    status: r.conflictFields.length > 0 ? "conflict" : errorRows.has(r.row) ? "error" : "ok",
    conflictFields: r.conflictFields,
    origin: r.origin,
  };
}

function withIds(issues: readonly ValidationIssue[], rows: readonly PlannedRow[]): ValidationIssue[] {
  const idByRow = new Map(rows.map((r) => [r.row, r.id]));
  return issues.map((i) => ({ ...i, id: i.id ?? idByRow.get(i.row) ?? null }));
}
