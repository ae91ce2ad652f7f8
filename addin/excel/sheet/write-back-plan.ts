// What a sync's answer changes in the table, as the fewest writes: new ids, canonical values and
// other people's edits on rows this sheet sent, rows others added (appended), rows deleted
// elsewhere (removed). Rows whose cells already match are not touched. Pure.
import { matchColumns } from "../../../sync-service/src/mapping/rows/columns";
import type { Cell } from "../../../sync-service/src/mapping/types";
import { sameCell } from "../../../sync-service/src/sync/fields";
import type { SyncResponse } from "../../../sync-service/src/sync/sync-types";
import { bodyIndexOf, toCell, type TableSnapshot } from "./table-snapshot";

export interface CellWrite {
  /** Worksheet row number and table column index. */
  row: number;
  column: number;
  value: Cell;
}

export interface WriteBackPlan {
  writes: CellWrite[];
  /** Rows added by other sources, cells in the table's column order. */
  append: Cell[][];
  /** Worksheet row numbers to delete, bottom first so the numbers above stay right. */
  remove: number[];
}

export type WriteBackResult = { ok: true; plan: WriteBackPlan } | { ok: false; message: string };

/** `sent` is the table as it was sent; the answer's cells are in its header order. */
export function planWriteBack(sent: TableSnapshot, response: SyncResponse): WriteBackResult {
  const match = matchColumns(sent.header);
  if (!match.ok) return { ok: false, message: match.message };
  const idColumn = match.columns.fields.id;
  const width = sent.header.length;
  const writes: CellWrite[] = [];
  const append: Cell[][] = [];

  for (const row of response.rows) {
    const cells = Array.from({ length: width }, (_, j) => row.cells[j] ?? null);
    if (row.origin === "store") {
      append.push(cells);
      continue;
    }
    const index = bodyIndexOf(sent, row.row);
    if (index < 0) return { ok: false, message: `The service answered about row ${row.row}, which is not in the table. Nothing was written; sync again.` };
    cells.forEach((value, column) => {
      if (!sameCell(toCell(sent.body[index][column]), value)) writes.push({ row: row.row, column, value });
    });
  }

  const remove = response.removed
    .filter((r) => {
      const index = bodyIndexOf(sent, r.row);
      return index >= 0 && (idColumn === undefined || String(sent.body[index][idColumn] ?? "").trim() === r.id);
    })
    .map((r) => r.row)
    .sort((a, b) => b - a);

  return { ok: true, plan: { writes, append, remove } };
}
