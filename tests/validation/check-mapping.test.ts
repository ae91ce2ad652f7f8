import { describe, expect, it } from "vitest";
import { checkMapping, summarise, summaryLine } from "../../sync-service/src/mapping/check";
import { readSheetFile } from "../../sync-service/src/sheet-files/read-sheet-file";
import { SAMPLE_CSV, sheetOf, standardSheet } from "../support/mapping-sheet";

async function seed() {
  const read = await readSheetFile(SAMPLE_CSV);
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}

describe("checkMapping on the seed", () => {
  it("reads 50 events, validates them and finds the CPD / Friends of the GFMD clash", async () => {
    const report = checkMapping(await seed(), { today: "2016-11-17" });
    expect(report.events).toHaveLength(50);
    expect(report.events.map((e) => e.row)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));

    const cpd = report.clashes.find((c) => c.a.row === 18 && c.b.row === 19);
    expect(cpd).toMatchObject({ kind: "definite", days: ["2017-04-05", "2017-04-06"] });

    expect(report.undated).toEqual(expect.arrayContaining([17, 34, 38, 46]));
    expect(report.issues.some((i) => i.code === "probable-duplicate" && i.row === 50)).toBe(true);
    const order = report.issues.map((i) => i.row);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("summarises consistently with the issues", async () => {
    const report = checkMapping(await seed(), { today: "2016-11-17" });
    const s = summarise(report);
    expect(s.rows).toBe(50);
    expect(s.valid + s.withErrors).toBe(50);
    expect(s.warnings).toBe(report.issues.filter((i) => i.severity === "warning").length);
    expect(s.clashes).toBe(report.clashes.length);
    expect(summaryLine(s)).toBe(`50 rows: ${s.valid} valid, ${s.withErrors} with errors, ${s.warnings} warnings, ${s.clashes} clashes`);
  });
});

describe("checkMapping", () => {
  it("counts rows with errors once however many errors they have", () => {
    const report = checkMapping(
      standardSheet(
        { Event: "", "Month/year": "February 30, 2017", "Outcome URL": "x" },
        { Event: "Fine", "Month/year": "March 2017", "Focal Point": "UNDESA" },
      ),
      { today: "2016-11-17" },
    );
    expect(summarise(report)).toEqual({ rows: 2, valid: 1, withErrors: 1, errors: 3, warnings: 1, clashes: 0 });
  });

  it("uses knownIds for Related to and passes acknowledgements to the clash finder", () => {
    const sheet = standardSheet(
      { ID: "a", Event: "Main", "Month/year": "April 3-7, 2017", Location: "New York" },
      { ID: "b", Event: "Other", "Month/year": "April 5, 2017", Location: "Geneva", "Related to": "outside" },
    );
    const plain = checkMapping(sheet, { today: "2016-11-17" });
    expect(plain.issues.map((i) => i.code)).toEqual(["unknown-related-event"]);
    expect(plain.clashes.map((c) => c.acknowledged)).toEqual([false]);

    const ack = { a: "a", b: "b", by: "secretariat", at: "2016-11-20", reason: "different delegations" };
    const known = checkMapping(sheet, { today: "2016-11-17", knownIds: ["outside"], acknowledgements: [ack] });
    expect(known.issues).toEqual([]);
    expect(known.clashes.map((c) => c.acknowledged)).toEqual([true]);
  });

  it("reports a header without an event column as one error on row 1", () => {
    const report = checkMapping(sheetOf(["Month/year", "Location"], ["2017", "Geneva"]));
    expect(report.events).toEqual([]);
    expect(report.issues).toEqual([
      expect.objectContaining({ row: 1, column: "Event", code: "missing-title", severity: "error" }),
    ]);
    expect(report.issues[0].message).toMatch(/no event column/);
  });
});
