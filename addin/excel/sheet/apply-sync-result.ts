// Writes a sync's answer into the table (sheet/write-back-plan.ts decides what), but only if the
// table still holds exactly what was sent: edits typed while the sync ran are never overwritten.
import { matchColumns } from "../../../sync-service/src/mapping/rows/columns";
import type { SyncResponse } from "../../../sync-service/src/sync/sync-types";
import { readTable } from "./read-table";
import { cellAddress, bodyIndexOf, type TableSnapshot } from "./table-snapshot";
import { planWriteBack } from "./write-back-plan";

export type WriteBackOutcome =
  | { ok: true; written: number; appended: number; removed: number }
  | { ok: false; message: string };

/** Adds an ID column at the table's start when it has none, so the ids sync hands out have a home. */
export async function ensureIdColumn(context: Excel.RequestContext, table: Excel.Table): Promise<boolean> {
  const header = table.getHeaderRowRange().load("values");
  await context.sync();
  const match = matchColumns((header.values[0] ?? []).map(String));
  if (!match.ok || match.columns.fields.id !== undefined) return false;
  table.columns.add(0, undefined, "ID");
  await context.sync();
  return true;
}

const sameTable = (a: TableSnapshot, b: TableSnapshot): boolean =>
  a.top === b.top && a.left === b.left && JSON.stringify(a.header) === JSON.stringify(b.header) && JSON.stringify(a.body) === JSON.stringify(b.body);

export async function applySyncResult(context: Excel.RequestContext, table: Excel.Table, sent: TableSnapshot, response: SyncResponse): Promise<WriteBackOutcome> {
  const now = await readTable(context, table);
  if (!sameTable(now, sent)) {
    return {
      ok: false,
      message:
        "The table was edited while the sync ran, so the service's answer was not written into it (your edits are kept). " +
        "The service did receive the sync; press Sync again to bring the table up to date.",
    };
  }
  const planned = planWriteBack(sent, response);
  if (!planned.ok) return planned;
  const { writes, append, remove } = planned.plan;
  const worksheet = context.workbook.worksheets.getItem(sent.worksheet);
  for (const w of writes) worksheet.getRange(cellAddress(sent, w.row, w.column)).values = [[w.value ?? ""]];
  for (const row of remove) table.rows.getItemAt(bodyIndexOf(sent, row)).delete();
  if (append.length > 0) table.rows.add(undefined, append.map((cells) => cells.map((c) => c ?? "")));
  await context.sync();
  return { ok: true, written: writes.length, appended: append.length, removed: remove.length };
}
