// The feed over HTTP (SPEC 7) and the API around versions, history and acknowledgements.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedDocument } from "../../sync-service/src/mapping/types";
import { withFeedFastPath } from "../../sync-service/src/service/feed-fast-path";
import { EXCEL, GSHEETS, makeService, sheetFromResponse, syncBody, type ServiceFixture } from "./service-fixture";

const HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point"];
let s: ServiceFixture;
let ids: string[];

const sync = (body: object, token = s.editor) => request(s.app).post("/api/sync").auth(token, { type: "bearer" }).send(body);

beforeAll(async () => {
  s = makeService();
  const res = await sync(
    syncBody(EXCEL, null, HEADER, [
      [null, "April 3-7, 2017", "Commission on Population and Development", "New York", "DESA"],
      [null, "April 5 to 6 2017", "Friends of the GFMD", "New York", "DESA"],
      [null, "December 2016", "Move4Dev", "Brussels", "World Bank"],
    ]),
  );
  expect(res.status).toBe(200);
  ids = res.body.rows.map((r: { id: string }) => r.id);
});
afterAll(() => s.close());

describe("feed reads", () => {
  it("serves every feed file with ETag, Last-Modified and CORS, and answers If-None-Match with 304", async () => {
    for (const [file, type] of [
      ["events.json", /application\/json/],
      ["events.csv", /text\/csv/],
      ["events.ics", /text\/calendar/],
      ["clashes.json", /application\/json/],
      ["schema.json", /json/],
    ] as const) {
      const res = await request(s.app).get(`/feed/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers["content-type"]).toMatch(type);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(new Date(res.headers["last-modified"]).getTime()).toBeGreaterThan(0);
      const again = await request(s.app).get(`/feed/${file}`).set("If-None-Match", res.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text ?? "").toBe("");
      const other = await request(s.app).get(`/feed/${file}`).set("If-None-Match", '"something-else"');
      expect(other.status).toBe(200);
      expect((await request(s.app).get(`/feed/${file}`).set("If-None-Match", `"x", W/${res.headers.etag}`)).status).toBe(304);
      expect((await request(s.app).get(`/feed/${file}`).set("If-Modified-Since", res.headers["last-modified"])).status).toBe(304);
      const earlier = new Date(Date.parse(res.headers["last-modified"]) - 1000).toUTCString();
      expect((await request(s.app).get(`/feed/${file}`).set("If-Modified-Since", earlier)).status).toBe(200);
    }
  });

  it("the server's fast path answers feed files exactly as the app does, and passes everything else on", async () => {
    const server = createServer(withFeedFastPath(s.feed, s.app));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const file of ["events.json", "events.ics"]) {
        const viaApp = await request(s.app).get(`/feed/${file}`);
        const fast = await fetch(`${base}/feed/${file}`);
        expect(await fast.text()).toBe(viaApp.text);
        for (const h of ["etag", "last-modified", "content-type", "access-control-allow-origin", "cache-control"]) expect(fast.headers.get(h), h).toBe(viaApp.headers[h]);
        expect((await fetch(`${base}/feed/${file}`, { headers: { "If-None-Match": viaApp.headers.etag } })).status).toBe(304);
      }
      expect((await fetch(`${base}/feed/changes?since=0`)).status).toBe(200); // not a fast path: the app answers
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      expect((await fetch(`${base}/feed/events.json`, { method: "POST" })).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("answers a CORS preflight for feed reads", async () => {
    const res = await request(s.app).options("/feed/events.json").set("Origin", "https://example.org").set("Access-Control-Request-Method", "GET");
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["access-control-allow-methods"]).toContain("GET");
  });

  it("serves what the store published, and the same bytes are on disk", async () => {
    const res = await request(s.app).get("/feed/events.json");
    const doc = res.body as FeedDocument;
    expect(doc.version).toBe(s.store.versions.latest());
    expect(doc.events.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(readFileSync(join(s.dir, "public", "events.json"), "utf8")).toBe(res.text);
    expect(readFileSync(join(s.dir, "public", "versions", String(doc.version), "events.json"), "utf8")).toBe(res.text);
  });
});

describe("versions, changes and tombstones", () => {
  it("a new version changes the ETag; changes?since lists edits whole and deletions as tombstones; old versions stay readable", async () => {
    const v1 = await request(s.app).get("/feed/events.json");
    const rows = sheetFromResponse(HEADER, (await sync(syncBody(EXCEL, 1, HEADER, [[ids[0], "April 3-7, 2017", "Commission on Population and Development", "New York", "DESA"], [ids[1], "April 5 to 6 2017", "Friends of the GFMD", "New York", "DESA"], [ids[2], "December 2016", "Move4Dev", "Brussels", "World Bank"]]))).body.rows);
    rows[0][3] = "New York City";
    const res = await sync(syncBody(EXCEL, 1, HEADER, rows.slice(0, 2)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, published: true, changes: { created: 0, updated: 1, deleted: 1 } });

    const v2 = await request(s.app).get("/feed/events.json").set("If-None-Match", v1.headers.etag);
    expect(v2.status).toBe(200);
    expect(v2.headers.etag).not.toBe(v1.headers.etag);

    const changes = await request(s.app).get("/feed/changes?since=1");
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({ since: 1, version: 2 });
    expect(changes.body.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ids[0], location: "New York City" }), { id: ids[2], deleted: true }]),
    );
    expect(changes.body.changes).toHaveLength(2);
    expect((await request(s.app).get("/feed/changes?since=2")).body.changes).toEqual([]);
    expect((await request(s.app).get("/feed/changes?since=0")).body.changes).toHaveLength(2);
    expect((await request(s.app).get("/feed/changes?since=5")).status).toBe(404);

    const old = await request(s.app).get("/feed/versions/1/events.json");
    expect(old.status).toBe(200);
    expect(old.text).toBe(v1.text);
    expect((await request(s.app).get("/feed/versions/1/events.json").set("If-None-Match", old.headers.etag)).status).toBe(304);
    expect((await request(s.app).get("/feed/versions/42/events.json")).status).toBe(404);

    const list = await request(s.app).get("/api/versions");
    expect(list.body.versions.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([[1, "sync"], [2, "sync"]]);
  });

  it("restore (admin) publishes a new version equal to the old one", async () => {
    const res = await request(s.app).post("/api/versions/1/restore").auth(s.admin, { type: "bearer" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, version: 3, restoredFrom: 1 });
    const now = (await request(s.app).get("/feed/events.json")).body as FeedDocument;
    const then = (await request(s.app).get("/feed/versions/1/events.json")).body as FeedDocument;
    expect(now.version).toBe(3);
    expect(now.events).toEqual(then.events);
    const history = await request(s.app).get(`/api/events/${ids[2]}/history`);
    expect(history.body.revisions.map((r: { kind: string; by: string }) => [r.kind, r.by])).toEqual([["create", "editor-ed"], ["delete", "editor-ed"], ["restore", "admin-ann"]]);
    expect(history.body.revisions[1]).toMatchObject({ before: { Event: "Move4Dev" }, after: null, source: "excel:workbook-1", version: 2 });
  });
});

describe("acknowledging clashes", () => {
  it("marks the clash in clashes.json with who and why, and withdrawing unmarks it", async () => {
    const before = (await request(s.app).get("/feed/clashes.json")).body;
    const clash = before.clashes.find((c: { a: { id: string }; b: { id: string } }) => [c.a.id, c.b.id].sort().join() === [ids[0], ids[1]].sort().join());
    expect(clash).toMatchObject({ kind: "definite", acknowledged: false });

    const ack = await request(s.app).post("/api/clashes/acknowledge").auth(s.admin, { type: "bearer" }).send({ a: ids[1], b: ids[0], reason: "Different delegations attend" });
    expect(ack.status).toBe(200);
    const after = (await request(s.app).get("/feed/clashes.json")).body;
    expect(after.version).toBe(ack.body.version);
    const marked = after.clashes.find((c: { a: { id: string }; b: { id: string } }) => [c.a.id, c.b.id].sort().join() === [ids[0], ids[1]].sort().join());
    expect(marked).toMatchObject({ acknowledged: true, acknowledgement: { by: "admin-ann", reason: "Different delegations attend" } });

    const editorTry = await request(s.app).delete("/api/clashes/acknowledge").auth(s.editor, { type: "bearer" }).send({ a: ids[0], b: ids[1] });
    expect(editorTry.status).toBe(403);
    const withdraw = await request(s.app).delete("/api/clashes/acknowledge").auth(s.admin, { type: "bearer" }).send({ a: ids[0], b: ids[1] });
    expect(withdraw.status).toBe(200);
    const unmarked = (await request(s.app).get("/feed/clashes.json")).body.clashes.find(
      (c: { a: { id: string }; b: { id: string } }) => [c.a.id, c.b.id].sort().join() === [ids[0], ids[1]].sort().join(),
    );
    expect(unmarked.acknowledged).toBe(false);
    expect((await request(s.app).delete("/api/clashes/acknowledge").auth(s.admin, { type: "bearer" }).send({ a: ids[0], b: ids[1] })).status).toBe(404);
  });
});

describe("validate, events, health, OpenAPI", () => {
  it("POST /api/validate answers like a sync and stores nothing", async () => {
    const version = s.store.versions.latest();
    const revisions = s.store.events.revisionCount();
    const events = JSON.stringify(s.store.events.all());
    const res = await request(s.app)
      .post("/api/validate")
      .auth(s.editor, { type: "bearer" })
      .send(syncBody(GSHEETS, null, HEADER, [[null, "February 30, 2017", "Broken date", "Rome", "IOM"]]));
    expect(res.status).toBe(200);
    expect(res.body.published).toBe(false);
    expect(res.body.rows[0].status).toBe("error");
    expect(res.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ row: 2, code: "impossible-date", severity: "error" })]));
    expect(s.store.versions.latest()).toBe(version);
    expect(s.store.events.revisionCount()).toBe(revisions);
    expect(s.store.sources.get("gsheets:sheet-1")).toBeNull();
    expect(JSON.stringify(s.store.events.all())).toBe(events); // the rolled-back dry run left nothing in memory either
  });

  it("GET /api/events lists live events (tombstones on request); health answers the current version", async () => {
    const events = (await request(s.app).get("/api/events")).body;
    expect(events.events.map((e: { id: string }) => e.id).sort()).toEqual([...ids].sort());
    const health = (await request(s.app).get("/api/health")).body;
    expect(health).toMatchObject({ status: "ok", version: s.store.versions.latest(), events: 3 });
  });

  it("the OpenAPI document describes every route the app has", async () => {
    const doc = (await request(s.app).get("/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    const described = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const routes = appRoutes(s.app).filter((r) => r.startsWith("GET /feed") || r.includes(" /api"));
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) expect(described, route).toContain(route);
  });
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** `METHOD /path` of every route in the express app, with `:param` written as `{param}`. */
function appRoutes(app: ServiceFixture["app"]): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route && typeof layer.route.path === "string") {
        for (const m of Object.keys(layer.route.methods)) out.push(`${m.toUpperCase()} ${layer.route.path.replace(/:(\w+)/g, "{$1}")}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out;
}
