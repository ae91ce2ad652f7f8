// A mapping file on disk (CSV or .xlsx) → SheetInput, errors as values with a message a person can act on.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { matchColumns } from "../mapping/rows/columns";
import type { Cell, SheetInput } from "../mapping/types";
import { parseCsv } from "./parse-csv";
import { xlsxCell } from "./xlsx-cell";

export { parseCsvText } from "./parse-csv";

export type SheetFileResult = { ok: true; sheet: SheetInput } | { ok: false; message: string };

export interface ReadSheetOptions {
  /** Worksheet name in a workbook; the first worksheet when absent. */
  sheet?: string;
}

function fileError(path: string, err: unknown): SheetFileResult {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT" ? "there is no such file" : code === "EISDIR" ? "it is a folder, not a file" : code === "EACCES" ? "permission denied" : String((err as Error).message ?? err);
  return { ok: false, message: `Cannot read "${path}": ${why}.` };
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV (Comma delimited)" is saved in Windows-1252, not UTF-8.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

async function readCsvFile(path: string): Promise<SheetFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return fileError(path, err);
  }
  const { sheet, problems } = parseCsv(decodeText(bytes));
  if (problems.length > 0) return { ok: false, message: `"${path}" is not well-formed CSV: ${problems.join("; ")}.` };
  if (sheet.header.every((h) => h === "")) return { ok: false, message: `"${path}" is empty: the first row must be the header row.` };
  return { ok: true, sheet };
}

function worksheetToSheet(worksheet: ExcelJS.Worksheet): SheetInput | null {
  const records: { row: number; cells: Cell[] }[] = [];
  const width = worksheet.columnCount;
  let linkColumn: number | undefined;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(xlsxCell(row.getCell(c).value, c - 1 === linkColumn));
    if (records.length === 0) {
      const match = matchColumns(cells.map((h) => (h === null ? "" : String(h))));
      linkColumn = match.ok ? match.columns.fields.outcomeUrl : undefined;
    }
    records.push({ row: rowNumber, cells });
  });
  const [header, ...rows] = records;
  if (!header) return null;
  return { header: header.cells.map((h) => (h === null ? "" : String(h).trim())), rows };
}

async function readXlsxFile(path: string, opts: ReadSheetOptions): Promise<SheetFileResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code) return fileError(path, err);
    return { ok: false, message: `Cannot read "${path}" as an Excel workbook (.xlsx): ${(err as Error).message}.` };
  }
  const names = workbook.worksheets.map((w) => w.name);
  const worksheet = opts.sheet
    ? workbook.worksheets.find((w) => w.name.toLowerCase() === opts.sheet!.toLowerCase())
    : workbook.worksheets[0];
  if (!worksheet) {
    const which = opts.sheet ? `no sheet named "${opts.sheet}"` : "no sheets";
    return { ok: false, message: `"${path}" has ${which}; its sheets are: ${names.map((n) => `"${n}"`).join(", ") || "(none)"}.` };
  }
  const sheet = worksheetToSheet(worksheet);
  if (!sheet) return { ok: false, message: `The sheet "${worksheet.name}" in "${path}" is empty: the first row must be the header row.` };
  return { ok: true, sheet };
}

/** Reads a mapping from a `.csv` (UTF-8 or Windows-1252, `,` or `;`) or `.xlsx` file. */
export async function readSheetFile(path: string, opts: ReadSheetOptions = {}): Promise<SheetFileResult> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return readXlsxFile(path, opts);
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return readCsvFile(path);
  if (ext === ".xls" || ext === ".ods" || ext === ".numbers") {
    return { ok: false, message: `"${path}" is a ${ext} file; save it as Excel Workbook (.xlsx) or CSV UTF-8 (.csv) and try again.` };
  }
  return { ok: false, message: `"${path}" is neither a .csv nor an .xlsx file; save the mapping as one of those.` };
}
