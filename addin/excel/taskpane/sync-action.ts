// Sync: send the table (SPEC 8), write back the answer, re-mark, remember the version.
import type { SyncResponse } from "../../../sync-service/src/sync/sync-types";
import type { MappingReport } from "../../../sync-service/src/mapping/types";
import { applySyncResult, ensureIdColumn } from "../sheet/apply-sync-result";
import type { NoteKind } from "../sheet/cell-notes";
import { findMappingTable } from "../sheet/mapping-table";
import { readTable } from "../sheet/read-table";
import { toSheetInput, type TableSnapshot } from "../sheet/table-snapshot";
import { postSync, type ServiceTarget } from "../service-client/service-client";
import type { FailureKind } from "../service-client/describe-failure";
import { markTable } from "./validate-action";

export interface SyncSource {
  id: string;
  baseVersion: number | null;
}

export type SyncOutcome =
  | {
      ok: true;
      response: SyncResponse;
      table: TableSnapshot;
      report: MappingReport;
      written: number;
      appended: number;
      removed: number;
      addedIdColumn: boolean;
      /** Set when the answer could not be written into the table (it was edited meanwhile). */
      writeBackProblem: string | null;
    }
  | { ok: false; kind: FailureKind | "no-table"; message: string };

export async function syncWorkbook(target: ServiceTarget, source: SyncSource, noteKind: NoteKind, onProgress: (text: string) => void): Promise<SyncOutcome> {
  const prepared = await Excel.run(async (context) => {
    const found = await findMappingTable(context);
    if (!found.ok) return found;
    const addedIdColumn = await ensureIdColumn(context, found.table);
    const workbook = context.workbook.load("name");
    const table = await readTable(context, found.table);
    return { ok: true as const, table, addedIdColumn, workbookName: workbook.name || "Excel workbook" };
  });
  if (!prepared.ok) return { ok: false, kind: "no-table", message: prepared.message };

  const sheet = toSheetInput(prepared.table);
  const rows = sheet.rows.filter((r) => r.cells.some((c) => c !== null));
  onProgress(`Sending ${rows.length} rows to the service…`);
  const answer = await postSync(target, {
    source: { kind: "excel", id: source.id, name: prepared.workbookName },
    baseVersion: source.baseVersion,
    header: sheet.header,
    rows,
  });
  if (!answer.ok) return { ok: false, kind: answer.kind, message: answer.message };

  onProgress("Writing the service's answer into the table…");
  return Excel.run(async (context) => {
    const found = await findMappingTable(context);
    if (!found.ok) return { ok: false as const, kind: "no-table" as const, message: found.message };
    const written = await applySyncResult(context, found.table, prepared.table, answer.value);
    const marked = await markTable(context, found.table, noteKind, written.ok ? answer.value.conflicts : []);
    return {
      ok: true as const,
      response: answer.value,
      table: marked.table,
      report: marked.report,
      written: written.ok ? written.written : 0,
      appended: written.ok ? written.appended : 0,
      removed: written.ok ? written.removed : 0,
      addedIdColumn: prepared.addedIdColumn,
      writeBackProblem: written.ok ? null : written.message,
    };
  });
}
