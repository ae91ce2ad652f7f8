// Reads a range as a SheetSnapshot: spreadsheets.get for the sheet's id, grid size and notes
// (updateCells needs the numeric sheet id, and values.get carries no notes), then values.get.
//
// Values are read UNFORMATTED with SERIAL_NUMBER dates: what a cell holds, not how this
// spreadsheet's locale displays it, so "3/4/2017" cannot mean two days; the core's date parser
// reads serial numbers, and free-text dates (most of the mapping) come back as typed.
import type { MethodOptions, sheets_v4 } from "@googleapis/sheets";
import type { Cell } from "../mapping/types";
import { parseA1 } from "./a1-notation";
import type { GridInfo } from "./batch-update-requests";
import type { SheetSnapshot } from "./sheet-snapshot";

export interface ReadSnapshot {
  /** The spreadsheet's and the sheet's titles. */
  title: string;
  sheetTitle: string;
  snapshot: SheetSnapshot;
  grid: GridInfo;
  /** The range as Google resolved it (`'Mapping'!A1:Z1000`). */
  range: string;
}

export type CallOptions = MethodOptions;

export async function readSnapshot(
  api: sheets_v4.Sheets,
  spreadsheetId: string,
  range: string,
  options: () => CallOptions,
): Promise<ReadSnapshot> {
  const meta = await api.spreadsheets.get(
    {
      spreadsheetId,
      ranges: [range],
      includeGridData: true,
      fields: "properties(title),sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),data(startRow,startColumn,rowData(values(note))))",
    },
    options(),
  );
  const sheet = meta.data.sheets?.[0];
  const gridProps = sheet?.properties?.gridProperties;
  if (!sheet?.properties || !gridProps) throw new Error(`The spreadsheet has no sheet for the range ${range}.`);
  const values = await api.spreadsheets.values.get(
    { spreadsheetId, range, valueRenderOption: "UNFORMATTED_VALUE", dateTimeRenderOption: "SERIAL_NUMBER", majorDimension: "ROWS" },
    options(),
  );
  const resolved = values.data.range ?? range;
  const a1 = parseA1(resolved);
  const data = sheet.data?.[0];
  const startRow = a1?.startRow ?? data?.startRow ?? 0;
  const startColumn = a1?.startColumn ?? data?.startColumn ?? 0;
  const width = a1?.endColumn === null || a1?.endColumn === undefined ? null : a1.endColumn - startColumn;
  return {
    title: meta.data.properties?.title ?? spreadsheetId,
    sheetTitle: sheet.properties.title ?? "",
    range: resolved,
    grid: { sheetId: sheet.properties.sheetId ?? 0, rowCount: gridProps.rowCount ?? 0, columnCount: gridProps.columnCount ?? 0 },
    snapshot: {
      startRow,
      startColumn,
      width,
      values: (values.data.values ?? []).map((row) => row.map((v): Cell => (v === undefined ? null : (v as Cell)))),
      notes: (data?.rowData ?? []).map((row) => (row.values ?? []).map((c) => c.note ?? null)),
    },
  };
}
