// Acknowledging a clash (admin): it stays in clashes.json, marked with who, when and why.
import { Router } from "express";
import type { FeedPublisher } from "../publish/feed-publisher";
import type { Store } from "../store/store";
import { acknowledgeClash, withdrawAcknowledgement } from "../sync/acknowledge-clash";
import { sendError } from "./api-error";
import { actorOf, requireRole } from "./auth";
import { acknowledgeSchema, clashPairSchema, parseBody } from "./request-schemas";

export function clashesRouter(store: Store, feed: FeedPublisher, now: () => string): Router {
  const router = Router();

  router.post("/api/clashes/acknowledge", requireRole(store, "admin"), async (req, res) => {
    const { a, b, reason } = parseBody(acknowledgeSchema, req);
    const outcome = acknowledgeClash(store, a, b, reason, actorOf(res.locals), now());
    if (!outcome.ok) return sendError(res, 404, outcome.code, outcome.message);
    await feed.refresh();
    res.json({ version: outcome.version, acknowledged: { a, b, reason, by: actorOf(res.locals) } });
  });

  router.delete("/api/clashes/acknowledge", requireRole(store, "admin"), async (req, res) => {
    const { a, b } = parseBody(clashPairSchema, req);
    const outcome = withdrawAcknowledgement(store, a, b, actorOf(res.locals), now());
    if (!outcome.ok) return sendError(res, 404, outcome.code, outcome.message);
    await feed.refresh();
    res.json({ version: outcome.version, withdrawn: { a, b } });
  });

  return router;
}
