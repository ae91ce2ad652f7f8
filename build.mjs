// Builds every bundle with esbuild: the `mapping` command and the service for Node,
// the Excel task pane and the Apps Script add-on for their hosts. Runs on `npm install`.
import { build } from "esbuild";
import { excelPaneTarget } from "./addin/excel/build-target.mjs";
import { gsheetsTarget } from "./addin/gsheets/build-target.mjs";

const node = { bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", sourcemap: true };

const targets = [
  { ...node, entryPoints: ["sync-service/src/cli/main.ts"], outfile: "dist/mapping.js", banner: { js: "#!/usr/bin/env node" } },
  // more targets (service, add-ins, timeline page) are added below, one line each
  { ...node, entryPoints: ["sync-service/src/server.ts"], outfile: "dist/server.js" },
  { ...node, entryPoints: ["sync-service/src/publish/derived-files-worker.ts"], outfile: "dist/derived-files-worker.js" },
  { bundle: true, platform: "browser", format: "esm", target: "es2022", minify: true, sourcemap: true, entryPoints: { timeline: "sync-service/src/timeline/client/main.ts" }, outdir: "dist/timeline" },
  excelPaneTarget("dist/addin/excel"),
  gsheetsTarget,
];

await Promise.all(targets.map((t) => build({ logLevel: "warning", ...t })));
