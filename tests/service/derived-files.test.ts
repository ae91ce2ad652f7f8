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
});
