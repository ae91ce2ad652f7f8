// Validate: the same core the service runs (checkMapping), locally, on the active sheet:
// a note on each bad cell saying why, errors red and warnings amber. Nothing leaves the sheet.
import { WantedCells } from "../../../sync-service/src/gsheets/cell-diff";
import { issueNoteLine } from "../../../sync-service/src/gsheets/our-notes";
import { columnNamed, sheetLayout } from "../../../sync-service/src/gsheets/sheet-layout";
import { snapshotRow } from "../../../sync-service/src/gsheets/sheet-snapshot";
import { buildSyncRequest } from "../../../sync-service/src/gsheets/sync-request";
import { checkMapping } from "../../../sync-service/src/mapping/check";
import type { MappingReport } from "../../../sync-service/src/mapping/types";
import { gas } from "./apps-script";
import { applyWrites } from "./apply-writes";
import { highlightIssues } from "./highlight";
import { readActiveSheet, type ActiveSheet } from "./read-active-sheet";

export type ValidateSummary =
  | { ok: true; rows: number; errors: number; warnings: number; clashes: number }
  | { ok: false; message: string };

/** The active sheet checked by the core; `layout` says where its columns are. */
export function checkActiveSheet(active: ActiveSheet = readActiveSheet()) {
  const layout = sheetLayout(active.snapshot);
  if (!layout.ok) return layout;
  const { header, rows } = buildSyncRequest(active.snapshot, layout.layout, { kind: "gsheets", id: "local", name: "local" });
  const today = gas().Utilities.formatDate(new Date(), active.spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd");
  const report: MappingReport = checkMapping({ header, rows }, { today });
  return { ok: true as const, layout: layout.layout, report, rows: rows.length };
}

export function validate(): ValidateSummary {
  const active = readActiveSheet();
  const checked = checkActiveSheet(active);
  if (!checked.ok) {
    gas().SpreadsheetApp.getUi().alert(checked.message);
    return { ok: false, message: checked.message };
  }
  const { layout, report } = checked;
  const wanted = new WantedCells();
  for (const issue of report.issues) {
    const column = columnNamed(layout, issue.column) ?? layout.statusColumn;
    wanted.at(snapshotRow(active.snapshot, issue.row), column).notes.push(issueNoteLine(issue));
  }
  applyWrites(active.sheet, active.snapshot, wanted.diff(active.snapshot));
  highlightIssues(active.sheet, layout, report.issues, (issue) => snapshotRow(active.snapshot, issue.row));
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const summary = { ok: true as const, rows: checked.rows, errors, warnings: report.issues.length - errors, clashes: report.clashes.length };
  active.spreadsheet.toast(
    `${summary.rows} rows: ${errors} errors, ${summary.warnings} warnings, ${summary.clashes} date clashes. Bad cells have a note.`,
    "Process mapping: validated",
    10,
  );
  return summary;
}
