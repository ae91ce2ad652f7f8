// The feed files at a static server's cost: exact GET/HEAD /feed/<file> requests are answered
// from memory before express sees them (express adds ~2-3x per request, which dominates a 304).
// Everything else, including these paths with a query string, goes on to the app.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { FeedPublisher } from "../publish/feed-publisher";
import { sendRepresentation } from "./conditional-get";
import { CURRENT_FEED_FILES } from "./feed-router";

export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

export function feedFastPath(feed: FeedPublisher): FastPath {
  const paths = new Map(CURRENT_FEED_FILES.map((name) => [`/feed/${name}`, name]));
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const name = paths.get(req.url ?? "");
    const rep = name === undefined ? undefined : feed.file(name);
    if (!rep) return false;
    sendRepresentation(req, res, rep);
    return true;
  };
}

/** The server's request listener: the feed fast path, then the app (as server.ts serves it). */
export function withFeedFastPath(feed: FeedPublisher, app: (req: IncomingMessage, res: ServerResponse) => void): RequestListener {
  const fast = feedFastPath(feed);
  return (req, res) => {
    if (!fast(req, res)) app(req, res);
  };
}
