// kill -9 at any moment loses nothing acknowledged: spawn the built server on a temp store,
// sync, SIGKILL it mid-way (bounded rounds), restart, and check store and feed files agree.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedDocument } from "../../sync-service/src/mapping/types";
import { openStore } from "../../sync-service/src/store/store";
import type { SyncResponse } from "../../sync-service/src/sync/sync-types";
import { useTempDir } from "../support/temp-dir";

const SERVER_JS = join(process.cwd(), "test-artifacts", "server-kill-test.js");
const ROUNDS = 5;
const dir = useTempDir("mapping-kill-");
let token = "";
const children: ChildProcess[] = [];

beforeAll(async () => {
  await build({
    entryPoints: ["sync-service/src/server.ts"],
    outfile: SERVER_JS,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  const store = openStore(join(dir(), "mapping.db"));
  const created = store.tokens.create("kill-test", "editor", new Date().toISOString());
  store.close();
  if (!created.ok) throw new Error(created.message);
  token = created.token;
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts the server on an ephemeral port; resolves with its base URL once it listens. */
function start(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [SERVER_JS], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", MAPPING_DB: join(dir(), "mapping.db"), MAPPING_PUBLIC_DIR: join(dir(), "public"), LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 15_000);
    child.stderr!.on("data", (d) => (log += d));
    child.stdout!.on("data", (d) => {
      log += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
}

const stopped = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

interface Acked {
  title: string;
  id: string;
  version: number;
}

describe("kill -9 during syncs", () => {
  it("keeps every acknowledged sync, and the feed files on disk match the store's current version", async () => {
    const acked: Acked[] = [];
    let attempted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { child, base } = await start();
      const killAt = Date.now() + 300 + round * 250; // later each round, so kills land at different moments
      const worker = async (w: number) => {
        // bounded: at most 100 syncs per worker per round, and only until the kill
        for (let i = 0; i < 100 && Date.now() < killAt + 200; i++) {
          const title = `Kill round ${round} worker ${w} sync ${i}`;
          attempted++;
          try {
            const res = await fetch(`${base}/api/sync`, {
              method: "POST",
              headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
              body: JSON.stringify({
                source: { kind: "api", id: `kill-${round}-${w}-${i}`, name: title },
                baseVersion: null,
                header: ["Month/year", "Event", "Location"],
                rows: [{ row: 2, cells: [`${(i % 28) + 1} March 2018`, title, "Geneva"] }],
              }),
            });
            if (res.status !== 200) throw new Error(`status ${res.status}`);
            const body = (await res.json()) as SyncResponse;
            const row = body.rows.find((r) => r.cells[1] === title)!;
            acked.push({ title, id: row.id, version: body.version });
          } catch {
            return; // the server is gone
          }
        }
      };
      const workers = Promise.all([0, 1, 2].map(worker));
      await new Promise((r) => setTimeout(r, killAt - Date.now()));
      child.kill("SIGKILL");
      await Promise.all([workers, stopped(child)]);
    }
    expect(acked.length).toBeGreaterThan(3);
    expect(attempted).toBeGreaterThan(acked.length); // some syncs were cut off mid-way

    const { child, base } = await start();
    try {
      const served = (await (await fetch(`${base}/feed/events.json`)).json()) as FeedDocument;
      const store = openStore(join(dir(), "mapping.db"));
      try {
        const latest = store.versions.latest();
        expect(latest).toBeGreaterThanOrEqual(Math.max(...acked.map((a) => a.version)));
        const events = new Map(store.events.all().map((e) => [e.id, e]));
        for (const a of acked) {
          expect(events.get(a.id)?.fields.Event, a.title).toBe(a.title);
          expect(store.events.history(a.id)[0]).toMatchObject({ kind: "create" });
        }
        const onDisk = readFileSync(join(dir(), "public", "events.json"), "utf8");
        const stored = store.versions.get(latest)!.eventsJson;
        expect(onDisk).toBe(stored);
        expect((JSON.parse(onDisk) as FeedDocument).version).toBe(latest);
        expect(JSON.parse(readFileSync(join(dir(), "public", "clashes.json"), "utf8")).version).toBe(latest);
        expect(readFileSync(join(dir(), "public", "versions", String(latest), "events.json"), "utf8")).toBe(stored);
        expect(served.version).toBe(latest);
        const publishedIds = new Set(served.events.map((e) => e.id));
        for (const a of acked) expect(publishedIds.has(a.id), a.title).toBe(true);
      } finally {
        store.close();
      }
    } finally {
      child.kill("SIGTERM");
      await stopped(child);
    }
  }, 120_000);
});
