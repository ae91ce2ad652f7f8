// What a sync's answer means for the sheet, as the smallest set of cell writes: ids for new rows,
// other people's edits, rows added or deleted elsewhere, the status column, notes on bad cells.
// Pure: the connector turns it into one batchUpdate, the Apps Script add-on into Range calls.
import { cellText } from "../mapping/rows/cell-text";
import type { ValidationIssue } from "../mapping/types";
import type { CanonicalRow, SyncConflict, SyncResponse } from "../sync/sync-types";
import { WantedCells } from "./cell-diff";
import { issueNoteLine, versionNote } from "./our-notes";
import { columnNamed, type SheetLayout } from "./sheet-layout";
import { snapshotRow, type CellWrite, type SheetSnapshot } from "./sheet-snapshot";

export function statusText(row: CanonicalRow, issues: ValidationIssue[]): string {
  if (row.status === "conflict") return `conflict: ${row.conflictFields.join(", ") || "row"}`;
  if (row.status === "error") {
    const errors = issues.filter((i) => i.severity === "error");
    const first = errors[0]?.message ?? "this row has an error";
    return errors.length > 1 ? `error: ${first} (+${errors.length - 1} more)` : `error: ${first}`;
  }
  return "ok";
}

function conflictNote(c: SyncConflict): string {
  return c.message || `Conflict: your "${cellText(c.yours)}" was not applied; the mapping keeps "${cellText(c.theirs)}".`;
}

/** Where each row of the answer goes in the snapshot (0-based): its own row, or appended. */
export interface RowPlacement {
  byId: Map<string, number>;
  byNumber: Map<number, number>;
}

export function placeRows(snapshot: SheetSnapshot, response: Pick<SyncResponse, "rows">): RowPlacement {
  // Rows added elsewhere go below the last row that holds anything, in the answer's order.
  let lastUsed = 0;
  snapshot.values.forEach((cells, r) => {
    if (cells.some((c) => cellText(c) !== "")) lastUsed = r;
  });
  const placed: RowPlacement = { byId: new Map(), byNumber: new Map() };
  for (const row of response.rows) {
    const r = row.origin === "sheet" ? snapshotRow(snapshot, row.row) : ++lastUsed;
    placed.byId.set(row.id, r);
    placed.byNumber.set(row.row, r);
  }
  return placed;
}

/** The snapshot row an issue or conflict of the answer is about (by id first, then row number). */
export function rowOfIssue(placed: RowPlacement, about: { id: string | null; row: number }): number | undefined {
  return (about.id !== null ? placed.byId.get(about.id) : undefined) ?? placed.byNumber.get(about.row);
}

export function planWriteBack(snapshot: SheetSnapshot, layout: SheetLayout, response: SyncResponse): CellWrite[] {
  const wanted = new WantedCells();
  const want = (row: number, column: number) => wanted.at(row, column);
  const columnOf = (name: string) => columnNamed(layout, name);

  const placed = placeRows(snapshot, response);
  for (const row of response.rows) {
    const r = placed.byId.get(row.id)!;
    layout.columns.forEach((column, j) => (want(r, column).value = row.cells[j] ?? null));
  }
  for (const removed of response.removed) {
    const r = snapshotRow(snapshot, removed.row);
    for (const column of [...layout.columns, layout.statusColumn]) want(r, column).value = null;
  }

  const issuesByRow = new Map<number, ValidationIssue[]>();
  for (const issue of response.issues) {
    const r = rowOfIssue(placed, issue);
    if (r === undefined) continue;
    issuesByRow.set(r, [...(issuesByRow.get(r) ?? []), issue]);
    const column = columnOf(issue.column) ?? layout.statusColumn;
    want(r, column).notes.push(issueNoteLine(issue));
  }
  for (const conflict of response.conflicts) {
    const r = rowOfIssue(placed, conflict);
    if (r === undefined) continue;
    want(r, columnOf(conflict.field) ?? layout.statusColumn).notes.push(conflictNote(conflict));
  }
  for (const row of response.rows) {
    const r = placed.byId.get(row.id)!;
    want(r, layout.statusColumn).value = statusText(row, issuesByRow.get(r) ?? []);
  }
  for (const h of layout.newHeaders) want(0, h.column).value = h.text;
  want(0, layout.statusColumn).exactNote = versionNote(response.version);
  return wanted.diff(snapshot);
}
