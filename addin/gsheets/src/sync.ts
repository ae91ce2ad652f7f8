// Sync: the sheet goes to the service (POST /api/sync, the editor token), and the answer is
// written back with the same plan the service-side connector uses: ids, status, others' edits,
// notes; then the bad cells are highlighted.
import { sheetLayout } from "../../../sync-service/src/gsheets/sheet-layout";
import { buildSyncRequest } from "../../../sync-service/src/gsheets/sync-request";
import { placeRows, planWriteBack, rowOfIssue } from "../../../sync-service/src/gsheets/write-back-plan";
import type { SyncResponse } from "../../../sync-service/src/sync/sync-types";
import { gas } from "./apps-script";
import { applyWrites } from "./apply-writes";
import { highlightIssues } from "./highlight";
import { readActiveSheet } from "./read-active-sheet";
import { readSettings } from "./settings";

export type SyncSummary =
  | { ok: true; version: number; created: number; updated: number; deleted: number; conflicts: number; errorRows: number; cellsWritten: number }
  | { ok: false; message: string };

function serviceMessage(code: number, text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    if (body.error?.message) return `The service refused the sync (${code}): ${body.error.message}`;
  } catch {
    // not JSON: a proxy or a server error page
  }
  return `The service answered ${code}: ${text.slice(0, 200)}`;
}

function fail(message: string): SyncSummary {
  gas().SpreadsheetApp.getUi().alert(message);
  return { ok: false, message };
}

export function sync(): SyncSummary {
  const settings = readSettings();
  if (!settings) return fail("Set the service URL and your editor token first: Process mapping → Settings.");
  const { spreadsheet, sheet, snapshot } = readActiveSheet();
  const layout = sheetLayout(snapshot);
  if (!layout.ok) return fail(layout.message);
  const request = buildSyncRequest(snapshot, layout.layout, {
    kind: "gsheets",
    id: `${spreadsheet.getId()}#gid=${sheet.getSheetId()}`,
    name: `${spreadsheet.getName()} / ${sheet.getName()}`,
  });
  spreadsheet.toast(`Sending ${request.rows.length} rows…`, "Process mapping", 5);
  let code: number;
  let text: string;
  try {
    const answer = gas().UrlFetchApp.fetch(`${settings.serviceUrl}/api/sync`, {
      method: "post",
      contentType: "application/json",
      payload: JSON.stringify(request),
      headers: { Authorization: `Bearer ${settings.token}` },
      muteHttpExceptions: true,
    });
    code = answer.getResponseCode();
    text = answer.getContentText();
  } catch (err) {
    return fail(`Could not reach the service at ${settings.serviceUrl}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (code !== 200) return fail(serviceMessage(code, text));
  const response = JSON.parse(text) as SyncResponse;

  const writes = planWriteBack(snapshot, layout.layout, response);
  applyWrites(sheet, snapshot, writes);
  const placed = placeRows(snapshot, response);
  highlightIssues(sheet, layout.layout, response.issues, (issue) => rowOfIssue(placed, issue));
  const summary: SyncSummary = {
    ok: true,
    version: response.version,
    ...response.changes,
    conflicts: response.conflicts.length,
    errorRows: response.rows.filter((r) => r.status === "error").length,
    cellsWritten: writes.length,
  };
  spreadsheet.toast(
    `Version ${summary.version}: ${summary.created} new, ${summary.updated} updated, ${summary.deleted} deleted; ` +
      `${summary.conflicts} conflicts, ${summary.errorRows} rows with errors.`,
    "Process mapping: synced",
    10,
  );
  return summary;
}
