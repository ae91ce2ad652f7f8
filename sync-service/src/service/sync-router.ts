// POST /api/sync and POST /api/validate (SPEC 8): one transaction each, then publish.
import { Router, type Response } from "express";
import type { FeedPublisher } from "../publish/feed-publisher";
import type { Store } from "../store/store";
import { syncSource, type SyncErrorCode, type SyncOutcome } from "../sync/sync-source";
import { sendError } from "./api-error";
import { actorOf, requireRole } from "./auth";
import { parseBody, syncRequestSchema } from "./request-schemas";

const STATUS: Record<SyncErrorCode, number> = {
  "no-event-column": 422,
  "unknown-id": 422,
  "unknown-version": 409,
  "too-many-rows": 413,
  "too-many-columns": 413,
  "cell-too-large": 413,
};

function sendOutcome(res: Response, outcome: SyncOutcome): boolean {
  if (!outcome.ok) {
    sendError(res, STATUS[outcome.code], outcome.code, outcome.message);
    return false;
  }
  return true;
}

export function syncRouter(store: Store, feed: FeedPublisher, now: () => string): Router {
  const router = Router();

  router.post("/api/sync", requireRole(store, "editor"), async (req, res) => {
    const request = parseBody(syncRequestSchema, req);
    const outcome = syncSource(store, request, actorOf(res.locals), now());
    if (!sendOutcome(res, outcome) || !outcome.ok) return;
    if (outcome.response.published) await feed.refresh();
    req.log?.info({ source: request.source, version: outcome.response.version, changes: outcome.response.changes, conflicts: outcome.response.conflicts.length }, "sync");
    res.json(outcome.response);
  });

  router.post("/api/validate", requireRole(store, "editor"), (req, res) => {
    const request = parseBody(syncRequestSchema, req);
    const outcome = syncSource(store, request, actorOf(res.locals), now(), { dryRun: true });
    if (sendOutcome(res, outcome) && outcome.ok) res.json(outcome.response);
  });

  return router;
}
