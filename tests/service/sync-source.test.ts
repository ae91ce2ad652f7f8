import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FeedDocument } from "../../sync-service/src/mapping/types";
import { restoreVersion } from "../../sync-service/src/sync/restore-version";
import { syncSource, type SyncOutcome } from "../../sync-service/src/sync/sync-source";
import type { SyncRequest, SyncResponse } from "../../sync-service/src/sync/sync-types";
import { EXCEL, GSHEETS, makeService, sampleSheet, sheetFromResponse, syncBody, type ServiceFixture } from "./service-fixture";

const HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point", "Description"];
const T = (n: number) => `2026-03-0${n}T10:00:00.000Z`;

let s: ServiceFixture;
beforeEach(() => {
  s = makeService();
});
afterEach(() => s.close());

function ok(outcome: SyncOutcome): SyncResponse {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.response;
}
const sync = (req: SyncRequest, who = "ed", at = T(2)) => ok(syncSource(s.store, req, who, at));
const feedDoc = (version: number) => JSON.parse(s.store.versions.get(version)!.eventsJson) as FeedDocument;

const seed = () =>
  sync(
    syncBody(EXCEL, null, HEADER, [
      [null, "April 3-7, 2017", "Commission on Population and Development", "New York", "DESA", "CPD 50"],
      [null, "June 2017", "Tenth Global Forum", "Berlin", "GFMD", "Summit"],
      [null, "December 2016", "Move4Dev", "Brussels", "World Bank", "Conference"],
    ]),
  );

describe("syncSource: first sync and re-sync", () => {
  it("gives new rows stable ids, publishes version 1, and a second identical sync changes nothing", () => {
    const first = seed();
    expect(first.version).toBe(1);
    expect(first.published).toBe(true);
    expect(first.changes).toEqual({ created: 3, updated: 0, deleted: 0 });
    expect(first.rows.map((r) => r.id)).toEqual(first.rows.map((r) => expect.stringMatching(/^ev-[a-z2-7]{10}$/)));
    expect(new Set(first.rows.map((r) => r.id)).size).toBe(3);
    expect(first.rows[0].cells[0]).toBe(first.rows[0].id); // the ID column is filled in
    expect(feedDoc(1).count).toBe(3);

    const rows = sheetFromResponse(HEADER, first.rows);
    const again = sync(syncBody(EXCEL, 1, HEADER, rows));
    expect(again).toMatchObject({ version: 1, published: false, changes: { created: 0, updated: 0, deleted: 0 } });
    expect(again.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(s.store.versions.latest()).toBe(1);
    expect(s.store.events.revisionCount()).toBe(3);
  });

  it("re-importing the same sheet without ids matches the existing events instead of duplicating them", () => {
    const first = seed();
    const reimport = sync(syncBody(GSHEETS, null, HEADER, [
      [null, "June 2017", "tenth  global forum", "Berlin", "GFMD", "Summit"],
      [null, "April 3-7, 2017", "Commission on Population and Development", "New York", "DESA", "CPD 50"],
    ]));
    expect(reimport.changes.created).toBe(0);
    expect(reimport.rows.slice(0, 2).map((r) => r.id)).toEqual([first.rows[1].id, first.rows[0].id]);
    // the first sync of a source receives the whole mapping: the third event is appended
    expect(reimport.rows[2]).toMatchObject({ id: first.rows[2].id, origin: "store", row: 4 });
    expect(s.store.events.all().length).toBe(3);
  });

  it("loads the 50-row sample and sends back the same 50 ids on a resend of the same request", () => {
    const sheet = sampleSheet();
    const first = sync({ source: EXCEL, baseVersion: null, ...sheet });
    const again = sync({ source: EXCEL, baseVersion: null, ...sheet });
    expect(first.rows.length).toBe(50);
    expect(again.published).toBe(false);
    expect(again.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});

describe("syncSource: merging two sources (SPEC 8)", () => {
  it("applies sheet edits, sends back others' edits, merges different fields, and flags same-field edits as conflicts", () => {
    const first = seed();
    const excelRows = sheetFromResponse(HEADER, first.rows);
    const g = sync(syncBody(GSHEETS, null, HEADER, excelRows), "gail");
    const gsheetsRows = sheetFromResponse(HEADER, g.rows);

    // gsheets edits Location of row 0 and Description of row 1
    gsheetsRows[0][3] = "Geneva";
    gsheetsRows[1][5] = "Summit, second day added";
    const gEdit = sync(syncBody(GSHEETS, g.version, HEADER, gsheetsRows), "gail", T(3));
    expect(gEdit.changes.updated).toBe(2);

    // excel (still on version 1) edits Description of row 0 (different field) and Description of row 1 (same field)
    excelRows[0][5] = "CPD 50, New York";
    excelRows[1][5] = "Summit in Berlin";
    const eEdit = sync(syncBody(EXCEL, 1, HEADER, excelRows), "ed", T(4));
    const [r0, r1, r2] = eEdit.rows;
    expect(r0.cells[3]).toBe("Geneva"); // sent back
    expect(r0.cells[5]).toBe("CPD 50, New York"); // applied
    expect(r0.status).not.toBe("conflict");
    expect(r1).toMatchObject({ status: "conflict", conflictFields: ["Description"] });
    expect(r1.cells[5]).toBe("Summit, second day added"); // nothing overwritten
    expect(r2.status).toBe("ok");
    expect(eEdit.conflicts).toEqual([
      expect.objectContaining({ id: r1.id, field: "Description", base: "Summit", yours: "Summit in Berlin", theirs: "Summit, second day added" }),
    ]);
    const stored = s.store.events.get(r0.id)!;
    expect(stored.fields).toMatchObject({ Location: "Geneva", Description: "CPD 50, New York" });
    expect(s.store.events.get(r1.id)!.fields.Description).toBe("Summit, second day added");
    // the losing edit is kept, once: sending the same request again changes nothing
    expect(s.store.conflicts.forEvent(r1.id)).toEqual([expect.objectContaining({ yours: "Summit in Berlin", actor: "ed" })]);
    const revisions = s.store.events.revisionCount();
    const resent = sync(syncBody(EXCEL, 1, HEADER, excelRows), "ed", T(5));
    expect(resent).toMatchObject({ version: eEdit.version, published: false, changes: { created: 0, updated: 0, deleted: 0 } });
    expect(resent.conflicts).toEqual(eEdit.conflicts);
    expect(s.store.conflicts.forEvent(r1.id)).toHaveLength(1);
    expect(s.store.events.revisionCount()).toBe(revisions);
    // history: who, when, from which source, before/after
    const history = s.store.events.history(r0.id);
    expect(history.map((h) => [h.kind, h.actor, h.source])).toEqual([
      ["create", "ed", "excel:workbook-1"],
      ["update", "gail", "gsheets:sheet-1"],
      ["update", "ed", "excel:workbook-1"],
    ]);
    expect(history[2].before).toMatchObject({ Location: "Geneva", Description: "CPD 50" });
    expect(history[2].after).toMatchObject({ Description: "CPD 50, New York" });
  });

  it("a row deleted in a sheet becomes a tombstone, is removed from other sheets, and is never revived silently", () => {
    const first = seed();
    const g = sync(syncBody(GSHEETS, null, HEADER, sheetFromResponse(HEADER, first.rows)), "gail");
    const excelRows = sheetFromResponse(HEADER, first.rows);
    const gone = first.rows[2].id;
    const del = sync(syncBody(EXCEL, 1, HEADER, excelRows.slice(0, 2)), "ed", T(3));
    expect(del.changes.deleted).toBe(1);
    expect(s.store.events.get(gone)!.deleted).toBe(true);
    expect(feedDoc(del.version).events.map((e) => e.id)).not.toContain(gone);

    // gsheets still holds the row unchanged: it is told to remove it, nothing revived
    const gRows = sheetFromResponse(HEADER, g.rows);
    const gAfter = sync(syncBody(GSHEETS, g.version, HEADER, gRows), "gail", T(4));
    expect(gAfter.removed).toEqual([{ row: 4, id: gone }]);
    expect(gAfter.rows.map((r) => r.id)).not.toContain(gone);
    expect(gAfter.conflicts).toEqual([]);
    expect(s.store.events.get(gone)!.deleted).toBe(true);

    // an edited copy of the deleted row is not revived either; the edit is reported and logged
    gRows[2][5] = "edited after deletion";
    const gEdit = sync(syncBody(GSHEETS, g.version, HEADER, gRows), "gail", T(5));
    expect(gEdit.conflicts).toEqual([expect.objectContaining({ id: gone, field: "(row)" })]);
    expect(s.store.events.get(gone)!.deleted).toBe(true);
  });

  it("a first sync deletes nothing, and a row deleted in one sheet but edited in the store is kept", () => {
    const first = seed();
    const onlyOne = sync(syncBody(GSHEETS, null, HEADER, [sheetFromResponse(HEADER, first.rows)[0]]), "gail");
    expect(onlyOne.changes.deleted).toBe(0);
    expect(onlyOne.rows.length).toBe(3);

    const gRows = sheetFromResponse(HEADER, onlyOne.rows);
    gRows[1][3] = "Paris";
    sync(syncBody(GSHEETS, onlyOne.version, HEADER, gRows), "gail", T(3));
    // excel deletes the row gsheets just edited
    const excelRows = sheetFromResponse(HEADER, first.rows);
    const kept = sync(syncBody(EXCEL, 1, HEADER, [excelRows[0], excelRows[2]]), "ed", T(4));
    expect(kept.changes.deleted).toBe(0);
    expect(kept.rows.at(-1)).toMatchObject({ id: first.rows[1].id, origin: "store", status: "conflict" });
    expect(kept.conflicts[0]).toMatchObject({ id: first.rows[1].id, field: "(row)" });
  });
});

describe("syncSource: errors keep the last published state; bad requests change nothing", () => {
  it("a row that gets an error keeps its last published version in the feed until fixed", () => {
    const first = seed();
    const rows = sheetFromResponse(HEADER, first.rows);
    rows[0][1] = "February 30, 2017";
    const broken = sync(syncBody(EXCEL, 1, HEADER, rows), "ed", T(3));
    expect(broken.rows[0].status).toBe("error");
    expect(broken.issues.some((i) => i.row === 2 && i.severity === "error" && i.id === first.rows[0].id)).toBe(true);
    expect(s.store.events.get(first.rows[0].id)!.fields["Month/year"]).toBe("February 30, 2017"); // stored
    const published = feedDoc(s.store.versions.latest()).events.find((e) => e.id === first.rows[0].id)!;
    expect(published.date.text).toBe("April 3-7, 2017"); // but the feed keeps the last good one

    rows[0][1] = "April 4-8, 2017";
    const fixed = sync(syncBody(EXCEL, broken.version, HEADER, rows), "ed", T(4));
    expect(fixed.rows[0].status).toBe("ok");
    expect(feedDoc(fixed.version).events.find((e) => e.id === first.rows[0].id)!.date.text).toBe("April 4-8, 2017");
  });

  it("never publishes a new row with an error, and refuses unknown ids, a header without an event column and unknown versions", () => {
    seed();
    const bad = sync(syncBody(GSHEETS, null, HEADER, [[null, "someday maybe", "", "Nowhere", "", ""]]), "gail", T(3));
    expect(bad.rows[0].status).toBe("error");
    expect(feedDoc(s.store.versions.latest()).count).toBe(3);

    const before = s.store.versions.latest();
    const unknownId = syncSource(s.store, syncBody(EXCEL, before, HEADER, [["ev-notissued", "June 2017", "X", "", "", ""]]), "ed", T(4));
    expect(unknownId).toMatchObject({ ok: false, code: "unknown-id" });
    const noEvent = syncSource(s.store, syncBody(EXCEL, before, ["ID", "Date", "Where"], [[null, "June 2017", "Rome"]]), "ed", T(4));
    expect(noEvent).toMatchObject({ ok: false, code: "no-event-column" });
    const noVersion = syncSource(s.store, syncBody(EXCEL, 99, HEADER, []), "ed", T(4));
    expect(noVersion).toMatchObject({ ok: false, code: "unknown-version" });
    expect(s.store.versions.latest()).toBe(before);
  });
});

describe("restoreVersion", () => {
  it("publishes a new version whose events equal version n, bringing deleted events back and tombstoning later ones", () => {
    const first = seed();
    const rows = sheetFromResponse(HEADER, first.rows);
    rows[0][2] = "CPD renamed";
    const v2 = sync(syncBody(EXCEL, 1, HEADER, [rows[0], rows[1], [null, "May 2017", "New event", "Rome", "IOM", ""]]), "ed", T(3));
    expect(v2.changes).toEqual({ created: 1, updated: 1, deleted: 1 });
    const restored = restoreVersion(s.store, 1, "ann", T(4));
    expect(restored).toMatchObject({ ok: true, version: 3, restoredFrom: 1 });
    expect(feedDoc(3).events).toEqual(feedDoc(1).events);
    expect(s.store.events.get(first.rows[2].id)!.deleted).toBe(false);
    expect(s.store.events.get(v2.rows[2].id)!.deleted).toBe(true);
    expect(s.store.events.history(first.rows[0].id).at(-1)).toMatchObject({ kind: "restore", actor: "ann", after: expect.objectContaining({ Event: "Commission on Population and Development" }) });
    expect(restoreVersion(s.store, 42, "ann", T(5))).toMatchObject({ ok: false, code: "unknown-version" });
  });
});
