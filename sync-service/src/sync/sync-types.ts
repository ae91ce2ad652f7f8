// The sync contract (SPEC 8) shared by the HTTP API, the Excel task pane, the Apps Script
// add-on and the Google Sheets connector. Request and response are plain JSON.
import type { Cell, Clash, SheetRow, ValidationIssue } from "../mapping/types";

export type SourceKind = "excel" | "gsheets" | "api";

export interface SourceRef {
  kind: SourceKind;
  /** Stable id of the workbook / spreadsheet (unique per kind). */
  id: string;
  /** What people call it ("Secretariat mapping.xlsx"). */
  name: string;
}

export interface SyncRequest {
  source: SourceRef;
  /** The version this sheet last received from the service; null on its first sync. */
  baseVersion: number | null;
  header: string[];
  rows: SheetRow[];
}

/** An event's fields as staff typed them: column name (canonical for ours, header text otherwise) → cell. ID excluded. */
export type Fields = Record<string, Cell>;

export type RowStatus = "ok" | "error" | "conflict";

/** One row the sheet should now hold, cells in the request header's order. */
export interface CanonicalRow {
  /** The row number this row had in the request; for rows added by others, the number it should get. */
  row: number;
  id: string;
  cells: Cell[];
  status: RowStatus;
  /** Column names whose edit conflicted (empty unless status is "conflict"). */
  conflictFields: string[];
  /** "sheet": the row came from this sheet; "store": added or kept by others, append it. */
  origin: "sheet" | "store";
}

/**
 * The same field changed on both sides since the sheet's base version: the store keeps
 * its value (`theirs`, now in the row's cells) and the sheet's edit is kept here (`yours`),
 * also recorded in the store's conflict log. `field` "(row)" means the sheet deleted a row
 * someone else edited, or edited a row someone else deleted.
 */
export interface SyncConflict {
  id: string;
  row: number;
  field: string;
  base: Cell;
  yours: Cell;
  theirs: Cell;
  message: string;
}

export interface SyncResponse {
  /** The store's version after this sync (unchanged when the sync changed nothing). */
  version: number;
  /** True when this sync published a new version of the feed. */
  published: boolean;
  rows: CanonicalRow[];
  /** Rows of this sheet whose events were deleted (by this sheet or by others): remove them. */
  removed: { row: number; id: string }[];
  issues: ValidationIssue[];
  clashes: Clash[];
  conflicts: SyncConflict[];
  /** Counts of what this sync did to the store. */
  changes: { created: number; updated: number; deleted: number };
}
