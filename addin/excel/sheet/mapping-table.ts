// Finding the mapping in the workbook: a table whose header has the SPEC 3 columns, or, on a
// plain sheet such as the 2016 file, the header row on the active sheet, which then becomes a table.
import { matchColumns } from "../../../sync-service/src/mapping/rows/columns";

/** How far down the active sheet a header row is looked for. */
const HEADER_SEARCH_ROWS = 10;

export type FoundTable =
  | { ok: true; table: Excel.Table; created: string | null }
  | { ok: false; message: string };

export async function findMappingTable(context: Excel.RequestContext): Promise<FoundTable> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const headers = tables.items.map((table) => ({ table, header: table.getHeaderRowRange().load("values") }));
  await context.sync();
  const found = headers.find((h) => matchColumns((h.header.values[0] ?? []).map(String)).ok);
  if (found) return { ok: true, table: found.table, created: null };
  return tableFromActiveSheet(context);
}

/** Turns the active sheet's mapping range (header row found by its headers) into a table. */
async function tableFromActiveSheet(context: Excel.RequestContext): Promise<FoundTable> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const notFound = {
    ok: false as const,
    message:
      `No mapping table found: no table in this workbook, and no header row with an "Event" column in the first ` +
      `${HEADER_SEARCH_ROWS} rows of "${sheet.name}". Press New mapping sheet, or open the sheet that holds the mapping.`,
  };
  if (used.isNullObject) return notFound;
  const headerOffset = used.values.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => matchColumns(row.map(String)).ok);
  if (headerOffset < 0) return notFound;
  const range = sheet.getRangeByIndexes(used.rowIndex + headerOffset, used.columnIndex, used.rowCount - headerOffset, used.columnCount).load("address");
  await context.sync();
  const table = sheet.tables.add(range.address, true);
  await context.sync();
  return { ok: true, table, created: range.address };
}
