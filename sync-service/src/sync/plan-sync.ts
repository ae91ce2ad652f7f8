// SPEC 8 as a pure function: given the sheet, the store's events, the sheet's base snapshot
// and the ids the sheet held, decide every create, update, delete, conflict and the rows
// the sheet should now hold. No I/O: ids come from the `newId` the caller passes.
import type { ColumnMap } from "../mapping/rows/columns";
import type { SheetRow } from "../mapping/types";
import { fieldNames, isBlankRow, matchKey, rowFields, rowId, sameFields } from "./fields";
import { mergeFields } from "./merge-fields";
import type { Fields, SyncConflict } from "./sync-types";

export interface CurrentEvent {
  id: string;
  fields: Fields;
  deleted: boolean;
}

export interface PlanInput {
  columns: ColumnMap;
  rows: readonly SheetRow[];
  /** Every event in the store, tombstones included, in creation order. */
  events: readonly CurrentEvent[];
  /** Live events' fields at the sheet's base version (looked up lazily); null on a first sync. */
  base: BaseLookup | null;
  /** The ids the sheet held after its last sync. */
  heldIds: ReadonlySet<string>;
  newId: () => string;
}

export interface BaseLookup {
  get(id: string): Fields | undefined;
}

export interface PlannedRow {
  row: number;
  id: string;
  fields: Fields;
  origin: "sheet" | "store";
  conflictFields: string[];
}

export interface SyncPlan {
  /** The rows the sheet should now hold: its own, in order, then the ones others hold. */
  rows: PlannedRow[];
  creates: { id: string; fields: Fields }[];
  updates: { id: string; before: Fields; after: Fields }[];
  deletes: { id: string; before: Fields }[];
  conflicts: SyncConflict[];
  removed: { row: number; id: string }[];
}

export type PlanResult = { ok: true; plan: SyncPlan } | { ok: false; code: "unknown-id"; message: string };

const ROW = "(row)";

export function planSync(input: PlanInput): PlanResult {
  const { columns, base } = input;
  const names = fieldNames(columns);
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const unknown = input.rows
    .filter((r) => !isBlankRow(r.cells))
    .map((r) => ({ row: r.row, id: rowId(columns, r.cells) }))
    .filter((r): r is { row: number; id: string } => r.id !== null && !byId.has(r.id));
  if (unknown.length > 0) {
    const list = unknown.slice(0, 5).map((u) => `row ${u.row}: "${u.id}"`).join(", ");
    return {
      ok: false,
      code: "unknown-id",
      message:
        `${unknown.length} row(s) carry an ID the service never issued (${list}${unknown.length > 5 ? ", ..." : ""}). ` +
        `Clear the ID cell of a new row; the service fills it in.`,
    };
  }

  const plan: SyncPlan = { rows: [], creates: [], updates: [], deletes: [], conflicts: [], removed: [] };
  const claimed = new Set<string>();
  let byKey: Map<string, string> | null = null; // built at the first row without an id
  const matchByKey = (fields: Fields): string | undefined => {
    if (byKey === null) {
      byKey = new Map();
      for (const e of input.events) {
        const key = matchKey(e.fields);
        if (!e.deleted && !byKey.has(key)) byKey.set(key, e.id);
      }
    }
    return byKey.get(matchKey(fields));
  };
  let lastRow = 1;

  const conflict = (id: string, row: number, field: string, c: Omit<SyncConflict, "id" | "row" | "field" | "message">, message: string) =>
    plan.conflicts.push({ id, row, field, ...c, message });

  for (const sheetRow of input.rows) {
    lastRow = Math.max(lastRow, sheetRow.row);
    if (isBlankRow(sheetRow.cells)) continue;
    const fields = rowFields(columns, sheetRow.cells);
    let id = rowId(columns, sheetRow.cells);
    if (id !== null && claimed.has(id)) id = null; // a copied row: a new event, not a second claim on the first
    if (id === null) {
      const match = matchByKey(fields);
      if (match !== undefined && !claimed.has(match)) id = match;
    }
    if (id === null) {
      const created = input.newId();
      claimed.add(created);
      plan.creates.push({ id: created, fields });
      plan.rows.push({ row: sheetRow.row, id: created, fields, origin: "sheet", conflictFields: [] });
      continue;
    }
    claimed.add(id);
    const current = byId.get(id)!;
    if (current.deleted) {
      const seen = base?.get(id);
      // Deleted in the store: never revived by a sync. An edit made meanwhile is kept in the conflict log.
      plan.removed.push({ row: sheetRow.row, id });
      if (!seen || !sameFields(pick(seen, names), pick(fields, names))) {
        conflict(id, sheetRow.row, ROW, { base: null, yours: String(fields["Event"] ?? ""), theirs: null },
          "This event was deleted by someone else; your row is removed from the sheet. To keep it, add it again as a new row (blank ID).");
      }
      continue;
    }
    const merge = mergeFields(() => base?.get(id), fields, current.fields, names);
    if (merge.applied.length > 0) plan.updates.push({ id, before: current.fields, after: merge.merged });
    for (const c of merge.conflicts) {
      conflict(id, sheetRow.row, c.field, c,
        `"${c.field}" was changed here and by someone else since your last sync; the other value is kept in the sheet, yours is in this report.`);
    }
    plan.rows.push({ row: sheetRow.row, id, fields: merge.merged, origin: "sheet", conflictFields: merge.conflicts.map((c) => c.field) });
  }

  const appended: CurrentEvent[] = [];
  for (const event of input.events) {
    if (event.deleted || claimed.has(event.id)) continue;
    const seen = base?.get(event.id);
    if (base !== null && input.heldIds.has(event.id)) {
      if (seen && sameFields(seen, event.fields)) {
        plan.deletes.push({ id: event.id, before: event.fields }); // deleted in the sheet, untouched elsewhere
        continue;
      }
      conflict(event.id, lastRow + appended.length + 1, ROW, { base: null, yours: null, theirs: String(event.fields["Event"] ?? "") },
        "You deleted this row, but someone else changed the event since your last sync; it is kept and added back at the end.");
    }
    appended.push(event);
  }
  for (const event of appended) {
    const conflicted = plan.conflicts.some((c) => c.id === event.id);
    plan.rows.push({ row: ++lastRow, id: event.id, fields: event.fields, origin: "store", conflictFields: conflicted ? [ROW] : [] });
  }
  return { ok: true, plan };
}

function pick(fields: Fields, names: readonly string[]): Fields {
  return Object.fromEntries(names.map((n) => [n, fields[n] ?? null]));
}
