// GET /api/events and GET /api/events/:id/history: the store's view, tombstones and all.
import { Router } from "express";
import type { Store } from "../store/store";
import { sendError } from "./api-error";

export function eventsRouter(store: Store): Router {
  const router = Router();

  router.get("/api/events", (req, res) => {
    const withDeleted = req.query.deleted === "1" || req.query.deleted === "true";
    const events = store.events
      .all()
      .filter((e) => withDeleted || !e.deleted)
      .map((e) => ({ id: e.id, fields: e.fields, deleted: e.deleted, revision: e.revision, updatedAt: e.updatedAt, published: e.published }));
    res.json({ version: store.versions.latest(), count: events.length, events });
  });

  router.get("/api/events/:id/history", (req, res) => {
    const event = store.events.get(req.params.id);
    if (!event) return sendError(res, 404, "unknown-event", `No event with id "${req.params.id}".`);
    res.json({
      id: event.id,
      deleted: event.deleted,
      revisions: store.events.history(event.id).map((r) => ({
        revision: r.revision,
        version: r.version,
        at: r.at,
        by: r.actor,
        source: r.source,
        kind: r.kind,
        before: r.before,
        after: r.after,
      })),
      conflicts: store.conflicts.forEvent(event.id),
    });
  });

  return router;
}
