// Serves the timeline page at `/` and its bundled script and styles under `/timeline/`.
import express, { Router } from "express";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TIMELINE_HTML } from "./page/timeline-html";

export interface TimelineRouterOptions {
  /** Where `timeline.js` and `timeline.css` were built (`npm run build` → `dist/timeline/`). */
  assetsDir?: string;
}

// Bundled into dist/server.js the assets sit beside it; run from source, in dist/ under the working directory.
function defaultAssetsDir(): string {
  const besideBundle = fileURLToPath(new URL("./timeline", import.meta.url));
  return existsSync(join(besideBundle, "timeline.js")) ? besideBundle : resolve("dist/timeline");
}

const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

export function timelineRouter(opts: TimelineRouterOptions = {}): Router {
  const assetsDir = opts.assetsDir ?? defaultAssetsDir();
  const router = Router();

  router.get("/", (_req, res) => {
    if (!existsSync(join(assetsDir, "timeline.js"))) {
      res
        .status(503)
        .type("text")
        .send(`The timeline page's script is not built (looked in ${assetsDir}). Run \`npm run build\`, then reload. The feed itself is at /feed/events.json.`);
      return;
    }
    res.set({ "Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" });
    res.type("html").send(TIMELINE_HTML);
  });

  // The assets change only with a new build; revalidating is cheap (ETag) and never shows a stale page.
  router.use("/timeline", express.static(assetsDir, { index: false, fallthrough: false, cacheControl: true, maxAge: 0 }));
  return router;
}
