// "New mapping sheet": a worksheet with a formatted table of the SPEC 3 columns, sensible column
// widths, and a drop-down of the known focal points (data validation, ExcelApi 1.8) that still
// accepts anything typed, since a cell may name several focal points.
import { COLUMNS } from "../../../sync-service/src/mapping/rows/columns";
import { FOCAL_POINTS } from "../../../sync-service/src/mapping/validation/focal-point-directory";
import { columnLetters } from "./table-snapshot";

export const MAPPING_SHEET = "Process mapping";
export const LISTS_SHEET = "Mapping lists";

/** Column widths in points, by canonical column name. */
const WIDTHS: Record<string, number> = {
  ID: 80,
  "Month/year": 170,
  Event: 280,
  Location: 130,
  "Focal Point": 130,
  Description: 380,
  "Related to": 80,
  "Outcome URL": 200,
};

async function freeName(context: Excel.RequestContext, base: string): Promise<string> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}

/** The hidden sheet that holds the focal point list the drop-down reads. */
async function focalPointList(context: Excel.RequestContext): Promise<string> {
  const existing = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET).load("name");
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(LISTS_SHEET) : existing;
  const names = FOCAL_POINTS.map((f) => [f.name]);
  sheet.getRange(`A1:A${names.length}`).values = names;
  sheet.visibility = Excel.SheetVisibility.hidden;
  return `='${LISTS_SHEET}'!$A$1:$A$${names.length}`;
}

/** Creates the sheet and table, activates it, and returns the sheet's name. */
export async function createMappingSheet(context: Excel.RequestContext): Promise<string> {
  const name = await freeName(context, MAPPING_SHEET);
  const source = await focalPointList(context);
  const sheet = context.workbook.worksheets.add(name);
  const header = COLUMNS.map((c) => c.name);
  const last = columnLetters(header.length - 1);
  sheet.getRange(`A1:${last}1`).values = [header];
  const table = sheet.tables.add(`A1:${last}2`, true);
  table.style = "TableStyleMedium2";
  header.forEach((column, index) => {
    const letter = columnLetters(index);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = WIDTHS[column] ?? 120;
  });
  const body = table.getDataBodyRange();
  body.format.wrapText = true;
  body.format.verticalAlignment = Excel.VerticalAlignment.top;
  const focal = table.columns.getItem("Focal Point").getDataBodyRange();
  focal.dataValidation.rule = { list: { inCellDropDown: true, source } };
  focal.dataValidation.errorAlert = {
    showAlert: false,
    style: Excel.DataValidationAlertStyle.information,
    title: "Focal point",
    message: "Not in the list of known focal points; Validate will suggest the nearest one.",
  };
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
  await context.sync();
  return name;
}
