// CSV text → SheetInput. Pure: the file is read by read-sheet-file.ts.
import Papa from "papaparse";
import type { SheetInput, SheetRow } from "../mapping/types";

export interface CsvParse {
  sheet: SheetInput;
  /** Damage papaparse recovered from (an unclosed quote swallows the rest of the file). */
  problems: string[];
}

/** Parses CSV text: BOM removed, delimiter detected (`,` `;` tab `|`), rows numbered as a spreadsheet shows them. */
export function parseCsv(text: string): CsvParse {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const records = result.data;
  const header = (records[0] ?? []).map((h) => h.trim());
  const rows: SheetRow[] = records
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
  const problems = result.errors
    .filter((e) => e.type === "Quotes")
    .map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}; a quote (") is not closed, so the rows after it may be merged into one cell`);
  return { sheet: { header, rows }, problems };
}

/** CSV text → SheetInput, keeping what can be read (see `parseCsv` for the problems found). */
export function parseCsvText(text: string): SheetInput {
  return parseCsv(text).sheet;
}
