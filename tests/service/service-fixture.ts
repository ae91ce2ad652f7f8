// A service on a temp store for the service tests: the sample mapping, tokens, request builders.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Express } from "express";
import type { Cell } from "../../sync-service/src/mapping/types";
import { FeedPublisher } from "../../sync-service/src/publish/feed-publisher";
import { createApp } from "../../sync-service/src/service/app";
import { parseCsvText } from "../../sync-service/src/sheet-files/parse-csv";
import { openStore, type Store } from "../../sync-service/src/store/store";
import type { SourceRef, SyncRequest } from "../../sync-service/src/sync/sync-types";

export const SAMPLE_CSV = join(process.cwd(), "sync-service/sample/process-mapping-2016-11-17.csv");

export const sampleSheet = () => parseCsvText(readFileSync(SAMPLE_CSV, "utf8"));

export const EXCEL: SourceRef = { kind: "excel", id: "workbook-1", name: "Secretariat.xlsx" };
export const GSHEETS: SourceRef = { kind: "gsheets", id: "sheet-1", name: "Partners mapping" };

export interface ServiceFixture {
  dir: string;
  store: Store;
  feed: FeedPublisher;
  app: Express;
  editor: string;
  admin: string;
  close(): void;
}

/** A fresh store in a temp folder, the app on it, an editor and an admin token; clock ticks a second per call. */
export function makeService(): ServiceFixture {
  const dir = mkdtempSync(join(tmpdir(), "mapping-service-"));
  const store = openStore(join(dir, "mapping.db"));
  const feed = new FeedPublisher(store, join(dir, "public"));
  let tick = Date.parse("2026-03-01T09:00:00.000Z");
  const now = () => new Date((tick += 1000)).toISOString();
  const editor = store.tokens.create("editor-ed", "editor", now());
  const admin = store.tokens.create("admin-ann", "admin", now());
  if (!editor.ok || !admin.ok) throw new Error("tokens");
  const app = createApp({ store, feed, now });
  return {
    dir,
    store,
    feed,
    app,
    editor: editor.token,
    admin: admin.token,
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function syncBody(source: SourceRef, baseVersion: number | null, header: string[], rows: Cell[][], firstRow = 2): SyncRequest {
  return { source, baseVersion, header, rows: rows.map((cells, i) => ({ row: firstRow + i, cells })) };
}

/** A sheet as the add-ins hold it after a sync: the response rows written back, ID column first. */
export function sheetFromResponse(header: string[], rows: { cells: Cell[] }[]): Cell[][] {
  return rows.map((r) => header.map((_, i) => r.cells[i] ?? null));
}
