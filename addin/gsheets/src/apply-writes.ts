// Cell writes (from the shared write-back plan or Validate) → Range calls on the active sheet,
// growing the grid first when a row added elsewhere falls below its last row.
import type { CellWrite, SheetSnapshot } from "../../../sync-service/src/gsheets/sheet-snapshot";
import type { GasSheet } from "./apps-script";

export function applyWrites(sheet: GasSheet, snapshot: SheetSnapshot, writes: CellWrite[]): void {
  const rows = Math.max(0, ...writes.map((w) => snapshot.startRow + w.row + 1));
  const columns = Math.max(0, ...writes.map((w) => snapshot.startColumn + w.column + 1));
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  for (const w of writes) {
    const cell = sheet.getRange(snapshot.startRow + w.row + 1, snapshot.startColumn + w.column + 1);
    if ("value" in w) {
      if (w.value === null || w.value === undefined || w.value === "") cell.clearContent();
      // setValue parses text like typing does ("December 2016" would become a date, "=..." a
      // formula); a leading apostrophe keeps it the text it is, and is not part of the value.
      else cell.setValue(typeof w.value === "string" ? `'${w.value}` : w.value);
    }
    if ("note" in w) cell.setNote(w.note ?? null);
  }
}
