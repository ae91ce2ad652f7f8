// The mapping table as read from Excel, and how its cells are numbered: rows as the worksheet
// shows them (1-based), columns by their index in the table.
import type { Cell, SheetInput } from "../../../sync-service/src/mapping/types";

export type ExcelValue = string | number | boolean;

export interface TableSnapshot {
  worksheet: string;
  table: string;
  /** 0-based worksheet row of the header row and column of the table's first column. */
  top: number;
  left: number;
  header: string[];
  /** Body values as Excel hands them over, one array per table row. */
  body: ExcelValue[][];
}

/** The worksheet row number (as a person sees it) of body row `index`. */
export const bodyRowNumber = (t: TableSnapshot, index: number): number => t.top + 2 + index;

/** The body index of a worksheet row number, or -1 when the row is not in the table body. */
export function bodyIndexOf(t: TableSnapshot, rowNumber: number): number {
  const index = rowNumber - t.top - 2;
  return index >= 0 && index < t.body.length ? index : -1;
}

/** `A`, `B`, ..., `Z`, `AA`, ... for a 0-based worksheet column. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 address of a cell given by worksheet row number and table column index. */
export const cellAddress = (t: TableSnapshot, rowNumber: number, column: number): string =>
  `${columnLetters(t.left + column)}${rowNumber}`;

/** Empty cells are blank (null) for the core; numbers stay numbers (Excel date serials). */
export const toCell = (value: ExcelValue | null | undefined): Cell =>
  value === undefined || value === null || value === "" ? null : value;

/** What the core and the service read: the header and every body row with its row number. */
export function toSheetInput(t: TableSnapshot): SheetInput {
  return {
    header: t.header.map((h) => String(h ?? "")),
    rows: t.body.map((cells, i) => ({ row: bodyRowNumber(t, i), cells: cells.map(toCell) })),
  };
}
