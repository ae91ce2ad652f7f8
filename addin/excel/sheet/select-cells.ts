// Jumping to what the pane lists: one cell for an issue, both rows of a clash.
import { cellAddress, columnLetters, type TableSnapshot } from "./table-snapshot";

export async function selectCell(context: Excel.RequestContext, table: TableSnapshot, row: number, column: number): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(table.worksheet);
  worksheet.activate();
  worksheet.getRange(cellAddress(table, row, column)).select();
  await context.sync();
}

/** Selects the given worksheet rows across the table's columns (ExcelApi 1.9 range areas). */
export async function selectRows(context: Excel.RequestContext, table: TableSnapshot, rows: number[]): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(table.worksheet);
  const first = columnLetters(table.left);
  const last = columnLetters(table.left + table.header.length - 1);
  worksheet.activate();
  worksheet.getRanges(rows.map((r) => `${first}${r}:${last}${r}`).join(",")).select();
  await context.sync();
}
