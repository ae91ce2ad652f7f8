import type { Cell } from "../mapping/types";
import { normalCell, sameCell } from "./fields";
import type { Fields } from "./sync-types";

export interface FieldConflict {
  field: string;
  base: Cell;
  yours: Cell;
  theirs: Cell;
}

export interface FieldMerge {
  /** The store's fields with the sheet's non-conflicting edits applied. */
  merged: Fields;
  /** Fields the sheet changed that were applied. */
  applied: string[];
  conflicts: FieldConflict[];
}

/**
 * Three-way merge of one row, field by field, over the columns the sheet carries
 * (a column the sheet lacks says nothing about that field). With no base (the sheet never
 * saw this event), any difference is a conflict: there is no telling who changed what.
 */
export function mergeFields(
  base: Fields | undefined | (() => Fields | undefined),
  sheet: Fields,
  store: Fields,
  columns: readonly string[],
): FieldMerge {
  let baseFields: Fields | undefined;
  let looked = false;
  const original = (field: string): Cell | undefined => {
    if (!looked) {
      baseFields = typeof base === "function" ? base() : base; // looked up only when a field differs
      looked = true;
    }
    return baseFields ? normalCell(baseFields[field]) : undefined;
  };
  const merged: Fields = { ...store };
  const applied: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const field of columns) {
    const yours = normalCell(sheet[field]);
    const theirs = normalCell(store[field]);
    if (yours === theirs) continue;
    const before = original(field);
    if (before !== undefined && sameCell(yours, before)) continue; // only the store changed: keep it
    if (before !== undefined && sameCell(theirs, before)) {
      merged[field] = yours; // only the sheet changed: apply it
      applied.push(field);
      continue;
    }
    conflicts.push({ field, base: before ?? null, yours, theirs });
  }
  return { merged, applied, conflicts };
}
