// "Bad input ... each gets a clear 4xx JSON error and changes nothing" (issue 3).
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXCEL, makeService, sheetFromResponse, syncBody, type ServiceFixture } from "./service-fixture";

const HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point"];
let s: ServiceFixture;
let ids: string[] = [];

beforeAll(async () => {
  s = makeService();
  const res = await request(s.app)
    .post("/api/sync")
    .auth(s.editor, { type: "bearer" })
    .send(syncBody(EXCEL, null, HEADER, [[null, "June 2017", "Tenth Global Forum", "Berlin", "GFMD"], [null, "May 2017", "IDM", "Geneva", "IOM"]]));
  expect(res.status).toBe(200);
  ids = res.body.rows.map((r: { id: string }) => r.id);
});
afterAll(() => s.close());

/** What must not move when a request is refused. */
function storeState() {
  return {
    version: s.store.versions.latest(),
    revisions: s.store.events.revisionCount(),
    events: JSON.stringify(s.store.events.all()),
    sources: JSON.stringify(s.store.sources.list()),
  };
}

const good = () => syncBody(EXCEL, 1, HEADER, [[ids[0], "June 2017", "Tenth Global Forum", "Berlin", "GFMD"], [ids[1], "May 2017", "IDM", "Geneva", "IOM"]]);

const cases: { name: string; status: number; code: string; send: () => request.Test }[] = [
  {
    name: "malformed JSON",
    status: 400,
    code: "malformed-json",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).set("Content-Type", "application/json").send('{"source": {"kind": "excel",'),
  },
  {
    name: "a body that is not JSON",
    status: 415,
    code: "unsupported-media-type",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).set("Content-Type", "text/plain").send("hello"),
  },
  {
    name: "wrong shape (rows is not an array, unknown source kind)",
    status: 400,
    code: "invalid-request",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send({ ...good(), rows: "all of them", source: { kind: "word", id: "x", name: "y" } }),
  },
  {
    name: "a header with no event column",
    status: 422,
    code: "no-event-column",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send(syncBody(EXCEL, 1, ["ID", "Date", "Where"], [[ids[0], "June 2017", "Berlin"]])),
  },
  {
    name: "a 100k-row body",
    status: 413,
    code: "too-many-rows",
    send: () =>
      request(s.app)
        .post("/api/sync")
        .auth(s.editor, { type: "bearer" })
        .send(syncBody(EXCEL, 1, HEADER, Array.from({ length: 100_000 }, (_, i) => [null, "June 2017", `E${i}`, "", ""]))),
  },
  {
    name: "a body over the size limit",
    status: 413,
    code: "body-too-large",
    send: () =>
      request(s.app)
        .post("/api/sync")
        .auth(s.editor, { type: "bearer" })
        .send(syncBody(EXCEL, 1, HEADER, Array.from({ length: 400 }, (_, i) => [null, "June 2017", `E${i}`, "x".repeat(30_000), ""]))),
  },
  {
    name: "an oversized cell",
    status: 413,
    code: "cell-too-large",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send(syncBody(EXCEL, 1, HEADER, [[ids[0], "June 2017", "x".repeat(40_000), "Berlin", "GFMD"]])),
  },
  {
    name: "an id the service never issued",
    status: 422,
    code: "unknown-id",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send(syncBody(EXCEL, 1, HEADER, [["ev-aaaaaaaaaa", "June 2017", "Changed", "Berlin", "GFMD"]])),
  },
  {
    name: "a base version that does not exist",
    status: 409,
    code: "unknown-version",
    send: () => request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send({ ...good(), baseVersion: 77 }),
  },
  { name: "a missing token", status: 401, code: "missing-token", send: () => request(s.app).post("/api/sync").send(good()) },
  { name: "a wrong token", status: 401, code: "invalid-token", send: () => request(s.app).post("/api/sync").auth("pm_guess", { type: "bearer" }).send(good()) },
  {
    name: "an editor token on an admin route",
    status: 403,
    code: "forbidden",
    send: () => request(s.app).post("/api/versions/1/restore").auth(s.editor, { type: "bearer" }),
  },
  {
    name: "acknowledging a clash of unknown events",
    status: 404,
    code: "unknown-event",
    send: () => request(s.app).post("/api/clashes/acknowledge").auth(s.admin, { type: "bearer" }).send({ a: ids[0], b: "ev-nope", reason: "fine" }),
  },
  {
    name: "acknowledging without a reason",
    status: 400,
    code: "invalid-request",
    send: () => request(s.app).post("/api/clashes/acknowledge").auth(s.admin, { type: "bearer" }).send({ a: ids[0], b: ids[1] }),
  },
  { name: "restoring a version that does not exist", status: 404, code: "unknown-version", send: () => request(s.app).post("/api/versions/9/restore").auth(s.admin, { type: "bearer" }) },
  { name: "history of an unknown event", status: 404, code: "unknown-event", send: () => request(s.app).get("/api/events/ev-nope/history") },
  { name: "changes since a non-number", status: 400, code: "invalid-since", send: () => request(s.app).get("/feed/changes?since=yesterday") },
  { name: "an unknown route", status: 404, code: "not-found", send: () => request(s.app).get("/api/nothing-here") },
];

describe("bad input gets a clear 4xx JSON error and changes nothing", () => {
  for (const c of cases) {
    it(`${c.name} → ${c.status} ${c.code}`, async () => {
      const before = storeState();
      const res = await c.send();
      expect(res.status).toBe(c.status);
      expect(res.headers["content-type"]).toMatch(/application\/json/);
      expect(res.body.error.code).toBe(c.code);
      expect(res.body.error.message.length).toBeGreaterThan(10);
      expect(storeState()).toEqual(before);
    });
  }

  it("the good request after all of them still works (so the refusals were about the input)", async () => {
    const res = await request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send(good());
    expect(res.status).toBe(200);
    expect(sheetFromResponse(HEADER, res.body.rows).map((r) => r[0])).toEqual(ids);
  });
});
