// A sheet row as Fields (column name → cell) and back: the unit the merge compares.
import type { ColumnMap } from "../mapping/rows/columns";
import type { Cell } from "../mapping/types";
import type { Fields } from "./sync-types";

/** Blank cells are null, text is trimmed: so "Geneva " and "Geneva" are not an edit. */
export function normalCell(cell: Cell | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string") {
    const text = cell.trim();
    return text === "" ? null : text;
  }
  return cell;
}

export const sameCell = (a: Cell | undefined, b: Cell | undefined): boolean => normalCell(a) === normalCell(b);

/** The column names a sheet carries besides ID, in header order. */
export function fieldNames(columns: ColumnMap): string[] {
  const idIndex = columns.fields.id;
  return columns.names.filter((_, index) => index !== idIndex);
}

/** The row's cells as Fields (every column but ID). */
export function rowFields(columns: ColumnMap, cells: readonly Cell[]): Fields {
  const fields: Fields = {};
  columns.names.forEach((name, index) => {
    if (index !== columns.fields.id) fields[name] = normalCell(cells[index]);
  });
  return fields;
}

export function rowId(columns: ColumnMap, cells: readonly Cell[]): string | null {
  const index = columns.fields.id;
  if (index === undefined) return null;
  const id = normalCell(cells[index]);
  return id === null ? null : String(id);
}

export const isBlankRow = (cells: readonly Cell[]): boolean => cells.every((c) => normalCell(c) === null);

/** Cells in the sheet's header order: the ID column gets the id, other columns their field. */
export function fieldsToCells(columns: ColumnMap, id: string, fields: Fields): Cell[] {
  return columns.names.map((name, index) => (index === columns.fields.id ? id : (fields[name] ?? null)));
}

export function sameFields(a: Fields, b: Fields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameCell(a[key], b[key])) return false;
  return true;
}

const keyText = (cell: Cell | undefined): string =>
  String(normalCell(cell) ?? "")
    .toLowerCase()
    .replace(/\s+/g, " ");

/** Rows without an id that match an event on this key are that event (SPEC 8: re-imports don't duplicate). */
export const matchKey = (fields: Fields): string =>
  [keyText(fields["Event"]), keyText(fields["Month/year"]), keyText(fields["Location"])].join("\u0000");
