import type { Request, Response } from "express";
import fresh from "fresh";
import type { Representation } from "../publish/feed-publisher";

/** Feed reads are public and cross-origin (SPEC 7): any site may fetch them. */
export function setCorsHeaders(res: Response): void {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Content-Length");
}

/** Sends a cached representation with ETag / Last-Modified, or 304 when the client has it. */
export function sendRepresentation(req: Request, res: Response, rep: Representation): void {
  setCorsHeaders(res);
  res.setHeader("ETag", rep.etag);
  res.setHeader("Last-Modified", rep.lastModified);
  res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  if (fresh(req.headers, { etag: rep.etag, "last-modified": rep.lastModified })) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader("Content-Type", rep.contentType);
  res.setHeader("Content-Length", rep.body.length);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : rep.body);
}
