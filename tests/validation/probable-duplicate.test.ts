import { describe, expect, it } from "vitest";
import { readSheetFile } from "../../sync-service/src/sheet-files/read-sheet-file";
import { editionOf, normaliseEventName } from "../../sync-service/src/mapping/validation/event-name";
import { issueKeys, issuesOf, SAMPLE_CSV, standardSheet } from "../support/mapping-sheet";

describe("event names for duplicate detection", () => {
  it("reads the edition number in words and figures", () => {
    expect(editionOf("Tenth Global Forum on Migration and Development")).toBe(10);
    expect(editionOf("10th Global Forum")).toBe(10);
    expect(editionOf("UNIDO 17 th General Conference")).toBe(17);
    expect(editionOf("Twenty-first Session")).toBe(21);
    expect(editionOf("twenty first session")).toBe(21);
    expect(editionOf("51st Session of the CPD")).toBe(51);
    expect(editionOf("Global Forum on Migration and Development")).toBeNull();
  });

  it("compares names without case, accents, parentheticals, the RCP star or the edition", () => {
    const base = normaliseEventName("Global Forum on Migration and Development");
    expect(normaliseEventName("*Tenth Global Forum on Migration and Development (meets annually)")).toBe(base);
    expect(normaliseEventName("10th  GLOBAL Forum on Migration & Development")).not.toBe(base);
    expect(normaliseEventName("Réunion régionale")).toBe("reunion regionale");
  });
});

describe("probable-duplicate", () => {
  const gfmd = { Event: "Tenth Global Forum on Migration and Development (meets annually)", Location: "Berlin" };

  it("flags the same numbered edition listed twice, whatever its dates, on the later row", () => {
    const issues = issuesOf(standardSheet({ ...gfmd, "Month/year": "June 2017" }, { ...gfmd, "Month/year": "June 2018" }));
    expect(issueKeys(issues)).toEqual(["3 Event probable-duplicate"]);
    expect(issues[0].message).toContain("row 2");
    expect(issues[0].message).toContain("edition (10)");
  });

  it("treats 10th and Tenth as the same edition", () => {
    const issues = issuesOf(
      standardSheet({ Event: "Tenth Global Forum", "Month/year": "June 2017" }, { Event: "10th Global Forum", "Month/year": "2019" }),
    );
    expect(issueKeys(issues)).toEqual(["3 Event probable-duplicate"]);
  });

  it("does not flag different editions, even in the same year", () => {
    const issues = issuesOf(
      standardSheet(
        { Event: "50th Session of the Commission on Population and Development", "Month/year": "April 3-7, 2017" },
        { Event: "51st Session of the Commission on Population and Development", "Month/year": "April 2017" },
      ),
    );
    expect(issues).toEqual([]);
  });

  it("flags the same name in the same year, not in different years", () => {
    const issues = issuesOf(
      standardSheet(
        { Event: "IOM Council", "Month/year": "November 2017" },
        { Event: "IOM Council (meets annually)", "Month/year": "December 2017" },
        { Event: "IOM Council (meets annually)", "Month/year": "December 2018" },
      ),
    );
    expect(issueKeys(issues)).toEqual(["3 Event probable-duplicate"]);
  });

  it("reports once per pair", () => {
    const row = { Event: "Expert meeting", "Month/year": "March 2017" };
    const issues = issuesOf(standardSheet(row, row, row));
    expect(issues.map((i) => [i.row, i.message.match(/row (\d+)/)?.[1]])).toEqual([
      [3, "2"],
      [4, "2"],
      [4, "3"],
    ]);
  });

  it("lets an event that meets twice a year appear twice in a year, unless the dates overlap", () => {
    const idm = { Event: "IOM International Dialogue on Migration (twice a year)" };
    expect(issuesOf(standardSheet({ ...idm, "Month/year": "March 2017" }, { ...idm, "Month/year": "October 2017" }))).toEqual([]);
    expect(issueKeys(issuesOf(standardSheet({ ...idm, "Month/year": "March 2017" }, { ...idm, "Month/year": "March 20, 2017" })))).toEqual([
      "3 Event probable-duplicate",
    ]);
  });

  it("finds the seed's Tenth Global Forum listed for June 2017 and June 2018", async () => {
    const read = await readSheetFile(SAMPLE_CSV);
    if (!read.ok) throw new Error(read.message);
    const duplicates = issuesOf(read.sheet).filter((i) => i.code === "probable-duplicate");
    const tenth = duplicates.find((i) => i.row === 50);
    expect(tenth?.message).toContain("row 24");
    expect(tenth?.message).toContain("June 2017");
  });
});
