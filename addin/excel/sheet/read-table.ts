// The mapping table's header and body as a TableSnapshot (one sync).
import type { ExcelValue, TableSnapshot } from "./table-snapshot";

export async function readTable(context: Excel.RequestContext, table: Excel.Table): Promise<TableSnapshot> {
  table.load("name");
  table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return {
    worksheet: table.worksheet.name,
    table: table.name,
    top: header.rowIndex,
    left: header.columnIndex,
    header: (header.values[0] ?? []).map((h) => String(h ?? "").trim()),
    body: body.values as ExcelValue[][],
  };
}
