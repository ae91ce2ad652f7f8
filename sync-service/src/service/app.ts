// The service's express app: one router per concern, mounted here.
import express, { type Express } from "express";
import pino, { type Logger } from "pino";
import { pinoHttp } from "pino-http";
import { FeedPublisher } from "../publish/feed-publisher";
import type { Store } from "../store/store";
import { errorHandler, notFound } from "./api-error";
import { clashesRouter } from "./clashes-router";
import { eventsRouter } from "./events-router";
import { feedRouter } from "./feed-router";
import { healthRouter } from "./health-router";
import { syncRouter } from "./sync-router";
import { versionsRouter } from "./versions-router";
import { timelineRouter } from "../timeline/router";
import { excelAddinRouter } from "../../../addin/excel/serve";

/** Large enough for a 10,000-row sheet of long descriptions; anything larger is refused with 413. */
export const BODY_LIMIT = "10mb";

export interface AppDeps {
  store: Store;
  /** The in-memory feed; created from the store when not given (then nothing is written to disk). */
  feed?: FeedPublisher;
  logger?: Logger;
  /** ISO instant; injectable for tests. */
  now?: () => string;
}

export function createApp(deps: AppDeps): Express {
  const { store } = deps;
  const logger = deps.logger ?? pino({ level: "silent" });
  const feed = deps.feed ?? new FeedPublisher(store, null, logger);
  const now = deps.now ?? (() => new Date().toISOString());
  const startedAt = Date.now();

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false); // feed ETags are computed at publish; API answers are not cached
  app.use(feedRouter(feed)); // first and unlogged: feed reads are the hot path (errors are still logged below)
  app.use(pinoHttp({ logger }));
  app.use("/api", express.json({ limit: BODY_LIMIT }));
  app.use(syncRouter(store, feed, now));
  app.use(eventsRouter(store));
  app.use(clashesRouter(store, feed, now));
  app.use(versionsRouter(store, feed, now));
  app.use(healthRouter(store, feed, startedAt, Date.now));

  // ---- Other surfaces mount here, one line each ----
  app.use(timelineRouter()); // "timeline": the page at GET / and its assets under /timeline/
  app.use(excelAddinRouter());          // "excel": the task pane under /addin/excel/
  // ---- end of other surfaces ----

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
