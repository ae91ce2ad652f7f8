// Builds the timeline page's script and styles from the current source into dist/timeline/, where
// the service serves them from (the same target as build.mjs), so browser runs never see a stale bundle.
import { build } from "esbuild";

export async function buildTimelineScript(): Promise<void> {
  await build({
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: true,
    entryPoints: { timeline: "sync-service/src/timeline/client/main.ts" },
    outdir: "dist/timeline",
    logLevel: "warning",
  });
}
