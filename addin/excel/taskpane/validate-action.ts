// Validate: the same core as the service (checkMapping), run locally on the table; marks redone.
import { checkMapping } from "../../../sync-service/src/mapping/check";
import type { MappingReport } from "../../../sync-service/src/mapping/types";
import type { SyncConflict } from "../../../sync-service/src/sync/sync-types";
import { applyMarks, clearMarks } from "../sheet/apply-marks";
import type { NoteKind } from "../sheet/cell-notes";
import { planMarks } from "../sheet/mark-plan";
import { findMappingTable } from "../sheet/mapping-table";
import { readTable } from "../sheet/read-table";
import { toSheetInput, type TableSnapshot } from "../sheet/table-snapshot";

export type ValidateOutcome =
  | { ok: true; table: TableSnapshot; report: MappingReport; marked: number; created: string | null }
  | { ok: false; message: string };

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Clears our previous marks, then marks the table's issues (and any sync conflicts given). */
export async function markTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  noteKind: NoteKind,
  conflicts: SyncConflict[] = [],
): Promise<{ table: TableSnapshot; report: MappingReport; marked: number }> {
  const snapshot = await readTable(context, table);
  const report = checkMapping(toSheetInput(snapshot), { today: today() });
  const marks = planMarks(snapshot, report.issues, conflicts);
  await clearMarks(context);
  await applyMarks(context, snapshot, marks, noteKind);
  return { table: snapshot, report, marked: marks.length };
}

export function validateWorkbook(noteKind: NoteKind): Promise<ValidateOutcome> {
  return Excel.run(async (context) => {
    const found = await findMappingTable(context);
    if (!found.ok) return found;
    const marked = await markTable(context, found.table, noteKind);
    return { ok: true as const, ...marked, created: found.created };
  });
}
