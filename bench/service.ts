// npm run bench:service — the feed against a bare node:http static server serving the same bytes
// (the limit), and sync latency for a 1,000-row sheet with 10 changed rows. Prints figures.
// Both servers run in a child process, the load generator (autocannon) in this one.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pino from "pino";
import focalPointData from "../sync-service/src/mapping/validation/focal-points.json";
import type { Cell } from "../sync-service/src/mapping/types";
import { FeedPublisher } from "../sync-service/src/publish/feed-publisher";
import { createApp } from "../sync-service/src/service/app";
import { withFeedFastPath } from "../sync-service/src/service/feed-fast-path";
import { openStore } from "../sync-service/src/store/store";
import type { SyncResponse } from "../sync-service/src/sync/sync-types";

const EVENTS = 1000;
const SYNC_RUNS = 100;
const WARM_UP_RUNS = 5;
const LOAD_SECONDS = 5;
const CONNECTIONS = 20;

const HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point", "Description"];
const CITIES = ["Geneva", "New York", "Vienna", "Bangkok", "Rome", "Addis Ababa", "Brussels", "Berlin", "Dakar", "Santiago", "Manila", "Rabat"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FOCAL = focalPointData.focalPoints.map((f) => f.name);

/** 1,000 plausible rows: one event every day or so over three years, a few clashes, a few month-only dates. */
function mappingRows(): Cell[][] {
  return Array.from({ length: EVENTS }, (_, i) => {
    const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(i * 1.1) * 86_400_000);
    const month = MONTHS[day.getUTCMonth()];
    const d = day.getUTCDate();
    const date = i % 10 === 9 ? `${month} ${day.getUTCFullYear()}` : i % 3 === 0 && d < 27 ? `${month} ${d}-${d + 2}, ${day.getUTCFullYear()}` : `${d} ${month} ${day.getUTCFullYear()}`;
    return [null, date, `Regional consultation ${i + 1} on labour migration`, CITIES[i % CITIES.length], FOCAL[i % FOCAL.length], `Meeting ${i + 1}: consultations among member States and partners.`];
  });
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, headers });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/** Child process: the service on a temp store and a bare static server; prints their addresses. */
async function serve() {
  const dir = mkdtempSync(join(tmpdir(), "mapping-bench-"));
  const store = openStore(join(dir, "mapping.db"));
  const tokenResult = store.tokens.create("bench", "editor", new Date().toISOString());
  if (!tokenResult.ok) throw new Error(tokenResult.message);
  const feed = new FeedPublisher(store, join(dir, "public"));
  // composed as server.ts composes it: the feed fast path, then the express app
  const app = createApp({ store, feed, logger: pino({ level: "warn" }) });
  const service = createServer(withFeedFastPath(feed, app));
  service.keepAliveTimeout = 65_000;
  // The static server answers with whatever events.json the service currently has: the same bytes and ETag.
  const staticServer = createServer((req, res) => {
    const rep = feed.file("events.json")!;
    if (req.headers["if-none-match"] === rep.etag) {
      res.writeHead(304, { ETag: rep.etag, "Last-Modified": rep.lastModified });
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": rep.contentType, "Content-Length": rep.body.length, ETag: rep.etag, "Last-Modified": rep.lastModified });
    res.end(rep.body);
  });
  staticServer.keepAliveTimeout = 65_000;
  const addresses = { base: await listen(service), staticBase: await listen(staticServer), token: tokenResult.token };
  console.log(JSON.stringify(addresses));
  process.stdin.resume();
  process.stdin.on("end", () => {
    service.closeAllConnections();
    staticServer.closeAllConnections();
    service.close();
    staticServer.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function main() {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], "--serve"], { stdio: ["pipe", "pipe", "inherit"] });
  const { base, staticBase, token } = await new Promise<{ base: string; staticBase: string; token: string }>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const auth = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const source = { kind: "api", id: "bench", name: "bench" };

  console.log(`Loading ${EVENTS} events ...`);
  let t = performance.now();
  const firstRes = await fetch(`${base}/api/sync`, { method: "POST", headers: auth, body: JSON.stringify({ source, baseVersion: null, header: HEADER, rows: mappingRows().map((cells, i) => ({ row: i + 2, cells })) }) });
  const first = (await firstRes.json()) as SyncResponse;
  console.log(`  first sync of ${EVENTS} rows: ${(performance.now() - t).toFixed(0)} ms, version ${first.version}, ${first.clashes.length} clashes`);

  // a running service has its CSV/iCalendar worker started: let the first derived render finish (~1 s after the publish)
  await new Promise((r) => setTimeout(r, 3000));
  // sync latency: the same 1,000-row sheet, 10 rows changed each time
  const sheet = first.rows.map((r) => ({ row: r.row, cells: [...r.cells] }));
  let version = first.version;
  const syncTimes: number[] = [];
  const warmUp: number[] = [];
  for (let k = 0; k < WARM_UP_RUNS + SYNC_RUNS; k++) {
    for (let j = 0; j < 10; j++) sheet[(k * 37 + j * 101) % sheet.length].cells[5] = `Changed in run ${k}, row ${j}`;
    t = performance.now();
    const res = await fetch(`${base}/api/sync`, { method: "POST", headers: auth, body: JSON.stringify({ source, baseVersion: version, header: HEADER, rows: sheet }) });
    const body = (await res.json()) as SyncResponse;
    (k < WARM_UP_RUNS ? warmUp : syncTimes).push(performance.now() - t);
    if (process.env.BENCH_TRACE) process.stdout.write(`${(performance.now() - t).toFixed(0)} `);
    if (res.status !== 200 || body.changes.updated !== 10) throw new Error(`sync ${k}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    version = body.version;
  }
  await new Promise((r) => setTimeout(r, 1500)); // let the service write its CSV/iCalendar files before the load

  const head = await fetch(`${base}/feed/events.json`);
  const etag = head.headers.get("etag")!;
  const size = (await head.arrayBuffer()).byteLength;
  console.log(`Feed load: ${CONNECTIONS} keep-alive connections, ${LOAD_SECONDS} s per run, events.json = ${(size / 1024).toFixed(0)} KiB`);
  const results: [string, Awaited<ReturnType<typeof load>>][] = [];
  results.push(["static 200", await load(`${staticBase}/events.json`)]);
  results.push(["service 200", await load(`${base}/feed/events.json`)]);
  results.push(["static 304", await load(`${staticBase}/events.json`, { "if-none-match": etag })]);
  results.push(["service 304", await load(`${base}/feed/events.json`, { "if-none-match": etag })]);

  console.log("\n| GET events.json | req/s | p99 ms | vs static |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [name, r] of results) {
    const ref = results.find(([n]) => n === `static ${name.split(" ")[1]}`)![1];
    console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p99} | ${((100 * r.rps) / ref.rps).toFixed(0)}% |${r.errors ? ` errors ${r.errors}` : ""}`);
  }
  console.log(`\nSync of a ${EVENTS}-row sheet with 10 changed rows (HTTP round trip, publish included; ${SYNC_RUNS} runs after ${WARM_UP_RUNS} warm-up runs of ${warmUp.map((w) => w.toFixed(0)).join(", ")} ms):`);
  console.log(`  p50 ${quantile(syncTimes, 0.5).toFixed(1)} ms, p99 ${quantile(syncTimes, 0.99).toFixed(1)} ms, max ${Math.max(...syncTimes).toFixed(1)} ms`);
  console.log(`\n(load average while measuring: ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(", ")} on ${(await import("node:os")).cpus().length} cores)`);
  child.stdin!.end();
}

(process.argv.includes("--serve") ? serve() : main()).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
