// The published versions, and restoring one (admin) as a new version.
import { Router } from "express";
import type { FeedPublisher } from "../publish/feed-publisher";
import type { Store } from "../store/store";
import { restoreVersion } from "../sync/restore-version";
import { sendError } from "./api-error";
import { actorOf, requireRole } from "./auth";

export function versionsRouter(store: Store, feed: FeedPublisher, now: () => string): Router {
  const router = Router();

  router.get("/api/versions", (_req, res) => {
    res.json({ current: store.versions.latest(), versions: store.versions.list() });
  });

  router.post("/api/versions/:n/restore", requireRole(store, "admin"), async (req, res) => {
    const n = String(req.params.n);
    if (!/^\d{1,9}$/.test(n)) {
      return sendError(res, 400, "invalid-version", `"${n}" is not a version number.`);
    }
    const outcome = restoreVersion(store, Number(n), actorOf(res.locals), now());
    if (!outcome.ok) return sendError(res, 404, outcome.code, outcome.message);
    await feed.refresh();
    res.json(outcome);
  });

  return router;
}
