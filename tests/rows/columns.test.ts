import { describe, expect, it } from "vitest";
import { matchColumns } from "../../sync-service/src/mapping/rows/columns";

describe("matchColumns", () => {
  it("matches the seed header", () => {
    const m = matchColumns(["Month/year", "Event", "Location", "Focal Point", "Description"]);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.columns.fields).toEqual({ date: 0, title: 1, location: 2, focalPoints: 3, description: 4 });
    expect(m.columns.extras).toEqual([]);
  });

  it.each([
    ["Date", "date"],
    ["Dates", "date"],
    ["When", "date"],
    ["Title", "title"],
    ["Name", "title"],
    ["Venue", "location"],
    ["Place", "location"],
    ["Focal points", "focalPoints"],
    ["Lead", "focalPoints"],
    ["Related to", "relatedTo"],
    ["Outcome URL", "outcomeUrl"],
    ["ID", "id"],
  ])("knows the alias %s", (alias, field) => {
    // An event column is always required, so the alias under test sits beside one (or is one).
    const header = field === "title" ? ["Month/year", alias] : ["Event", alias];
    const m = matchColumns(header);
    if (!m.ok) throw new Error(m.message);
    expect(m.columns.fields).toMatchObject({ [field]: 1 });
    expect(m.columns.extras).toEqual([]);
  });

  it("ignores case and spacing, in any column order", () => {
    const m = matchColumns(["  outcome url ", "FOCALPOINTS", "month / year", "eVeNt", "Related To", "id"]);
    if (!m.ok) throw new Error(m.message);
    expect(m.columns.fields).toEqual({ outcomeUrl: 0, focalPoints: 1, date: 2, title: 3, relatedTo: 4, id: 5 });
    expect(m.columns.names).toEqual(["Outcome URL", "Focal Point", "Month/year", "Event", "Related to", "ID"]);
  });

  it("keeps unknown columns and a second column for the same field as extras", () => {
    const m = matchColumns(["Event", "Budget", "Date", "When", ""]);
    if (!m.ok) throw new Error(m.message);
    expect(m.columns.fields).toEqual({ title: 0, date: 2 });
    expect(m.columns.extras).toEqual([
      { index: 1, name: "Budget" },
      { index: 3, name: "When" },
      { index: 4, name: "Column 5" },
    ]);
  });

  it("strips a byte order mark from the first header", () => {
    const m = matchColumns(["\uFEFFMonth/year", "Event"]);
    if (!m.ok) throw new Error(m.message);
    expect(m.columns.fields.date).toBe(0);
  });

  it("returns an error value naming the header when there is no event column", () => {
    const m = matchColumns(["Month/year", "Location"]);
    expect(m.ok).toBe(false);
    if (m.ok) return;
    expect(m.message).toContain('"Event"');
    expect(m.message).toContain('"Month/year", "Location"');
  });
});
