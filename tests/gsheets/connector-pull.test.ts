import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Cell } from "../../sync-service/src/mapping/types";
import { syncSource } from "../../sync-service/src/sync/sync-source";
import { startHarness, type Harness } from "./support/connector-harness";
import { sampleRows } from "./support/sample-rows";

const SHEET = "sheet-1";
let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function column(name: string): number {
  return h.fake.values(SHEET)[0]!.indexOf(name);
}

describe("mapping gsheets pull against the fake Sheets API", () => {
  it("syncs the sample sheet, writes ids and a status column back in one batchUpdate", async () => {
    h.fake.addSheet(SHEET, "Mapping", sampleRows());
    const result = await h.pull(SHEET);
    expect(result).toMatchObject({ ok: true, summary: { version: 1, rows: 50, changes: { created: 50 } } });
    expect(h.fake.count("batchUpdate")).toBe(1);

    const values = h.fake.values(SHEET);
    expect(values[0]!.slice(5)).toEqual(["ID", "Sync status"]);
    const ids = values.slice(1).map((r) => r[column("ID")]);
    expect(new Set(ids).size).toBe(50);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    const statuses = values.slice(1).map((r) => String(r[column("Sync status")]));
    expect(statuses.every((s) => s === "ok" || s.startsWith("error: "))).toBe(true);
    // The store holds the same ids the sheet now shows.
    expect(h.store.events.all().map((e) => e.id).sort()).toEqual([...(ids as string[])].sort());
    // The version the sheet holds is recorded on the status header.
    expect(h.fake.note(SHEET, 0, column("Sync status"))).toMatch(/holds version 1 of the mapping/);
  });

  it("puts a note on a bad cell and an error in the status column, and clears both once fixed", async () => {
    h.fake.addSheet(SHEET, "Mapping", [
      ["Month/year", "Event", "Location", "Focal Point"],
      ["February 30, 2017", "Impossible meeting", "Geneva", "IOM"],
      ["March 2017", "Fine meeting", "Rome", "FAO"],
    ]);
    await h.pull(SHEET);
    const status = column("Sync status");
    expect(String(h.fake.values(SHEET)[1]![status])).toMatch(/^error: /);
    expect(h.fake.note(SHEET, 1, 0)).toMatch(/^Process mapping: error: /);
    expect(h.fake.values(SHEET)[2]![status]).toBe("ok");

    h.fake.setValue(SHEET, 1, 0, "February 28, 2017");
    const second = await h.pull(SHEET);
    expect(second.ok).toBe(true);
    expect(h.fake.values(SHEET)[1]![status]).toBe("ok");
    expect(h.fake.note(SHEET, 1, 0)).toBeUndefined();
  });

  it("writes nothing when nothing changed, and only the changed cells otherwise", async () => {
    h.fake.addSheet(SHEET, "Mapping", sampleRows(10));
    await h.pull(SHEET);
    const again = await h.pull(SHEET);
    expect(again).toMatchObject({ ok: true, cellsWritten: 0 });
    expect(h.fake.count("batchUpdate")).toBe(1);

    h.fake.setValue(SHEET, 11, 1, "A meeting added by hand");
    h.fake.setValue(SHEET, 11, 0, "May 2019");
    const third = await h.pull(SHEET);
    expect(third.ok).toBe(true);
    const body = h.fake.log.filter((r) => r.endpoint === "batchUpdate").at(-1)!.body as { requests: { updateCells?: { start: { rowIndex: number } } }[] };
    const rowsTouched = new Set(body.requests.map((r) => r.updateCells?.start.rowIndex));
    // The new row's id and status, and the header's version note: nothing else.
    expect([...rowsTouched].sort()).toEqual([0, 11]);
  });

  it("keeps a person's own notes and never evaluates a formula-like cell", async () => {
    h.fake.addSheet(SHEET, "Mapping", [
      ["Month/year", "Event", "Location"],
      ["March 2017", "=HYPERLINK(\"x\")", "Rome"],
    ]);
    h.fake.sheet(SHEET).cells[1]![2]!.note = "Ask Maria about the venue";
    await h.pull(SHEET);
    expect(h.fake.note(SHEET, 1, 2)).toBe("Ask Maria about the venue");
    expect(h.fake.values(SHEET)[1]![1]).toBe("=HYPERLINK(\"x\")");
  });

  it("appends rows others added (growing a full grid first) and clears rows others deleted", async () => {
    const header = ["ID", "Month/year", "Event", "Location"];
    const excel = (baseVersion: number | null, rows: Cell[][]) => {
      const out = syncSource(
        h.store,
        { source: { kind: "excel", id: "book", name: "Book" }, baseVersion, header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) },
        "excel-user",
        "2017-01-05T10:00:00Z",
      );
      if (!out.ok) throw new Error(out.message);
      return out.response;
    };
    const first = excel(null, [
      [null, "March 2017", "Kept meeting", "Rome"],
      [null, "April 2017", "Doomed meeting", "Oslo"],
    ]);
    h.fake.addSheet(SHEET, "Mapping", [["ID", "Month/year", "Event", "Location"]]);
    h.fake.sheet(SHEET).rowCount = 2; // a grid with no room for two more rows
    expect(await h.pull(SHEET)).toMatchObject({ ok: true });
    expect(h.fake.sheet(SHEET).rowCount).toBe(3);
    expect(h.fake.values(SHEET).slice(1).map((r) => r[2])).toEqual(["Kept meeting", "Doomed meeting"]);

    // Excel deletes the second meeting; the next pull clears its row in the sheet.
    excel(first.version, [first.rows[0]!.cells]);
    expect(await h.pull(SHEET)).toMatchObject({ ok: true });
    expect(h.fake.values(SHEET).slice(1).map((r) => r[2])).toEqual(["Kept meeting"]);
    expect(h.store.events.all().filter((e) => !e.deleted)).toHaveLength(1);
  });
});
