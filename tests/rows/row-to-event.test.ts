import { describe, expect, it } from "vitest";
import { readRows } from "../../sync-service/src/mapping/rows/read-rows";
import type { SheetInput } from "../../sync-service/src/mapping/types";
import { sheetOf, standardSheet } from "../support/mapping-sheet";

function eventsOf(sheet: SheetInput) {
  const read = readRows(sheet, { today: "2016-11-17" });
  if (!read.ok) throw new Error(read.message);
  return read.rows.map((r) => r.event);
}

function eventOf(fields: Parameters<typeof standardSheet>[0]) {
  return eventsOf(standardSheet(fields))[0];
}

describe("row → MappingEvent", () => {
  it("reads a seed row into the event shape", () => {
    const e = eventOf({ "Month/year": "December 2-3, 2016", Event: "Global Conference on Agenda 2030", Location: "Berlin", "Focal Point": "DESA, IOM", Description: "Data." });
    expect(e).toMatchObject({
      row: 2,
      id: null,
      title: "Global Conference on Agenda 2030",
      rcp: false,
      location: "Berlin",
      locationStatus: "confirmed",
      focalPoints: ["DESA", "IOM"],
      description: "Data.",
      relatedTo: null,
      outcomeUrl: null,
      extra: {},
    });
    expect(e.date).toMatchObject({ text: "December 2-3, 2016", start: "2016-12-02", end: "2016-12-03", precision: "day", status: "confirmed" });
  });

  it("turns a leading * into rcp and drops it from the title", () => {
    const e = eventOf({ Event: "*Abu Dhabi Dialogue", "Month/year": "January 23-24, 2017" });
    expect(e.rcp).toBe(true);
    expect(e.title).toBe("Abu Dhabi Dialogue");
    expect(eventOf({ Event: "Abu Dhabi * Dialogue" }).rcp).toBe(false);
  });

  it.each([
    ["Geneva (TBC)", "Geneva", "tentative"],
    ["Montreal (tbc)", "Montreal", "tentative"],
    ["Turkey (TBC)", "Turkey", "tentative"],
    ["Berlin TBC", "Berlin", "tentative"],
    ["TBD", null, "tbd"],
    ["TBC", null, "tentative"],
    ["", null, "tbd"],
    ["Bali, Indonesia", "Bali, Indonesia", "confirmed"],
    ["Tbilisi", "Tbilisi", "confirmed"],
  ])("location %j → %j, %s", (typed, location, status) => {
    const e = eventOf({ Event: "Meeting", Location: typed });
    expect(e.location).toBe(location);
    expect(e.locationStatus).toBe(status);
  });

  it.each([
    ["DESA, IOM", ["DESA", "IOM"]],
    ["ILO; OHCHR", ["ILO", "OHCHR"]],
    ["UNHCR/IOM", ["UNHCR", "IOM"]],
    ["DESA and IOM", ["DESA", "IOM"]],
    ["ILO & IOM", ["ILO", "IOM"]],
    ["UN DESA", ["DESA"]],
    ["un-desa, World Bank Group", ["DESA", "World Bank"]],
    ["Department of Economic and Social Affairs and International Organization for Migration", ["DESA", "IOM"]],
    ["United Nations Office on Drugs and Crime", ["UNODC"]],
    ["UNDESA", ["UNDESA"]],
    [" DESA ,, DESA ", ["DESA"]],
    ["", []],
  ])("focal points %j → %j", (typed, names) => {
    expect(eventOf({ Event: "Meeting", "Focal Point": typed }).focalPoints).toEqual(names);
  });

  it("makes a confirmed date tentative when the title says TBC", () => {
    const titled = eventOf({ Event: "Lunchtime side event (title TBC)", "Month/year": "February 16, 2017" });
    expect(titled.date.status).toBe("tentative");
    expect(titled.title).toBe("Lunchtime side event (title TBC)");
    expect(eventOf({ Event: "Side event (TBC)", "Month/year": "March 13-24, 2017" }).date.status).toBe("tentative");
    expect(eventOf({ Event: "Side event", "Month/year": "March 13-24, 2017" }).date.status).toBe("confirmed");
    expect(eventOf({ Event: "Side event (TBC)", "Month/year": "Date to be determined" }).date.status).toBe("tbd");
  });

  it("keeps a blank or unparseable date as an undetermined date with its text verbatim", () => {
    expect(eventOf({ Event: "A", "Month/year": "" }).date).toMatchObject({ text: "", start: null, status: "tbd", precision: "unknown" });
    expect(eventOf({ Event: "A", "Month/year": "when the cows come home" }).date).toMatchObject({
      text: "when the cows come home",
      start: null,
      status: "tbd",
    });
  });

  it("passes a number in the date cell to the date parser as a serial date and stringifies other cells", () => {
    const e = eventOf({ ID: 42, Event: "Meeting", "Month/year": 42688, Location: true, Description: 3.5 });
    expect(e.date.start).toBe("2016-11-14");
    expect(e.id).toBe("42");
    expect(e.location).toBe("TRUE");
    expect(e.description).toBe("3.5");
  });

  it("keeps unknown columns in extra and skips rows whose cells are all blank", () => {
    const events = eventsOf(
      sheetOf(["Event", "Budget", "Dates"], ["First", "100", "2017"], [null, " ", ""], ["", null, null], ["Third", null, "2018"]),
    );
    expect(events.map((e) => [e.row, e.title, e.extra])).toEqual([
      [2, "First", { Budget: "100" }],
      [5, "Third", { Budget: "" }],
    ]);
  });

  it("keeps a cell typed right of the last header under its column number", () => {
    const [event] = eventsOf(sheetOf(["Event", "Dates"], ["First", "2017", "stray note"]));
    expect(event.extra).toEqual({ "Column 3": "stray note" });
  });

  it("reads ID, Related to and Outcome URL", () => {
    const e = eventOf({ ID: " ev-1 ", Event: "Side event", "Related to": "ev-0", "Outcome URL": "https://example.org/report.pdf" });
    expect([e.id, e.relatedTo, e.outcomeUrl]).toEqual(["ev-1", "ev-0", "https://example.org/report.pdf"]);
  });
});
