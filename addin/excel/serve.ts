// The service serves the task pane itself under /addin/excel/, so the pane and the API share one
// origin (no CORS, one certificate). The files are the esbuild output (dist/addin/excel).
import express, { Router } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const EXCEL_ADDIN_PATH = "/addin/excel";

export function excelAddinRouter(dir: string = join(process.cwd(), "dist", "addin", "excel")): Router {
  const router = Router();
  router.use(EXCEL_ADDIN_PATH, (req, res, next) => {
    if (existsSync(join(dir, "taskpane.html"))) return next();
    res.status(503).json({ error: { code: "addin-not-built", message: `The Excel task pane is not built (no ${dir}). Run \`npm run build\` and reload.` } });
  });
  // The pane's files change with each build: Office caches aggressively, so ask it to revalidate.
  router.use(EXCEL_ADDIN_PATH, express.static(dir, { index: "taskpane.html", fallthrough: true, setHeaders: (res) => res.set("Cache-Control", "no-cache") }));
  return router;
}
