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
export function mergeFields(base: Fields | undefined, sheet: Fields, store: Fields, columns: readonly string[]): FieldMerge {
  const merged: Fields = { ...store };
  const applied: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const field of columns) {
    const yours = normalCell(sheet[field]);
    const theirs = normalCell(store[field]);
    if (yours === theirs) continue;
    const original = base ? normalCell(base[field]) : undefined;
    if (original !== undefined && sameCell(yours, original)) continue; // only the store changed: keep it
    if (original !== undefined && sameCell(theirs, original)) {
      merged[field] = yours; // only the sheet changed: apply it
      applied.push(field);
      continue;
    }
    conflicts.push({ field, base: original ?? null, yours, theirs });
  }
  return { merged, applied, conflicts };
}
