// One pull: read the sheet, sync it into the store, write the answer back in ONE batchUpdate.
// The store's sync commits before anything is written to Google. If the write-back fails, the
// sheet keeps its old version note, so the next pull syncs from the old base again (others'
// edits come back again, never mistaken for reverts) and its id-less new rows are matched to
// the events this pull created by their content (SPEC 8), so nothing duplicates.
import type { sheets_v4 } from "@googleapis/sheets";
import type { SyncOutcome } from "../sync/sync-source";
import type { SyncRequest, SyncResponse } from "../sync/sync-types";
import { toBatchUpdateRequests } from "./batch-update-requests";
import { describeGoogleError } from "./google-errors";
import { readSnapshot } from "./read-snapshot";
import { GOOGLE_RETRY_POLICY, gaxiosRetry, type RetryNotice, type RetryPolicy } from "./retry-policy";
import { sheetLayout } from "./sheet-layout";
import { buildSyncRequest } from "./sync-request";
import { planWriteBack } from "./write-back-plan";

export interface PullTarget {
  spreadsheetId: string;
  /** A1 range whose first row is the header; `Mapping!A1:Z`, or a sheet name. */
  range: string;
}

export interface PullDeps {
  api: sheets_v4.Sheets;
  /** The store's sync (syncSource bound to a store, an actor and the time). */
  sync: (request: SyncRequest) => SyncOutcome;
  retry?: RetryPolicy;
  /** Progress for people: what the pull is doing, retries included. */
  progress?: (message: string) => void;
}

export interface PullSummary {
  version: number;
  /** The sync published a new feed version (the HTTP feed should refresh). */
  published: boolean;
  rows: number;
  changes: SyncResponse["changes"];
  conflicts: number;
  errorRows: number;
}

export type PullResult =
  | { ok: true; summary: PullSummary; cellsWritten: number }
  | { ok: false; stage: "read" | "sync"; message: string }
  /** The sync is saved in the store; only the sheet is behind, and the next pull catches it up. */
  | { ok: false; stage: "write-back"; message: string; summary: PullSummary };

export async function pullSpreadsheet(deps: PullDeps, target: PullTarget): Promise<PullResult> {
  const say = deps.progress ?? (() => {});
  const policy = deps.retry ?? GOOGLE_RETRY_POLICY;
  const options = () => gaxiosRetry(policy, (n: RetryNotice) => say(`Google answered ${n.reason}; try ${n.attempt} of ${policy.attempts} in ${n.waitMs} ms`));

  say(`Reading ${target.range} of spreadsheet ${target.spreadsheetId}`);
  let read;
  try {
    read = await readSnapshot(deps.api, target.spreadsheetId, target.range, options);
  } catch (err) {
    return { ok: false, stage: "read", message: describeGoogleError(err, target.spreadsheetId) };
  }
  const layout = sheetLayout(read.snapshot);
  if (!layout.ok) return { ok: false, stage: "read", message: `${read.range}: ${layout.message}` };

  const source = { kind: "gsheets" as const, id: `${target.spreadsheetId}#gid=${read.grid.sheetId}`, name: `${read.title} / ${read.sheetTitle}` };
  const request = buildSyncRequest(read.snapshot, layout.layout, source);
  say(`Syncing ${request.rows.length} rows (the sheet holds version ${request.baseVersion ?? "none yet"})`);
  const outcome = deps.sync(request);
  if (!outcome.ok) return { ok: false, stage: "sync", message: outcome.message };
  const response = outcome.response;
  const summary: PullSummary = {
    version: response.version,
    published: response.published,
    rows: response.rows.length,
    changes: response.changes,
    conflicts: response.conflicts.length,
    errorRows: response.rows.filter((r) => r.status === "error").length,
  };

  const writes = planWriteBack(read.snapshot, layout.layout, response);
  if (writes.length === 0) {
    say("The sheet is up to date: nothing to write back");
    return { ok: true, summary, cellsWritten: 0 };
  }
  say(`Writing back ${writes.length} cells in one batchUpdate`);
  try {
    await deps.api.spreadsheets.batchUpdate(
      { spreadsheetId: target.spreadsheetId, requestBody: { requests: toBatchUpdateRequests(read.snapshot, read.grid, writes) } },
      options(),
    );
  } catch (err) {
    return {
      ok: false,
      stage: "write-back",
      summary,
      message:
        `The sync is saved (version ${response.version}), but writing it back to the sheet failed; the next pull writes it again. ` +
        describeGoogleError(err, target.spreadsheetId),
    };
  }
  return { ok: true, summary, cellsWritten: writes.length };
}
