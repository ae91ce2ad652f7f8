// The service and `mapping gsheets pull` may write the same store file from two processes:
// each connection must see the other's commits (no stale in-memory state, no lost update).
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FeedPublisher } from "../../sync-service/src/publish/feed-publisher";
import { openStore, type Store } from "../../sync-service/src/store/store";
import { syncSource } from "../../sync-service/src/sync/sync-source";
import type { SyncResponse } from "../../sync-service/src/sync/sync-types";
import { EXCEL, GSHEETS, makeService, sheetFromResponse, syncBody, type ServiceFixture } from "./service-fixture";

const HEADER = ["ID", "Month/year", "Event", "Location"];
let s: ServiceFixture;
let other: Store;
beforeEach(() => {
  s = makeService();
  other = openStore(join(s.dir, "mapping.db"));
});
afterEach(() => {
  other.close();
  s.close();
});

const ok = (o: ReturnType<typeof syncSource>): SyncResponse => {
  if (!o.ok) throw new Error(o.message);
  return o.response;
};

describe("two connections on one store file", () => {
  it("a sync on one connection sees what the other committed, and the feed catches up", async () => {
    const first = ok(syncSource(s.store, syncBody(EXCEL, null, HEADER, [[null, "June 2017", "Tenth Global Forum", "Berlin"]]), "ed", "2026-03-01T10:00:00.000Z"));
    const id = first.rows[0].id;
    // the other process: a first sync of a Google sheet that edits nothing but adds a row, then an edit
    const g = ok(syncSource(other, syncBody(GSHEETS, null, HEADER, [[id, "June 2017", "Tenth Global Forum", "Berlin"], [null, "May 2017", "IDM", "Geneva"]]), "connector", "2026-03-01T10:01:00.000Z"));
    const gRows = sheetFromResponse(HEADER, g.rows);
    gRows[0][3] = "Hamburg";
    ok(syncSource(other, syncBody(GSHEETS, g.version, HEADER, gRows), "connector", "2026-03-01T10:02:00.000Z"));

    // this connection edits the same field from version 1: a conflict, not an overwrite
    const mine = ok(syncSource(s.store, syncBody(EXCEL, 1, HEADER, [[id, "June 2017", "Tenth Global Forum", "Munich"]]), "ed", "2026-03-01T10:03:00.000Z"));
    expect(mine.conflicts).toEqual([expect.objectContaining({ id, field: "Location", yours: "Munich", theirs: "Hamburg" })]);
    expect(mine.rows.map((r) => r.cells[2])).toEqual(["Tenth Global Forum", "IDM"]);
    expect(s.store.events.get(id)!.fields.Location).toBe("Hamburg");
    expect(other.events.get(id)!.fields.Location).toBe("Hamburg");

    const feed = new FeedPublisher(s.store, null);
    ok(syncSource(other, syncBody(GSHEETS, 3, HEADER, [[id, "June 2017", "Tenth Global Forum", "Hamburg"], [g.rows[1].id, "May 2017", "IDM", "Vienna"]]), "connector", "2026-03-01T10:04:00.000Z"));
    const stop = feed.watch(20);
    try {
      await expect.poll(() => feed.currentVersion, { timeout: 3000, interval: 20 }).toBe(other.versions.latest());
    } finally {
      stop();
    }
  });
});
