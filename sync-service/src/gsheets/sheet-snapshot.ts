// What the connector and the Apps Script add-on know about a sheet before they write to it.
import type { Cell } from "../mapping/types";

export interface SheetSnapshot {
  /** 0-based sheet row and column of `values[0][0]` (the header's first cell). */
  startRow: number;
  startColumn: number;
  /** Columns the range may use, counted from startColumn; null when it runs to the sheet's edge. */
  width: number | null;
  /** Row 0 is the header; rows may be ragged (trailing blanks trimmed). */
  values: Cell[][];
  /** Cell notes in the same layout; missing or "" means no note. */
  notes: (string | null | undefined)[][];
}

/** A cell to change, in snapshot coordinates (row 0 = header). Only the parts given change. */
export interface CellWrite {
  row: number;
  column: number;
  value?: Cell;
  /** A note to set, or null to remove one. */
  note?: string | null;
}

export function valueAt(snapshot: SheetSnapshot, row: number, column: number): Cell {
  return snapshot.values[row]?.[column] ?? null;
}

export function noteAt(snapshot: SheetSnapshot, row: number, column: number): string {
  return snapshot.notes[row]?.[column] ?? "";
}

/** The sheet row number a person sees for a snapshot row. */
export function personRow(snapshot: SheetSnapshot, row: number): number {
  return snapshot.startRow + row + 1;
}

export function snapshotRow(snapshot: SheetSnapshot, personRowNumber: number): number {
  return personRowNumber - snapshot.startRow - 1;
}
