// Cell writes → the requests of ONE spreadsheets.batchUpdate (atomic on Google's side). Every
// request sets absolute values at absolute positions, so retrying a batch whose answer was lost
// changes nothing twice (growing the grid again only adds empty rows).
import type { sheets_v4 } from "@googleapis/sheets";
import type { Cell } from "../mapping/types";
import type { CellWrite, SheetSnapshot } from "./sheet-snapshot";

export interface GridInfo {
  sheetId: number;
  rowCount: number;
  columnCount: number;
}

function cellValue(value: Cell): sheets_v4.Schema$ExtendedValue | undefined {
  if (value === null || value === "") return undefined;
  if (typeof value === "number") return { numberValue: value };
  if (typeof value === "boolean") return { boolValue: value };
  // stringValue is stored as typed: a leading "=" stays text, never becomes a formula.
  return { stringValue: value };
}

export function toBatchUpdateRequests(snapshot: SheetSnapshot, grid: GridInfo, writes: CellWrite[]): sheets_v4.Schema$Request[] {
  const requests: sheets_v4.Schema$Request[] = [];
  const rowsNeeded = Math.max(0, ...writes.map((w) => snapshot.startRow + w.row + 1));
  const columnsNeeded = Math.max(0, ...writes.map((w) => snapshot.startColumn + w.column + 1));
  if (rowsNeeded > grid.rowCount) {
    requests.push({ appendDimension: { sheetId: grid.sheetId, dimension: "ROWS", length: rowsNeeded - grid.rowCount } });
  }
  if (columnsNeeded > grid.columnCount) {
    requests.push({ appendDimension: { sheetId: grid.sheetId, dimension: "COLUMNS", length: columnsNeeded - grid.columnCount } });
  }
  for (const w of writes) {
    const fields = [..."value" in w ? ["userEnteredValue"] : [], ..."note" in w ? ["note"] : []];
    const cell: sheets_v4.Schema$CellData = {};
    if ("value" in w) {
      const v = cellValue(w.value ?? null);
      if (v) cell.userEnteredValue = v;
    }
    if (w.note) cell.note = w.note;
    requests.push({
      updateCells: {
        start: { sheetId: grid.sheetId, rowIndex: snapshot.startRow + w.row, columnIndex: snapshot.startColumn + w.column },
        rows: [{ values: [cell] }],
        fields: fields.join(","),
      },
    });
  }
  return requests;
}
