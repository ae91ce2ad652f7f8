import type { SheetInput } from "../types";
import { isBlank } from "./cell-text";
import { matchColumns, type ColumnMap } from "./columns";
import type { ParsedRow } from "./parsed-row";
import { rowToEvent, type RowOptions } from "./row-to-event";

export type ReadRowsResult = { ok: true; columns: ColumnMap; rows: ParsedRow[] } | { ok: false; message: string };

/** A whole sheet → parsed rows: header matched, rows whose cells are all blank skipped. */
export function readRows(sheet: SheetInput, opts: RowOptions = {}): ReadRowsResult {
  const match = matchColumns(sheet.header);
  if (!match.ok) return match;
  const rows = sheet.rows
    .filter((r) => !r.cells.every((cell) => isBlank(cell)))
    .map((r) => rowToEvent(r, match.columns, opts));
  return { ok: true, columns: match.columns, rows };
}
