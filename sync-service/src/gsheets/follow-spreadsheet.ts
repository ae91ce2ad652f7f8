// The service following a Google spreadsheet on a schedule (MAPPING_GSHEETS_POLL): one pull at a
// time, each logged; a new published version refreshes the HTTP feed.
import type { sheets_v4 } from "@googleapis/sheets";
import type { Logger } from "pino";
import type { Store } from "../store/store";
import { followConfigFromEnv, type FollowConfig } from "./follow-config";
import { startPolling, type Poller } from "./poll-scheduler";
import { pullSpreadsheet } from "./pull-spreadsheet";
import type { RetryPolicy } from "./retry-policy";
import { createSheetsApi } from "./sheets-api";
import { syncInto } from "./store-sync";

export interface FollowDeps {
  store: Store;
  config: FollowConfig;
  logger: Logger;
  /** Called after a pull that published a new version (e.g. the feed publisher's refresh). */
  onPublished?: () => Promise<void> | void;
  api?: sheets_v4.Sheets;
  retry?: RetryPolicy;
  now?: () => string;
}

export function followSpreadsheet(deps: FollowDeps): Poller {
  const { config, logger } = deps;
  const api = deps.api ?? createSheetsApi();
  const target = { spreadsheetId: config.spreadsheetId, range: config.range };
  const log = logger.child({ gsheets: config.spreadsheetId });
  log.info({ range: config.range, everySeconds: config.pollSeconds }, "following a Google spreadsheet");
  return startPolling(config.pollSeconds * 1000, async () => {
    const result = await pullSpreadsheet(
      { api, sync: syncInto(deps.store, deps.now), retry: deps.retry, progress: (m) => log.debug(m) },
      target,
    );
    if (result.ok) log.info({ ...result.summary, cellsWritten: result.cellsWritten }, "gsheets pull");
    else log.warn({ stage: result.stage, ...("summary" in result ? result.summary : {}) }, result.message);
    if ("summary" in result && result.summary.published) await deps.onPublished?.();
  });
}

/**
 * What the server calls at start: follows the spreadsheet MAPPING_GSHEETS_* names, if any.
 * A wrong setting is logged and the service runs on without following (it never stops the feed).
 */
export function followSpreadsheetFromEnv(
  env: Record<string, string | undefined>,
  deps: Omit<FollowDeps, "config">,
): Poller | null {
  const parsed = followConfigFromEnv(env);
  if (!parsed.ok) {
    deps.logger.error(`not following a Google spreadsheet: ${parsed.message}`);
    return null;
  }
  return parsed.config ? followSpreadsheet({ ...deps, config: parsed.config }) : null;
}
