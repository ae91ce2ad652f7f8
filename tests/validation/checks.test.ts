// One failing and one passing case per issue code (focal points and duplicates have their own files).
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../../sync-service/src/mapping/validation/issue-codes";
import { issueKeys, issuesOf, sheetOf, standardSheet } from "../support/mapping-sheet";

const OK = { Event: "Meeting", "Month/year": "November 14, 2016", Location: "Geneva", "Focal Point": "ILO" };

function issuesFor(rows: Parameters<typeof standardSheet>, opts: { knownIds?: string[]; today?: string } = {}) {
  return issuesOf(standardSheet(...rows), opts);
}

describe("a clean row", () => {
  it("has no issues", () => {
    expect(issuesFor([OK, { ...OK, Event: "Another meeting", ID: "ev-2", "Related to": "ev-1", "Outcome URL": "https://undocs.org/A/71/1" }], { knownIds: ["ev-1"] })).toEqual([]);
  });
});

describe("missing-title", () => {
  it("is an error on a row with no event name, or only the RCP star", () => {
    const issues = issuesFor([{ ...OK, Event: "" }, { ...OK, Event: " * " }]);
    expect(issueKeys(issues, "missing-title")).toEqual(["2 Event missing-title", "3 Event missing-title"]);
    expect(issues[0]).toMatchObject({ severity: "error", id: null });
  });
});

describe("date errors from the parser", () => {
  it.each([
    ["February 30, 2017", "impossible-date"],
    ["November 16 - 14, 2016", "end-before-start"],
    ["when the cows come home", "unparseable-date"],
  ])("%j → %s (error)", (text, code) => {
    const [issue] = issuesFor([{ ...OK, "Month/year": text }]);
    expect(issue).toMatchObject({ row: 2, column: "Month/year", code, severity: "error" });
    expect(issue.message).toContain(text);
  });

  it("suggests how to write a date it could not understand", () => {
    expect(issuesFor([{ ...OK, "Month/year": "sometime" }])[0].suggestion).toMatch(/November 14, 2016/);
  });
});

describe("missing-date and date-tbd", () => {
  it("warns about a blank date and a date to be determined, not about a date", () => {
    const issues = issuesFor([{ ...OK, "Month/year": "" }, { ...OK, Event: "B", "Month/year": "Date to be determined" }, OK]);
    expect(issueKeys(issues)).toEqual(["2 Month/year missing-date", "3 Month/year date-tbd"]);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });
});

describe("recurring-without-next", () => {
  it("warns when the next occurrence of a recurring date is unknown", () => {
    const issues = issuesFor([{ ...OK, "Month/year": "each year" }, { ...OK, Event: "B", "Month/year": "Annually in May" }]);
    expect(issueKeys(issues)).toEqual(["2 Month/year recurring-without-next"]);
  });
});

describe("weekday-mismatch", () => {
  it("passes on the parser's warning", () => {
    const wrong = "December 5-8, 2016 (The session is scheduled for Wednesday 6 December 2016.)";
    const right = "December 5-8, 2016 (The session is scheduled for Tuesday 6 December 2016.)";
    const issues = issuesFor([{ ...OK, "Month/year": wrong }, { ...OK, Event: "B", "Month/year": right }]);
    expect(issueKeys(issues)).toEqual(["2 Month/year weekday-mismatch"]);
    expect(issues[0].message).toContain("Tuesday");
  });
});

describe("duplicate-id", () => {
  it("is an error on the later row, naming the first", () => {
    const issues = issuesFor([{ ...OK, ID: "ev-1" }, { ...OK, Event: "B", ID: "ev-2" }, { ...OK, Event: "C", ID: "ev-1" }]);
    expect(issueKeys(issues)).toEqual(["4 ID duplicate-id"]);
    expect(issues[0]).toMatchObject({ id: "ev-1", severity: "error" });
    expect(issues[0].message).toContain("row 2");
  });
});

describe("malformed-url", () => {
  it.each(["undocs.org/A/71/1", "ftp://example.org/x", "/outcomes/1", "https://", "http://exa mple.org"])("rejects %j", (url) => {
    expect(issueKeys(issuesFor([{ ...OK, "Outcome URL": url }]))).toEqual(["2 Outcome URL malformed-url"]);
  });

  it("suggests the https address for a bare host", () => {
    expect(issuesFor([{ ...OK, "Outcome URL": "undocs.org/A/71/1" }])[0].suggestion).toBe("https://undocs.org/A/71/1");
  });

  it.each(["https://undocs.org/A/71/1", "http://www.iom.int/idm?year=2017#x"])("accepts %j", (url) => {
    expect(issuesFor([{ ...OK, "Outcome URL": url }])).toEqual([]);
  });
});

describe("unknown-related-event", () => {
  it("is an error when Related to names no id in the sheet nor in knownIds", () => {
    const rows = [{ ...OK, ID: "main" }, { ...OK, Event: "Side", "Related to": "main" }, { ...OK, Event: "Side 2", "Related to": "elsewhere" }];
    expect(issueKeys(issuesFor(rows))).toEqual(["4 Related to unknown-related-event"]);
    expect(issuesFor(rows, { knownIds: ["elsewhere"] })).toEqual([]);
  });
});

describe("cell-too-long", () => {
  it("applies each column's limit", () => {
    const issues = issuesFor([
      { ...OK, Event: "x".repeat(501), Description: "d".repeat(10_000) },
      { ...OK, Event: "B", Description: "d".repeat(10_001), Location: "L".repeat(500) },
    ]);
    expect(issueKeys(issues)).toEqual(["2 Event cell-too-long", "3 Description cell-too-long"]);
    expect(issues[1].message).toContain("10001");
  });

  it("applies the general limit to unknown columns", () => {
    const sheet = sheetOf(["Event", "Notes"], ["A", "n".repeat(501)], ["B", "n".repeat(500)]);
    // The sheet has no date column, so its issues come after the columns it has.
    expect(issueKeys(issuesOf(sheet))).toEqual(["2 Notes cell-too-long", "2 Month/year missing-date", "3 Month/year missing-date"]);
  });
});

describe("tentative-location", () => {
  it("warns about TBC and TBD markers, not about a plain or blank location", () => {
    const issues = issuesFor([{ ...OK, Location: "Geneva (TBC)" }, { ...OK, Event: "B", Location: "TBD" }, { ...OK, Event: "C", Location: "" }]);
    expect(issueKeys(issues)).toEqual(["2 Location tentative-location", "3 Location tentative-location"]);
    expect(issues[0].message).toContain('"Geneva"');
  });
});

describe("formula-like-cell", () => {
  it.each(["=HYPERLINK(\"x\")", "+41 22 000", "-5", "@SUM(A1)"])("warns about %j", (text) => {
    expect(issueKeys(issuesFor([{ ...OK, Description: text }]))).toEqual(["2 Description formula-like-cell"]);
  });

  it("leaves numbers, and text with a sign inside, alone", () => {
    expect(issuesFor([{ ...OK, Description: "Costs 5-10 USD", ID: -5 }])).toEqual([]);
  });
});

describe("issue ordering and codes", () => {
  it("sorts issues by row, then by column left to right", () => {
    const issues = issuesFor([
      { ...OK, Event: "B", Location: "Rome (TBC)", "Outcome URL": "nope", "Month/year": "" },
      { ...OK, Event: "", ID: "x" },
    ]);
    expect(issueKeys(issues)).toEqual([
      "2 Month/year missing-date",
      "2 Location tentative-location",
      "2 Outcome URL malformed-url",
      "3 Event missing-title",
    ]);
  });

  it("gives every issue the severity its code documents", () => {
    const issues = issuesFor([{ ...OK, Event: "", "Month/year": "", Location: "TBD", "Outcome URL": "x" }]);
    for (const issue of issues) expect(issue.severity).toBe(ISSUE_CODES[issue.code].severity);
  });
});
