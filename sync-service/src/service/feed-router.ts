// SPEC 7: the public feed, served from the publisher's in-memory copy of the current version.
import { Router } from "express";
import type { FeedPublisher } from "../publish/feed-publisher";
import { sendError } from "./api-error";
import { sendRepresentation, setCorsHeaders } from "./conditional-get";

export const CURRENT_FEED_FILES = ["events.json", "events.csv", "events.ics", "clashes.json", "schema.json"];

export function feedRouter(feed: FeedPublisher): Router {
  const router = Router();

  router.options(/^\/feed\//, (_req, res) => {
    setCorsHeaders(res);
    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since");
    res.setHeader("Access-Control-Max-Age", "86400");
    res.status(204).end();
  });

  for (const name of CURRENT_FEED_FILES) {
    router.get(`/feed/${name}`, (req, res) => {
      const rep = feed.file(name);
      if (!rep) return sendError(res, 404, "not-found", `/feed/${name} is not published by this service.`);
      sendRepresentation(req, res, rep);
    });
  }

  router.get("/feed/changes", (req, res) => {
    setCorsHeaders(res);
    const raw = typeof req.query.since === "string" ? req.query.since : "";
    if (!/^\d{1,9}$/.test(raw)) {
      return sendError(res, 400, "invalid-since", "Give the version you have as `?since=N` (a whole number, 0 for everything).");
    }
    const since = Number(raw);
    const rep = feed.changes(since);
    if (!rep) {
      return sendError(res, 404, "unknown-version", `There is no version ${since}; the current version is ${feed.currentVersion}.`);
    }
    sendRepresentation(req, res, rep);
  });

  router.get("/feed/versions/:n/events.json", (req, res) => {
    setCorsHeaders(res);
    const n = /^\d{1,9}$/.test(req.params.n) ? Number(req.params.n) : NaN;
    const rep = Number.isNaN(n) ? null : feed.versionEvents(n);
    if (!rep) {
      return sendError(res, 404, "unknown-version", `There is no version ${req.params.n}; versions run from 1 to ${feed.currentVersion}.`);
    }
    sendRepresentation(req, res, rep);
  });

  return router;
}
