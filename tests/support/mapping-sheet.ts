// Builds small sheets for the rows/validation tests: header is row 1, data rows from row 2.
import { readRows } from "../../sync-service/src/mapping/rows/read-rows";
import type { Cell, SheetInput, ValidationIssue } from "../../sync-service/src/mapping/types";
import { validateRows } from "../../sync-service/src/mapping/validation/validate-rows";

export const SAMPLE_CSV = new URL("../../sync-service/sample/process-mapping-2016-11-17.csv", import.meta.url).pathname;

export const STANDARD_HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point", "Description", "Related to", "Outcome URL"];

export function sheetOf(header: string[], ...rows: Cell[][]): SheetInput {
  return { header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

/** A sheet with the standard header, each row given by the fields it sets. */
export function standardSheet(...rows: Partial<Record<(typeof STANDARD_HEADER)[number], Cell>>[]): SheetInput {
  return sheetOf(STANDARD_HEADER, ...rows.map((r) => STANDARD_HEADER.map((h) => r[h] ?? null)));
}

export function issuesOf(sheet: SheetInput, opts: { today?: string; knownIds?: string[] } = {}): ValidationIssue[] {
  const read = readRows(sheet, { today: opts.today ?? "2016-11-17" });
  if (!read.ok) throw new Error(read.message);
  return validateRows(read.rows, read.columns, opts.knownIds ?? []);
}

/** `row column code` per issue: compact to compare. */
export function issueKeys(issues: ValidationIssue[], code?: string): string[] {
  return issues.filter((i) => code === undefined || i.code === code).map((i) => `${i.row} ${i.column} ${i.code}`);
}
