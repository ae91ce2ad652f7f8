import { Router } from "express";
import type { FeedPublisher } from "../publish/feed-publisher";
import type { Store } from "../store/store";
import { setCorsHeaders } from "./conditional-get";
import { openApiDocument } from "./openapi";

export function healthRouter(store: Store, feed: FeedPublisher, startedAt: number, clock: () => number): Router {
  const router = Router();

  router.get("/api/health", (_req, res) => {
    const live = store.db.prepare("SELECT COUNT(*) AS n FROM events WHERE deleted = 0").get() as { n: number };
    res.json({
      status: "ok",
      version: feed.currentVersion,
      publishedAt: feed.publishedAt,
      events: live.n,
      uptimeSeconds: Math.round((clock() - startedAt) / 1000),
    });
  });

  router.get("/api/openapi.json", (_req, res) => {
    setCorsHeaders(res);
    res.json(openApiDocument);
  });

  return router;
}
