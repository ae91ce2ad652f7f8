import type { IncomingMessage, ServerResponse } from "node:http";
import type { Representation } from "../publish/feed-publisher";

/** Feed reads are public and cross-origin (SPEC 7): any site may fetch them. */
export function setCorsHeaders(res: ServerResponse): void {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Content-Length");
}

/** Sends a cached representation with ETag / Last-Modified, or 304 when the client has it. */
export function sendRepresentation(req: IncomingMessage, res: ServerResponse, rep: Representation): void {
  setCorsHeaders(res);
  res.setHeader("ETag", rep.etag);
  res.setHeader("Last-Modified", rep.lastModified);
  res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  if (notModified(req, rep)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader("Content-Type", rep.contentType);
  res.setHeader("Content-Length", rep.body.length);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : rep.body);
}

/**
 * RFC 9110 13.1: If-None-Match (weak comparison, `*`) wins over If-Modified-Since. A request's
 * `Cache-Control: no-cache` does not turn a match into a 200 here: we are the origin, the
 * validator is current (fetch() adds no-cache to every request that carries If-None-Match).
 */
function notModified(req: IncomingMessage, rep: Representation): boolean {
  const match = req.headers["if-none-match"];
  if (match !== undefined) {
    const opaque = rep.etag.replace(/^W\//, "");
    return match.split(",").some((tag) => {
      const t = tag.trim();
      return t === "*" || t.replace(/^W\//, "") === opaque;
    });
  }
  const since = req.headers["if-modified-since"];
  if (since === undefined) return false;
  const at = Date.parse(since);
  return Number.isFinite(at) && Date.parse(rep.lastModified) <= at;
}
