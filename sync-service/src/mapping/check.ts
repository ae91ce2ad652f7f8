// The orchestrator: a sheet → events, validation issues and date clashes (SPEC 3, 5, 6).
import { findClashes } from "./clashes/find-clashes";
import { readRows } from "./rows/read-rows";
import type { Acknowledgement, MappingReport, SheetInput } from "./types";
import { makeIssue } from "./validation/issue-codes";
import { validateRows } from "./validation/validate-rows";

export interface CheckOptions {
  /** ISO day for "next occurrence" of recurring dates; the caller's edge supplies it. */
  today?: string;
  acknowledgements?: Acknowledgement[];
  /** Ids that exist outside this sheet, for `Related to`. */
  knownIds?: string[];
}

export function checkMapping(sheet: SheetInput, opts: CheckOptions = {}): MappingReport {
  const read = readRows(sheet, { today: opts.today });
  if (!read.ok) {
    // The header has no event column: nothing can be read, said once on the header row.
    return { events: [], issues: [makeIssue({ row: 1, id: null }, "Event", "missing-title", read.message)], clashes: [], undated: [] };
  }
  const events = read.rows.map((r) => r.event);
  const issues = validateRows(read.rows, read.columns, opts.knownIds ?? []);
  const { clashes, undated } = findClashes(events, { acknowledgements: opts.acknowledgements });
  return { events, issues, clashes, undated };
}

export interface ReportSummary {
  rows: number;
  valid: number;
  withErrors: number;
  errors: number;
  warnings: number;
  clashes: number;
}

/** The counts behind the one-line summary: `50 rows: 47 valid, 3 with errors, 41 warnings, 6 clashes`. */
export function summarise(report: MappingReport): ReportSummary {
  const rowsWithErrors = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.row));
  const errorRowsAmongEvents = report.events.filter((e) => rowsWithErrors.has(e.row)).length;
  return {
    rows: report.events.length,
    valid: report.events.length - errorRowsAmongEvents,
    withErrors: errorRowsAmongEvents,
    errors: report.issues.filter((i) => i.severity === "error").length,
    warnings: report.issues.filter((i) => i.severity === "warning").length,
    clashes: report.clashes.length,
  };
}

export function summaryLine(s: ReportSummary): string {
  return `${s.rows} rows: ${s.valid} valid, ${s.withErrors} with errors, ${s.warnings} warnings, ${s.clashes} clashes`;
}
