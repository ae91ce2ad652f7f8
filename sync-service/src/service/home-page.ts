import type { RequestHandler } from "express";

/** Until the timeline page is mounted at `/`: a short page linking the feed. */
export const homePage: RequestHandler = (_req, res) => {
  const links = ["events.json", "events.csv", "events.ics", "clashes.json", "schema.json", "changes?since=0"]
    .map((f) => `<li><a href="/feed/${f}">/feed/${f}</a></li>`)
    .join("");
  res.type("html").send(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Process mapping</title>` +
      `<h1>Process mapping</h1><p>The published feed:</p><ul>${links}</ul>` +
      `<p>API: <a href="/api/openapi.json">/api/openapi.json</a></p></html>`,
  );
};
