// `mapping gsheets pull SPREADSHEET_ID [--range 'Mapping!A1:Z']`: sync a Google spreadsheet into
// the store (MAPPING_DB) and write ids, status and notes back. Credentials: a service account
// key file named by GOOGLE_APPLICATION_CREDENTIALS, shared on the spreadsheet as an editor.
// Exit 0: done; 1: synced, but the write-back failed (the next pull repeats it); 2: nothing synced.
import { parseArgs } from "node:util";
import { DEFAULT_RANGE } from "../gsheets/follow-config";
import { pullSpreadsheet } from "../gsheets/pull-spreadsheet";
import { createSheetsApi } from "../gsheets/sheets-api";
import { syncInto } from "../gsheets/store-sync";
import { openStore } from "../store/store";

const USAGE = `Usage: mapping gsheets pull SPREADSHEET_ID [--range 'Mapping!A1:Z']   (store: MAPPING_DB, default data/mapping.db)`;

export const DEFAULT_DB = "data/mapping.db";

export async function runGsheets(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { range: { type: "string", default: DEFAULT_RANGE } } });
  } catch (err) {
    process.stderr.write(`mapping gsheets: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [action, spreadsheetId, ...extra] = parsed.positionals;
  if (action !== "pull" || !spreadsheetId || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!process.env.GOOGLE_APPLICATION_CREDENTIALS) {
    process.stderr.write(
      "mapping gsheets: GOOGLE_APPLICATION_CREDENTIALS is not set. Point it at a service account's JSON key and share the spreadsheet with that account's e-mail address (as an editor).\n",
    );
    return 2;
  }
  const store = openStore(process.env.MAPPING_DB ?? DEFAULT_DB);
  try {
    const result = await pullSpreadsheet(
      { api: createSheetsApi(), sync: syncInto(store), progress: (m) => process.stderr.write(`${m}…\n`) },
      { spreadsheetId, range: parsed.values.range },
    );
    if ("summary" in result) {
      const s = result.summary;
      process.stdout.write(
        `Version ${s.version}: ${s.rows} rows; ${s.changes.created} created, ${s.changes.updated} updated, ${s.changes.deleted} deleted; ` +
          `${s.conflicts} conflicts, ${s.errorRows} rows with errors.\n`,
      );
    }
    if (!result.ok) {
      process.stderr.write(`mapping gsheets: ${result.message}\n`);
      return result.stage === "write-back" ? 1 : 2;
    }
    process.stdout.write(result.cellsWritten ? `Wrote ${result.cellsWritten} cells back to the sheet.\n` : "The sheet was already up to date.\n");
    return 0;
  } finally {
    store.close();
  }
}
