// `npm start`: the sync service on HOST:PORT with the embedded store. On first start with an
// empty store it loads the sample mapping as the source "sample" and publishes it.
import { readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { FeedPublisher } from "./publish/feed-publisher";
import { followSpreadsheetFromEnv } from "./gsheets/follow-spreadsheet";
import { createApp } from "./service/app";
import { withFeedFastPath } from "./service/feed-fast-path";
import { readSheetFile } from "./sheet-files/read-sheet-file";
import { openStore } from "./store/store";
import { syncSource } from "./sync/sync-source";

const env = process.env;
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? "127.0.0.1";
const dbPath = env.MAPPING_DB ?? "./data/mapping.db";
const publicDir = env.MAPPING_PUBLIC_DIR ?? "./data/public";
const samplePath = fileURLToPath(new URL("../sync-service/sample/process-mapping-2016-11-17.csv", import.meta.url));
const logger = pino({ level: env.LOG_LEVEL ?? "info" });

async function loadSampleIfEmpty(store: ReturnType<typeof openStore>): Promise<void> {
  if (store.versions.latest() > 0 || store.events.all().length > 0) return;
  const read = await readSheetFile(samplePath);
  if (!read.ok) throw new Error(`cannot read the sample mapping ${samplePath}: ${read.message}`);
  const outcome = syncSource(store, { source: { kind: "api", id: "sample", name: "Sample mapping (17 November 2016)" }, baseVersion: null, ...read.sheet }, "sample", new Date().toISOString());
  if (!outcome.ok) throw new Error(`cannot load the sample mapping: ${outcome.message}`);
  logger.info({ events: outcome.response.rows.length, version: outcome.response.version }, "empty store: loaded the sample mapping");
}

async function main(): Promise<void> {
  const store = openStore(dbPath);
  await loadSampleIfEmpty(store);
  const feed = new FeedPublisher(store, publicDir, logger);
  await feed.refresh(); // (re)writes the files of the current version: repairs a crash between commit and write
  await feed.settled();
  feed.watch(); // syncs from `mapping gsheets pull` in another process publish into the same store
  const app = createApp({ store, feed, logger });
  const gsheets = followSpreadsheetFromEnv(env, { store, logger, onPublished: () => feed.refresh() }); // MAPPING_GSHEETS_*: the Google Sheets connector's schedule
  const tls = env.MAPPING_TLS_CERT && env.MAPPING_TLS_KEY ? { cert: readFileSync(env.MAPPING_TLS_CERT), key: readFileSync(env.MAPPING_TLS_KEY) } : null;
  const handler = withFeedFastPath(feed, app);
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === "object" && address ? address.port : port;
    const base = `${tls ? "https" : "http"}://${host}:${actualPort}`;
    logger.info(
      {
        page: `${base}/`,
        feed: ["events.json", "events.csv", "events.ics", "clashes.json", "schema.json"].map((f) => `${base}/feed/${f}`),
        api: `${base}/api/openapi.json`,
        db: dbPath,
        publicDir,
        version: feed.currentVersion,
      },
      `process mapping service listening on ${base}/`,
    );
  });
  const stop = (signal: string) => {
    logger.info({ signal }, "stopping");
    server.close(async () => {
      await gsheets?.stop(); // a pull in progress finishes before the store closes
      await feed.close();
      store.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  logger.fatal({ err }, "the service could not start");
  process.exit(1);
});
