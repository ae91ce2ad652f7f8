// events.csv and events.ics are derived in a worker thread after publishing and written to disk.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import request from "supertest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderDerivedFiles } from "../../sync-service/src/publish/derived-files";
import { DerivedFilesRenderer } from "../../sync-service/src/publish/derived-files-renderer";
import { EXCEL, makeService, syncBody, type ServiceFixture } from "./service-fixture";

let s: ServiceFixture;
beforeEach(() => {
  s = makeService();
});
afterEach(async () => {
  await s.feed.close();
  s.close();
});

describe("derived feed files", () => {
  it("the worker renders exactly what the main thread would", async () => {
    const res = await request(s.app)
      .post("/api/sync")
      .auth(s.editor, { type: "bearer" })
      .send(syncBody(EXCEL, null, ["Month/year", "Event", "Location"], [["April 3-7, 2017", "CPD", "New York"], ["December 2016", "Move4Dev", "Brussels"]]));
    expect(res.status).toBe(200);
    const eventsJson = s.store.versions.get(res.body.version)!.eventsJson;
    const renderer = new DerivedFilesRenderer();
    try {
      expect(await renderer.render(eventsJson)).toEqual(renderDerivedFiles(eventsJson));
      expect(renderer.usesWorker).toBe(true);
    } finally {
      await renderer.close();
    }
  });

  it("after a publish settles, events.csv and events.ics on disk are the ones served", async () => {
    const res = await request(s.app)
      .post("/api/sync")
      .auth(s.editor, { type: "bearer" })
      .send(syncBody(EXCEL, null, ["Month/year", "Event", "Location"], [["14 November 2016", "GFMD dialogue", "New York"]]));
    expect(res.status).toBe(200);
    await s.feed.settled();
    for (const file of ["events.csv", "events.ics"]) {
      const served = await request(s.app).get(`/feed/${file}`);
      expect(readFileSync(join(s.dir, "public", file), "utf8"), file).toBe(served.text);
    }
    expect(readFileSync(join(s.dir, "public", "events.ics"), "utf8")).toContain("SUMMARY:GFMD dialogue");
  });

  it("right after a publish the previous CSV/iCalendar is served with its own ETag, and the new one once rendered", async () => {
    const sync = (rows: string[][], base: number | null) =>
      request(s.app).post("/api/sync").auth(s.editor, { type: "bearer" }).send(syncBody(EXCEL, base, ["Month/year", "Event", "Location"], rows));
    const v1 = await sync([["14 November 2016", "GFMD dialogue", "New York"]], null);
    await s.feed.settled();
    const old = await request(s.app).get("/feed/events.ics");
    expect(old.text).toContain("GFMD dialogue");

    const v2 = await sync([["14 November 2016", "GFMD dialogue", "New York"], ["5 December 2016", "Human Rights Day forum", "Geneva"]], v1.body.version);
    expect(v2.body.version).toBe(v1.body.version + 1);
    const meanwhile = await request(s.app).get("/feed/events.ics");
    expect(meanwhile.headers.etag).toBe(old.headers.etag);
    expect(meanwhile.text).toBe(old.text);
    await s.feed.settled();
    const fresh = await request(s.app).get("/feed/events.ics").set("If-None-Match", old.headers.etag);
    expect(fresh.status).toBe(200);
    expect(fresh.text).toContain("Human Rights Day forum");
  });
});

describe("feed files that cannot be written", () => {
  it("a sync still answers 200 (the version is committed and served from memory)", async () => {
    const s2 = makeService();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(s2.dir, "public"), "a file where the feed folder should be");
    try {
      const res = await request(s2.app)
        .post("/api/sync")
        .auth(s2.editor, { type: "bearer" })
        .send(syncBody(EXCEL, null, ["Month/year", "Event"], [["14 November 2016", "GFMD dialogue"]]));
      expect(res.status).toBe(200);
      expect(s2.store.versions.latest()).toBe(1);
      expect((await request(s2.app).get("/feed/events.json")).body.version).toBe(1);
    } finally {
      await s2.feed.close();
      s2.close();
    }
  });
});
