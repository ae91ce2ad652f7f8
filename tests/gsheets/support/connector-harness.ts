// A fake Google spreadsheet, a real store, and the real Sheets client pointed at the fake.
import { openStore, type Store } from "../../../sync-service/src/store/store";
import { syncInto } from "../../../sync-service/src/gsheets/store-sync";
import { accessTokenAuth, createSheetsApi } from "../../../sync-service/src/gsheets/sheets-api";
import { pullSpreadsheet, type PullResult } from "../../../sync-service/src/gsheets/pull-spreadsheet";
import type { RetryPolicy } from "../../../sync-service/src/gsheets/retry-policy";
import { ACCESS_TOKEN, FakeSheetsServer } from "./fake-sheets-server";

export const FAST_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 40, timeoutMs: 400 };

export interface Harness {
  fake: FakeSheetsServer;
  store: Store;
  progress: string[];
  pull(spreadsheetId: string, range?: string, retry?: RetryPolicy): Promise<PullResult>;
  close(): Promise<void>;
}

export async function startHarness(store: Store = openStore(":memory:")): Promise<Harness> {
  const fake = await new FakeSheetsServer().start();
  const api = createSheetsApi({ auth: accessTokenAuth(ACCESS_TOKEN), rootUrl: fake.rootUrl });
  const progress: string[] = [];
  let clock = Date.parse("2017-01-10T09:00:00Z");
  return {
    fake,
    store,
    progress,
    pull: (spreadsheetId, range = "Mapping!A1:Z", retry = FAST_RETRY) =>
      pullSpreadsheet(
        {
          api,
          retry,
          progress: (m) => progress.push(m),
          sync: syncInto(store, () => new Date((clock += 60_000)).toISOString()),
        },
        { spreadsheetId, range },
      ),
    close: async () => {
      await fake.stop();
      store.close();
    },
  };
}
