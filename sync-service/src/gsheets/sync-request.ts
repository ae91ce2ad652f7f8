// The sheet as the service's sync takes it (SPEC 8): its mapping columns, its non-blank rows.
import { isBlank } from "../mapping/rows/cell-text";
import type { SheetRow } from "../mapping/types";
import type { SourceRef, SyncRequest } from "../sync/sync-types";
import type { SheetLayout } from "./sheet-layout";
import { personRow, valueAt, type SheetSnapshot } from "./sheet-snapshot";

export function buildSyncRequest(snapshot: SheetSnapshot, layout: SheetLayout, source: SourceRef): SyncRequest {
  const rows: SheetRow[] = [];
  for (let r = 1; r < snapshot.values.length; r++) {
    const cells = layout.columns.map((c) => valueAt(snapshot, r, c));
    if (cells.every((c) => isBlank(c))) continue;
    rows.push({ row: personRow(snapshot, r), cells });
  }
  return { source, baseVersion: layout.baseVersion, header: layout.header, rows };
}
