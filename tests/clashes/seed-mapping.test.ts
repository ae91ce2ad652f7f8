// The seed mapping (17 November 2016) through the whole core: rows, dates, validation, clashes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkMapping } from "../../sync-service/src/mapping/check";
import type { SheetInput } from "../../sync-service/src/mapping/types";
import { parseCsvText } from "../../sync-service/src/sheet-files/read-sheet-file";

const seed = parseCsvText(readFileSync("sync-service/sample/process-mapping-2016-11-17.csv", "utf8"));

/** The seed with `ID` and `Related to` columns: every row an id, the lunchtime side event related to the DESA meeting. */
function withSideEventRelated(sheet: SheetInput): SheetInput {
  return {
    header: [...sheet.header, "ID", "Related to"],
    rows: sheet.rows.map((r) => ({ row: r.row, cells: [...r.cells, `ev-${r.row}`, r.row === 13 ? "ev-12" : ""] })),
  };
}

const pairs = (sheet: SheetInput) => checkMapping(sheet, { today: "2016-11-17" }).clashes.map((c) => `${c.a.row}×${c.b.row} ${c.kind}`);

describe("clashes in the seed mapping", () => {
  it("finds CPD (row 18) × Friends of the GFMD (row 19) on 5–6 April 2017", () => {
    const report = checkMapping(seed, { today: "2016-11-17" });
    const cpd = report.clashes.find((c) => c.a.row === 18 && c.b.row === 19);
    expect(cpd?.kind).toBe("definite");
    expect(cpd?.days).toEqual(["2017-04-05", "2017-04-06"]);
    expect(cpd?.reasons).toContain("Both on 5–6 April 2017.");
  });

  it("reports the DESA meeting × its lunchtime side event until the side event is related to it", () => {
    expect(pairs(seed)).toContain("12×13 definite");
    const related = pairs(withSideEventRelated(seed));
    expect(related).not.toContain("12×13 definite");
    expect(related).toContain("18×19 definite");
  });

  it("lists the TBD, year, open and recurring rows as undated", () => {
    const { undated } = checkMapping(seed, { today: "2016-11-17" });
    // Date to be determined (17), No later than 2019 (34), Normally May or June… (38), 2018 (47).
    expect(undated).toEqual(expect.arrayContaining([17, 34, 38, 47]));
    expect(undated).not.toContain(18);
  });
});
