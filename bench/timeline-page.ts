// `npm run bench:timeline`: the timeline page with 1,000 published events in headless Chromium.
// Prints how long the page takes to load and draw, and to redraw after a filter change; asserts nothing.
import express from "express";
import type { AddressInfo } from "node:net";
import { checkMapping } from "../sync-service/src/mapping/check";
import { findFeedClashes } from "../sync-service/src/mapping/feed/feed-clashes";
import { buildFeedDocument } from "../sync-service/src/mapping/feed/feed-document";
import { toFeedEvent } from "../sync-service/src/mapping/feed/feed-event";
import { parseCsvText } from "../sync-service/src/sheet-files/parse-csv";
import { timelineRouter } from "../sync-service/src/timeline/router";
import { launchBrowser } from "../tests/support/browser";
import { buildTimelineScript } from "../tests/support/timeline-script";
import { generateChunk } from "./generate-mapping";

const EVENTS = 1_000;
const RUNS = 5;

function feedOf(rows: number) {
  const report = checkMapping(parseCsvText(generateChunk(0, rows, { totalRows: rows, seed: 6 })), { today: "2017-01-01" });
  const bad = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.row));
  const events = report.events.filter((e) => !bad.has(e.row)).map((e) => toFeedEvent(e, { id: `ev-${e.row}`, updatedAt: "2017-01-01T00:00:00Z", revision: 1 }));
  const doc = buildFeedDocument({ version: 1, publishedAt: "2017-01-01T00:00:00Z", events });
  return { doc, clashes: findFeedClashes({ version: 1, publishedAt: doc.publishedAt, events }) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  await buildTimelineScript();
  // A few rows more than EVENTS: about 2% of generated rows have errors and are not published.
  const { doc, clashes } = feedOf(Math.round(EVENTS * 1.03));
  const app = express();
  app.get("/feed/events.json", (_req, res) => res.json(doc));
  app.get("/feed/clashes.json", (_req, res) => res.json(clashes));
  app.use(timelineRouter());
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const load: number[] = [];
    const redraw: number[] = [];
    let counts = "";
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const started = Date.now();
      await page.goto(`${base}/`);
      await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
      load.push(Date.now() - started);
      counts = await page.locator("#summary").innerText();
      // The redraw runs synchronously in the change handler: time it inside the page.
      redraw.push(
        await page.evaluate(() => {
          const select = document.querySelector<HTMLSelectElement>("#f-status")!;
          select.value = "confirmed";
          const t0 = performance.now();
          select.dispatchEvent(new Event("change", { bubbles: true }));
          document.body.getBoundingClientRect(); // include layout
          return performance.now() - t0;
        }),
      );
      await page.close();
    }
    console.log(`timeline page, ${doc.count} events, ${clashes.count} clashes, ${RUNS} runs (median)`);
    console.log(`  ${counts}`);
    console.log(`  load → drawn:         ${median(load)} ms  (all: ${load.join(", ")})`);
    console.log(`  filter change redraw: ${median(redraw).toFixed(1)} ms  (all: ${redraw.map((r) => r.toFixed(1)).join(", ")})`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
