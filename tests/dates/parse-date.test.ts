import { readFileSync } from "node:fs";
import edtf from "edtf";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../sync-service/src/mapping/dates/parse-date";
import type { CanonicalDate } from "../../sync-service/src/mapping/types";

const TODAY = "2016-11-17"; // the day the seed mapping was circulated

function parsed(text: string | number): CanonicalDate {
  const result = parseDate(text, { today: TODAY });
  if (!result.ok) throw new Error(`"${text}" did not parse: ${result.error.message}`);
  return result.date;
}

type Expected = [start: string | null, end: string | null, precision: CanonicalDate["precision"], status: CanonicalDate["status"], edtf: string | null];

function expectDate(text: string | number, [start, end, precision, status, edtfText]: Expected) {
  const date = parsed(text);
  expect({ start: date.start, end: date.end, precision: date.precision, status: date.status, edtf: date.edtf }).toEqual({
    start, end, precision, status, edtf: edtfText,
  });
}

describe("the 50 date cells of the 2016 mapping", () => {
  const csv = readFileSync(new URL("../../sync-service/sample/process-mapping-2016-11-17.csv", import.meta.url), "utf8");
  const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((row) => row[0]);

  const expected: Record<string, Expected> = {
    "October 27 to November 10, 2016": ["2016-10-27", "2016-11-10", "day", "confirmed", "2016-10-27/2016-11-10"],
    "November 14, 2016": ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"],
    "November 14 - 16, 2016": ["2016-11-14", "2016-11-16", "day", "confirmed", "2016-11-14/2016-11-16"],
    "December 2016": ["2016-12-01", "2016-12-31", "month", "confirmed", "2016-12"],
    "December 2-3, 2016": ["2016-12-02", "2016-12-03", "day", "confirmed", "2016-12-02/2016-12-03"],
    "December 5-8, 2016 (The session on the Global Compact is scheduled for Tuesday 6 December 2016.)": [
      "2016-12-05", "2016-12-08", "day", "confirmed", "2016-12-05/2016-12-08",
    ],
    "December 6-9, 2016": ["2016-12-06", "2016-12-09", "day", "confirmed", "2016-12-06/2016-12-09"],
    "December 10- 12, 2016": ["2016-12-10", "2016-12-12", "day", "confirmed", "2016-12-10/2016-12-12"],
    "January 23-24, 2017": ["2017-01-23", "2017-01-24", "day", "confirmed", "2017-01-23/2017-01-24"],
    "February 1-2, 2017": ["2017-02-01", "2017-02-02", "day", "confirmed", "2017-02-01/2017-02-02"],
    "February 16-17, 2017": ["2017-02-16", "2017-02-17", "day", "confirmed", "2017-02-16/2017-02-17"],
    "February 16, 2017": ["2017-02-16", "2017-02-16", "day", "confirmed", "2017-02-16"],
    "February 21-23, 2017": ["2017-02-21", "2017-02-23", "day", "confirmed", "2017-02-21/2017-02-23"],
    "March 2017": ["2017-03-01", "2017-03-31", "month", "confirmed", "2017-03"],
    "March 13-24, 2017": ["2017-03-13", "2017-03-24", "day", "confirmed", "2017-03-13/2017-03-24"],
    "Date to be determined": [null, null, "unknown", "tbd", null],
    "Dates to be determined": [null, null, "unknown", "tbd", null],
    "April 3-7, 2017": ["2017-04-03", "2017-04-07", "day", "confirmed", "2017-04-03/2017-04-07"],
    "April 5 to 6 2017": ["2017-04-05", "2017-04-06", "day", "confirmed", "2017-04-05/2017-04-06"],
    "June 2017": ["2017-06-01", "2017-06-30", "month", "confirmed", "2017-06"],
    "Third Quarter 2017": ["2017-07-01", "2017-09-30", "quarter", "confirmed", "2017-35"],
    "July 2017": ["2017-07-01", "2017-07-31", "month", "confirmed", "2017-07"],
    "September 2017": ["2017-09-01", "2017-09-30", "month", "confirmed", "2017-09"],
    "October 2017": ["2017-10-01", "2017-10-31", "month", "confirmed", "2017-10"],
    "GA Session 2017": ["2017-09-01", "2017-12-31", "month", "confirmed", "2017-09/2017-12"],
    "October 2-5, 2017": ["2017-10-02", "2017-10-05", "day", "confirmed", "2017-10-02/2017-10-05"],
    "November 2017": ["2017-11-01", "2017-11-30", "month", "confirmed", "2017-11"],
    "November 27 to December 1, 2017": ["2017-11-27", "2017-12-01", "day", "confirmed", "2017-11-27/2017-12-01"],
    "December 2017": ["2017-12-01", "2017-12-31", "month", "confirmed", "2017-12"],
    "No later than 2019": [null, "2019-12-31", "open", "confirmed", "../2019"],
    "Normally May or June, and November of each year": [null, null, "recurring", "tentative", null],
    "2018": ["2018-01-01", "2018-12-31", "year", "confirmed", "2018"],
    "February 2018": ["2018-02-01", "2018-02-28", "month", "confirmed", "2018-02"],
    "April 2018": ["2018-04-01", "2018-04-30", "month", "confirmed", "2018-04"],
    "June 2018": ["2018-06-01", "2018-06-30", "month", "confirmed", "2018-06"],
    "July 2018": ["2018-07-01", "2018-07-31", "month", "confirmed", "2018-07"],
  };

  it("has 50 rows and every date text is covered here", () => {
    expect(cells).toHaveLength(50);
    expect(cells.filter((c) => !(c in expected))).toEqual([]);
  });

  it.each(cells.map((c, i) => [i + 2, c] as const))("row %i: %s", (_row, cell) => {
    expectDate(cell, expected[cell]);
  });

  it("keeps the text verbatim and turns the parenthesis into a note with its key day", () => {
    const text = "December 5-8, 2016 (The session on the Global Compact is scheduled for Tuesday 6 December 2016.)";
    const result = parseDate(text);
    expect(result.ok && result.date.text).toBe(text);
    expect(result.ok && result.date.notes).toEqual(["The session on the Global Compact is scheduled for Tuesday 6 December 2016."]);
    expect(result.ok && result.date.keyDates).toEqual(["2016-12-06"]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("reads the recurring pattern with its months and next occurrence", () => {
    const date = parsed("Normally May or June, and November of each year");
    expect(date.recurrence).toEqual({
      frequency: "yearly", interval: 1, timesPerPeriod: null, months: [5, 6, 11],
      next: { start: "2016-11-01", end: "2016-11-30" },
    });
  });
});

describe("the grammar beyond the seed", () => {
  const cases: [string | number, Expected][] = [
    // day-first and month-first single days
    ["14 November 2016", ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    ["Nov. 14, 2016", ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    ["17 th November 2017", ["2017-11-17", "2017-11-17", "day", "confirmed", "2017-11-17"]],
    ["1st December 2017", ["2017-12-01", "2017-12-01", "day", "confirmed", "2017-12-01"]],
    ["Monday, 14 November 2016", ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    // ranges in a month, across months and across years, with every connector
    ["14-16 November 2016", ["2016-11-14", "2016-11-16", "day", "confirmed", "2016-11-14/2016-11-16"]],
    ["14–16 November 2016", ["2016-11-14", "2016-11-16", "day", "confirmed", "2016-11-14/2016-11-16"]],
    ["14 until 16 November 2016", ["2016-11-14", "2016-11-16", "day", "confirmed", "2016-11-14/2016-11-16"]],
    ["Nov 14 through Nov 16 2016", ["2016-11-14", "2016-11-16", "day", "confirmed", "2016-11-14/2016-11-16"]],
    ["between 3 and 5 May 2017", ["2017-05-03", "2017-05-05", "day", "confirmed", "2017-05-03/2017-05-05"]],
    ["from 3 to 5 May 2017", ["2017-05-03", "2017-05-05", "day", "confirmed", "2017-05-03/2017-05-05"]],
    ["3rd-5th May 2017", ["2017-05-03", "2017-05-05", "day", "confirmed", "2017-05-03/2017-05-05"]],
    ["30 May-2 June 2017", ["2017-05-30", "2017-06-02", "day", "confirmed", "2017-05-30/2017-06-02"]],
    ["December 28, 2016 - January 3, 2017", ["2016-12-28", "2017-01-03", "day", "confirmed", "2016-12-28/2017-01-03"]],
    ["December 28 to January 3, 2017", ["2016-12-28", "2017-01-03", "day", "confirmed", "2016-12-28/2017-01-03"]],
    ["28 December 2016 to 3 January 2017", ["2016-12-28", "2017-01-03", "day", "confirmed", "2016-12-28/2017-01-03"]],
    // lists of days
    ["4 & 6 December 2018", ["2018-12-04", "2018-12-06", "day", "confirmed", "{2018-12-04,2018-12-06}"]],
    ["4, 5 and 7 December 2018", ["2018-12-04", "2018-12-07", "day", "confirmed", "{2018-12-04,2018-12-05,2018-12-07}"]],
    ["4-6 and 9 December 2018", ["2018-12-04", "2018-12-09", "day", "confirmed", "{2018-12-04..2018-12-06,2018-12-09}"]],
    // months
    ["Sept. 2017", ["2017-09-01", "2017-09-30", "month", "confirmed", "2017-09"]],
    ["May - June 2017", ["2017-05-01", "2017-06-30", "month", "confirmed", "2017-05/2017-06"]],
    ["May or June 2017", ["2017-05-01", "2017-06-30", "month", "tentative", "[2017-05,2017-06]"]],
    ["November 2017 - February 2018", ["2017-11-01", "2018-02-28", "month", "confirmed", "2017-11/2018-02"]],
    ["November - February 2018", ["2017-11-01", "2018-02-28", "month", "confirmed", "2017-11/2018-02"]],
    // quarters and halves
    ["Q3 2017", ["2017-07-01", "2017-09-30", "quarter", "confirmed", "2017-35"]],
    ["3Q 2017", ["2017-07-01", "2017-09-30", "quarter", "confirmed", "2017-35"]],
    ["first quarter of 2022", ["2022-01-01", "2022-03-31", "quarter", "confirmed", "2022-33"]],
    ["last quarter of 2017", ["2017-10-01", "2017-12-31", "quarter", "confirmed", "2017-36"]],
    ["Q1-Q2 2018", ["2018-01-01", "2018-06-30", "quarter", "confirmed", "2018-01/2018-06"]],
    ["first half of 2018", ["2018-01-01", "2018-06-30", "half", "confirmed", "2018-40"]],
    ["H2 2018", ["2018-07-01", "2018-12-31", "half", "confirmed", "2018-41"]],
    ["second semester 2018", ["2018-07-01", "2018-12-31", "half", "confirmed", "2018-41"]],
    ["spring 2018", ["2018-03-01", "2018-05-31", "quarter", "confirmed", "2018-21"]],
    // years
    ["2017-2018", ["2017-01-01", "2018-12-31", "year", "confirmed", "2017/2018"]],
    // early / mid / late, weeks
    ["early June 2017", ["2017-06-01", "2017-06-10", "month", "confirmed", "2017-06-01/2017-06-10"]],
    ["mid-June 2017", ["2017-06-11", "2017-06-20", "month", "confirmed", "2017-06-11/2017-06-20"]],
    ["late February 2017", ["2017-02-21", "2017-02-28", "month", "confirmed", "2017-02-21/2017-02-28"]],
    ["end of 2017", ["2017-09-01", "2017-12-31", "quarter", "confirmed", "2017-09-01/2017-12-31"]],
    ["first week of December 2017", ["2017-12-01", "2017-12-07", "week", "confirmed", "2017-12-01/2017-12-07"]],
    ["second week of May 2017", ["2017-05-08", "2017-05-14", "week", "confirmed", "2017-05-08/2017-05-14"]],
    ["last week of June 2017", ["2017-06-24", "2017-06-30", "week", "confirmed", "2017-06-24/2017-06-30"]],
    ["week of 16 November 2016", ["2016-11-14", "2016-11-20", "week", "confirmed", "2016-11-14/2016-11-20"]],
    // open bounds
    ["by March 2018", [null, "2018-03-31", "open", "confirmed", "../2018-03"]],
    ["before June 2018", [null, "2018-05-31", "open", "confirmed", "../2018-05"]],
    ["no later than 15 May 2018", [null, "2018-05-15", "open", "confirmed", "../2018-05-15"]],
    ["from May 2018 onwards", ["2018-05-01", null, "open", "confirmed", "2018-05/.."]],
    ["after 2019", ["2020-01-01", null, "open", "confirmed", "2020/.."]],
    ["not before 2020", ["2020-01-01", null, "open", "confirmed", "2020/.."]],
    // status markers
    ["TBD", [null, null, "unknown", "tbd", null]],
    ["Dates TBC", [null, null, "unknown", "tbd", null]],
    ["Pending", [null, null, "unknown", "tbd", null]],
    ["June 2017 (TBC)", ["2017-06-01", "2017-06-30", "month", "tentative", "2017-06?"]],
    ["Tentatively March 2017", ["2017-03-01", "2017-03-31", "month", "tentative", "2017-03?"]],
    ["March 2017?", ["2017-03-01", "2017-03-31", "month", "tentative", "2017-03?"]],
    ["5-8 December 2016 (tbc)", ["2016-12-05", "2016-12-08", "day", "tentative", "2016-12-05?/2016-12-08?"]],
    // ISO 8601 and EDTF input
    ["2017-04-03", ["2017-04-03", "2017-04-03", "day", "confirmed", "2017-04-03"]],
    ["2017-04", ["2017-04-01", "2017-04-30", "month", "confirmed", "2017-04"]],
    ["2017-35", ["2017-07-01", "2017-09-30", "quarter", "confirmed", "2017-35"]],
    ["2018-41", ["2018-07-01", "2018-12-31", "half", "confirmed", "2018-41"]],
    ["../2019", [null, "2019-12-31", "open", "confirmed", "../2019"]],
    ["2018-05/..", ["2018-05-01", null, "open", "confirmed", "2018-05/.."]],
    ["2017-04-03/2017-04-07", ["2017-04-03", "2017-04-07", "day", "confirmed", "2017-04-03/2017-04-07"]],
    ["{2018-12-04,2018-12-06}", ["2018-12-04", "2018-12-06", "day", "confirmed", "{2018-12-04,2018-12-06}"]],
    ["[2017-05,2017-06]", ["2017-05-01", "2017-06-30", "month", "tentative", "[2017-05,2017-06]"]],
    ["2017-06~", ["2017-06-01", "2017-06-30", "month", "tentative", "2017-06?"]],
    ["2017-W14", ["2017-04-03", "2017-04-09", "week", "confirmed", "2017-04-03/2017-04-09"]],
    ["14/11/2016", ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    ["14.11.2016", ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    // spreadsheet serial numbers (Excel and Google Sheets) and years typed as numbers
    [42688, ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    ["42688", ["2016-11-14", "2016-11-14", "day", "confirmed", "2016-11-14"]],
    [2018, ["2018-01-01", "2018-12-31", "year", "confirmed", "2018"]],
    // French and Spanish
    ["17 de septiembre de 2021", ["2021-09-17", "2021-09-17", "day", "confirmed", "2021-09-17"]],
    ["du 4 au 6 décembre 2017", ["2017-12-04", "2017-12-06", "day", "confirmed", "2017-12-04/2017-12-06"]],
    ["del 4 al 6 de diciembre de 2017", ["2017-12-04", "2017-12-06", "day", "confirmed", "2017-12-04/2017-12-06"]],
    ["le 1er février 2018", ["2018-02-01", "2018-02-01", "day", "confirmed", "2018-02-01"]],
    ["troisième trimestre 2017", ["2017-07-01", "2017-09-30", "quarter", "confirmed", "2017-35"]],
    ["tercer trimestre de 2017", ["2017-07-01", "2017-09-30", "quarter", "confirmed", "2017-35"]],
    ["premier semestre 2018", ["2018-01-01", "2018-06-30", "half", "confirmed", "2018-40"]],
    ["au plus tard en 2019", [null, "2019-12-31", "open", "confirmed", "../2019"]],
    ["a más tardar en 2019", [null, "2019-12-31", "open", "confirmed", "../2019"]],
    ["à partir de mai 2018", ["2018-05-01", null, "open", "confirmed", "2018-05/.."]],
    ["fin novembre 2017", ["2017-11-21", "2017-11-30", "month", "confirmed", "2017-11-21/2017-11-30"]],
    ["principios de marzo de 2018", ["2018-03-01", "2018-03-10", "month", "confirmed", "2018-03-01/2018-03-10"]],
    ["date à déterminer", [null, null, "unknown", "tbd", null]],
    ["fecha por determinar", [null, null, "unknown", "tbd", null]],
  ];

  it.each(cases)("%s", (text, expected) => expectDate(text, expected));

  it("reads times and zones beside the day", () => {
    expect(parsed("17 September 2021, 9:00 – 11:00 (GMT-5)")).toMatchObject({
      start: "2021-09-17", end: "2021-09-17", precision: "day", time: { start: "09:00", end: "11:00", utcOffset: "-05:00" },
    });
    expect(parsed("5 May 2017, 3-5pm CET").time).toEqual({ start: "15:00", end: "17:00", utcOffset: "+01:00" });
    expect(parsed("le 6 décembre 2017 de 9h30 à 12h").time).toEqual({ start: "09:30", end: "12:00", utcOffset: null });
    expect(parsed(42688.375).time).toEqual({ start: "09:00", end: null, utcOffset: null });
    expect(parsed("2021-09-17T09:00:00-05:00").time).toEqual({ start: "09:00", end: null, utcOffset: "-05:00" });
  });

  it("reads recurring patterns in three languages", () => {
    expect(parsed("twice a year").recurrence).toMatchObject({ frequency: "yearly", timesPerPeriod: 2, months: [], next: null });
    expect(parsed("every two years").recurrence).toMatchObject({ interval: 2, next: null });
    expect(parsed("every September").recurrence?.next).toEqual({ start: "2017-09-01", end: "2017-09-30" });
    expect(parsed("chaque année en juin").recurrence?.months).toEqual([6]);
    expect(parsed("cada año").precision).toBe("recurring");
    expect(parsed("deux fois par an").recurrence?.timesPerPeriod).toBe(2);
    expect(parsed("monthly").recurrence).toMatchObject({ frequency: "monthly", next: { start: "2016-11-01", end: "2016-11-30" } });
  });

  it("warns when a weekday does not match its day, in the text or in a note", () => {
    const main = parseDate("Tuesday 7 December 2016");
    expect(main.ok && main.warnings.map((w) => w.code)).toEqual(["weekday-mismatch"]);
    expect(main.ok && main.warnings[0].message).toContain("Wednesday");
    const note = parseDate("December 5-8, 2016 (The session is scheduled for Monday 6 December 2016.)");
    expect(note.ok && note.warnings.map((w) => w.message)).toEqual(["6 December 2016 is a Tuesday, not a Monday."]);
  });
});

describe("what is not understood is an error, never a guess", () => {
  it.each([
    ["February 30, 2017", "impossible-date"],
    ["31 April 2017", "impossible-date"],
    ["2017-02-30", "impossible-date"],
    ["2017-13", "impossible-date"],
    ["November 16 - 14, 2016", "end-before-start"],
    ["2018/2017", "end-before-start"],
    ["November 14", "unparseable-date"],
    ["next spring", "unparseable-date"],
    ["sometime soon", "unparseable-date"],
    ["05/06/2016", "unparseable-date"],
    ["Geneva", "unparseable-date"],
    ["14 Novembre 2016 at the latest maybe", "unparseable-date"],
    ["12", "unparseable-date"],
  ])("%s → %s", (text, code) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
      expect(result.text).toBe(text);
    }
  });

  it("rejects numbers that are neither years nor spreadsheet dates", () => {
    expect(parseDate(12).ok).toBe(false);
    expect(parseDate(-5).ok).toBe(false);
    expect(parseDate(true).ok).toBe(false);
  });

  it("treats a blank cell as not yet determined rather than as an error", () => {
    const result = parseDate("  ");
    expect(result.ok && result.date).toMatchObject({ status: "tbd", precision: "unknown", start: null });
  });
});

describe("EDTF output", () => {
  const texts = [
    "October 27 to November 10, 2016", "4 & 6 December 2018", "4-6 and 9 December 2018", "May or June 2017", "Q3 2017",
    "Q1-Q2 2018", "first half of 2018", "early June 2017", "by March 2018", "2017-2018", "June 2017 (TBC)",
    "GA Session 2017", "first week of December 2017", "November 2017 - February 2018",
  ];

  it.each(texts)("%s is valid EDTF whose bounds are the date's bounds", (text) => {
    const date = parsed(text);
    const value = edtf(date.edtf as string) as { min: number; max: number };
    const day = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null);
    expect(day(value.min)).toBe(date.start);
    expect(day(value.max)).toBe(date.end);
  });
});
