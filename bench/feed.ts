// `npm run bench:feed`: how long rendering each feed file takes, from the seed mapping's 50 events
// repeated (new ids, dates shifted a year per copy) up to 10,000 events. Prints a table.
import { readFile } from "node:fs/promises";
import os from "node:os";
import { addDays } from "../sync-service/src/mapping/dates/calendar";
import { checkMapping } from "../sync-service/src/mapping/check";
import { findFeedClashes } from "../sync-service/src/mapping/feed/feed-clashes";
import { toFeedCsv } from "../sync-service/src/mapping/feed/feed-csv";
import { buildFeedDocument, toFeedJson } from "../sync-service/src/mapping/feed/feed-document";
import { toFeedIcs } from "../sync-service/src/mapping/feed/feed-ics";
import { publishFromReport } from "../sync-service/src/mapping/feed/publish-from-report";
import type { FeedEvent } from "../sync-service/src/mapping/types";
import { parseCsvText } from "../sync-service/src/sheet-files/read-sheet-file";

const SIZES = [50, 500, 2_000, 10_000];
const PUBLISHED_AT = "2016-11-17T09:30:00.000Z";

function repeatSeed(seed: readonly FeedEvent[], count: number): FeedEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const e = seed[i % seed.length];
    const shift = Math.floor(i / seed.length) * 364; // whole weeks, so weekdays stay right
    const move = (d: string | null) => (d === null ? null : addDays(d, shift));
    return { ...e, id: `ev-${i}`, date: { ...e.date, start: move(e.date.start), end: move(e.date.end) } };
  });
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const csv = await readFile(new URL("../sync-service/sample/process-mapping-2016-11-17.csv", import.meta.url), "utf8");
  const seed = publishFromReport(checkMapping(parseCsvText(csv), { today: "2016-11-17" }), { version: 1, publishedAt: PUBLISHED_AT }).document.events;
  console.log(`bench:feed, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}; milliseconds per render`);
  toFeedIcs(seed, { prodId: "bench", calendarName: "bench", now: PUBLISHED_AT }); // warm up
  const head = ["events", "events.json", "events.csv", "events.ics", "clashes.json", "ics µs/event"];
  const rows: string[][] = [];
  for (const size of SIZES) {
    console.error(`${size} events…`);
    const doc = buildFeedDocument({ version: 1, publishedAt: PUBLISHED_AT, events: repeatSeed(seed, size) });
    const json = time(() => toFeedJson(doc));
    const csvMs = time(() => toFeedCsv(doc.events));
    const ics = time(() => toFeedIcs(doc.events, { prodId: "bench", calendarName: "bench", now: PUBLISHED_AT }));
    const clashes = time(() => findFeedClashes({ version: 1, publishedAt: PUBLISHED_AT, events: doc.events }));
    rows.push([String(size), json.toFixed(1), csvMs.toFixed(1), ics.toFixed(1), clashes.toFixed(1), ((ics * 1000) / size).toFixed(0)]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(" | ")} |`;
  console.log([line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n"));
}

await main();
