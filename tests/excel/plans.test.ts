// The pure halves of the sheet logic: which cells get marked, and what a sync answer writes back.
import { describe, expect, it } from "vitest";
import { MARK_FILL, NOTE_PREFIX, planMarks } from "../../addin/excel/sheet/mark-plan";
import { cellAddress, columnLetters, toSheetInput, type TableSnapshot } from "../../addin/excel/sheet/table-snapshot";
import { planWriteBack } from "../../addin/excel/sheet/write-back-plan";
import { checkMapping } from "../../sync-service/src/mapping/check";
import type { CanonicalRow, SyncResponse } from "../../sync-service/src/sync/sync-types";

const HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point"];

/** A table whose header sits on worksheet row 3, starting in column B. */
const table = (body: TableSnapshot["body"]): TableSnapshot => ({ worksheet: "Mapping", table: "Table1", top: 2, left: 1, header: HEADER, body });

const answer = (rows: CanonicalRow[], extra: Partial<SyncResponse> = {}): SyncResponse => ({
  version: 4, published: true, rows, removed: [], issues: [], clashes: [], conflicts: [], changes: { created: 0, updated: 0, deleted: 0 }, ...extra,
});
const row = (r: number, id: string, cells: CanonicalRow["cells"], origin: CanonicalRow["origin"] = "sheet"): CanonicalRow =>
  ({ row: r, id, cells, status: "ok", conflictFields: [], origin });

describe("addresses", () => {
  it("numbers columns like Excel and rows as the worksheet shows them", () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
    const t = table([["", "May 2017", "Forum", "Rome", "IOM"]]);
    expect(toSheetInput(t).rows[0].row).toBe(4);
    expect(cellAddress(t, 4, 2)).toBe("D4");
  });
});

describe("planMarks", () => {
  it("marks the cell of each issue from the core, errors red over warnings, one note per cell", () => {
    const t = table([
      ["", "February 30, 2017", "Expert meeting", "Geneva (TBC)", "UNDESA"],
      ["", "May 2017", "", "Rome", "IOM"],
    ]);
    const report = checkMapping(toSheetInput(t), { today: "2016-11-17" });
    const marks = planMarks(t, report.issues);
    const byCell = new Map(marks.map((m) => [cellAddress(t, m.row, m.column), m]));
    expect(byCell.get("C4")?.severity).toBe("error"); // the impossible date
    expect(byCell.get("E4")?.severity).toBe("warning"); // tentative location
    expect(byCell.get("F4")?.note).toMatch(/DESA/); // unknown focal point, suggested
    expect(byCell.get("D5")?.severity).toBe("error"); // missing event name
    expect(marks).toHaveLength(new Set(report.issues.map((i) => `${i.row}/${i.column}`)).size);
    for (const m of marks) expect(m.note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(MARK_FILL.error).not.toBe(MARK_FILL.warning);
  });

  it("puts a conflict on the field's cell, found by id even if the row moved", () => {
    const t = table([["ev-1", "May 2017", "Forum", "Rome", "IOM"], ["ev-2", "June 2017", "Summit", "Paris", "ILO"]]);
    const marks = planMarks(t, [], [{ id: "ev-2", row: 4, field: "Location", base: "Lyon", yours: "Paris", theirs: "Nice", message: "changed on both sides." }]);
    expect(marks).toHaveLength(1);
    expect(cellAddress(t, marks[0].row, marks[0].column)).toBe("E5");
    expect(marks[0].note).toContain('Your value "Paris"');
  });
});

describe("planWriteBack", () => {
  it("writes new ids and changed cells only, appends rows from others, removes deleted ones bottom first", () => {
    const t = table([
      ["", "May 2017", "Forum", "Rome", "IOM"],
      ["ev-2", "June 2017", "Summit", "Paris", "ILO"],
      ["ev-3", "July 2017", "Meeting", "Bonn", "DESA"],
      ["ev-4", "Aug 2017", "Talk", "Oslo", "IOM"],
    ]);
    const result = planWriteBack(t, answer(
      [
        row(4, "ev-9", ["ev-9", "May 2017", "Forum", "Rome", "IOM"]),
        row(5, "ev-2", ["ev-2", "June 2017", "Summit", "Nice", "ILO"]), // someone else moved it
        row(8, "ev-7", ["ev-7", "2018", "Other source's event", null, "ILO"], "store"),
      ],
      { removed: [{ row: 6, id: "ev-3" }, { row: 7, id: "ev-4" }, { row: 5, id: "not-this-row" }] },
    ));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.writes).toEqual([
      { row: 4, column: 0, value: "ev-9" },
      { row: 5, column: 3, value: "Nice" },
    ]);
    expect(result.plan.append).toEqual([["ev-7", "2018", "Other source's event", null, "ILO"]]);
    expect(result.plan.remove).toEqual([7, 6]);
  });

  it("ignores spacing-only differences and keeps Excel date serials", () => {
    const t = table([["ev-1", 42887, "Forum ", "Rome", "IOM"]]);
    const result = planWriteBack(t, answer([row(4, "ev-1", ["ev-1", 42887, "Forum", "Rome", "IOM"])]));
    expect(result.ok && result.plan.writes).toEqual([]);
  });

  it("refuses an answer about a row that is not in the table", () => {
    const t = table([["", "May 2017", "Forum", "Rome", "IOM"]]);
    const result = planWriteBack(t, answer([row(40, "ev-1", ["ev-1", "May 2017", "Forum", "Rome", "IOM"])]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("row 40");
  });
});
