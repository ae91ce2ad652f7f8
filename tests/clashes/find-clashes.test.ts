import { describe, expect, it } from "vitest";
import { findClashes } from "../../sync-service/src/mapping/clashes/find-clashes";
import { makeEvent } from "./make-event";

describe("definite clashes", () => {
  it("reports two day-precision events that share days, with the shared days and why", () => {
    const cpd = makeEvent({ row: 18, start: "2017-04-03", end: "2017-04-07", location: "New York", focalPoints: ["DESA"] });
    const friends = makeEvent({ row: 19, start: "2017-04-05", end: "2017-04-06", location: "Germany", focalPoints: ["GFMD"] });
    const { clashes } = findClashes([friends, cpd]);
    expect(clashes).toHaveLength(1);
    const [c] = clashes;
    expect(c.kind).toBe("definite");
    expect(c.a).toEqual({ row: 18, id: "ev-18" });
    expect(c.b).toEqual({ row: 19, id: "ev-19" });
    expect(c.days).toEqual(["2017-04-05", "2017-04-06"]);
    expect(c.shared).toEqual({ focalPoints: [], location: false });
    expect(c.reasons).toContain("Both on 5–6 April 2017.");
    expect(c.reasons).toContain("In different places on the same days: New York and Germany.");
    expect(c.acknowledged).toBe(false);
    expect(c.acknowledgement).toBeNull();
  });

  it("counts a single shared boundary day, and nothing when the ranges only touch end to start", () => {
    const a = makeEvent({ row: 2, start: "2017-03-01", end: "2017-03-03" });
    const sameLastDay = makeEvent({ row: 3, start: "2017-03-03", end: "2017-03-05" });
    const dayAfter = makeEvent({ row: 4, start: "2017-03-06", end: "2017-03-06" });
    const pairs = findClashes([a, sameLastDay, dayAfter]).clashes.map((c) => [c.a.row, c.b.row, c.days]);
    expect(pairs).toEqual([[2, 3, ["2017-03-03", "2017-03-03"]]]);
  });

  it("treats week precision as exact days, and names shared focal points and place", () => {
    const week = makeEvent({ row: 5, start: "2017-05-01", end: "2017-05-07", precision: "week", location: "Geneva", focalPoints: ["IOM", "ILO"] });
    const day = makeEvent({ row: 6, start: "2017-05-07", location: "Geneva, Switzerland", focalPoints: ["ilo ", "IOM"] });
    const [c] = findClashes([week, day]).clashes;
    expect(c.kind).toBe("definite");
    expect(c.shared).toEqual({ focalPoints: ["IOM", "ILO"], location: true });
    expect(c.reasons).toEqual([
      "Both on 7 May 2017.",
      "Shared focal points: IOM, ILO — the same people are expected at both.",
      "Both in Geneva.",
    ]);
  });

  it("formats overlaps across months and years", () => {
    const a = makeEvent({ row: 2, start: "2016-10-27", end: "2016-11-10" });
    const b = makeEvent({ row: 3, start: "2016-10-30", end: "2016-11-20" });
    const c = makeEvent({ row: 4, start: "2016-12-30", end: "2017-01-02" });
    const d = makeEvent({ row: 5, start: "2016-12-29", end: "2017-01-05" });
    const reasons = findClashes([a, b, c, d]).clashes.map((x) => x.reasons[0]);
    expect(reasons).toEqual(["Both on 30 October – 10 November 2016.", "Both on 30 December 2016 – 2 January 2017."]);
  });
});

describe("possible clashes", () => {
  const month = (row: number, location: string | null, focalPoints: string[]) =>
    makeEvent({ row, start: "2017-03-01", end: "2017-03-31", precision: "month", text: "March 2017", location, focalPoints });

  it("reports a month event overlapping a day event when they share a focal point", () => {
    const ids = month(14, "Geneva (TBC)", ["IOM"]);
    const day = makeEvent({ row: 20, start: "2017-03-13", end: "2017-03-24", location: "New York", focalPoints: ["UN Women", "IOM"] });
    const [c] = findClashes([ids, day]).clashes;
    expect(c.kind).toBe("possible");
    expect(c.days).toEqual(["2017-03-13", "2017-03-24"]);
    expect(c.shared).toEqual({ focalPoints: ["IOM"], location: false });
    expect(c.reasons[0]).toBe("Both could fall on 13–24 March 2017: “March 2017” is only known to the month.");
    expect(c.reasons[1]).toBe("Same focal point: IOM — the same people are expected at both.");
  });

  it("is silent when nothing but the dates is shared", () => {
    const a = month(2, "Geneva", ["IOM"]);
    const b = makeEvent({ row: 3, start: "2017-03-10", location: "Vienna", focalPoints: ["UNIDO"] });
    const c = makeEvent({ row: 4, start: "2017-01-01", end: "2017-03-31", precision: "quarter", location: "New York", focalPoints: ["ILO"] });
    expect(findClashes([a, b, c]).clashes).toEqual([]);
  });

  it("matches places with case, accents and (TBC) folded, and a place that extends the other", () => {
    const geneva = month(2, "Geneva (TBC)", []);
    const genevaCh = makeEvent({ row: 3, start: "2017-03-10", location: "geneva, Switzerland" });
    const geneve = makeEvent({ row: 4, start: "2017-01-01", end: "2017-06-30", precision: "half", location: "Genève", text: "first half of 2017" });
    const geneveFolded = month(5, "GENEVE", []);
    const { clashes } = findClashes([geneva, genevaCh, geneve, geneveFolded]);
    expect(clashes.map((c) => [c.a.row, c.b.row, c.kind, c.shared.location])).toEqual([
      [2, 3, "possible", true],
      [4, 5, "possible", true],
    ]);
  });

  it("does not take two places sharing only a first word for the same place", () => {
    const a = month(2, "New York", []);
    const b = makeEvent({ row: 3, start: "2017-03-10", location: "New Delhi" });
    const tbd = month(4, "TBD", []);
    const c = makeEvent({ row: 5, start: "2017-03-20", location: "TBD" });
    expect(findClashes([a, b, tbd, c]).clashes).toEqual([]);
  });

  it("pairs two window events (month × quarter) that share a focal point", () => {
    const q = makeEvent({ row: 2, start: "2017-07-01", end: "2017-09-30", precision: "quarter", text: "Third Quarter 2017", focalPoints: ["UNIDO"] });
    const m = makeEvent({ row: 3, start: "2017-09-01", end: "2017-09-30", precision: "month", text: "September 2017", focalPoints: ["UNIDO"] });
    const [c] = findClashes([q, m]).clashes;
    expect(c.kind).toBe("possible");
    expect(c.days).toEqual(["2017-09-01", "2017-09-30"]);
    expect(c.reasons[0]).toContain("“Third Quarter 2017” is only known to the quarter; “September 2017” is only known to the month");
  });

  it("says once when both are known only to the same month", () => {
    const a = month(21, "Geneva", []);
    const b = month(24, "Geneva (TBC)", ["ILO"]);
    const [c] = findClashes([a, b]).clashes;
    expect(c.reasons).toEqual(["Both could fall on 1–31 March 2017: both are only known to the month (“March 2017”).", "Both in Geneva."]);
  });
});

describe("events that are not paired", () => {
  it("lists year, open, recurring, unknown and unparsed rows as undated and never pairs them", () => {
    const day = makeEvent({ row: 2, start: "2018-03-01", focalPoints: ["IOM"], location: "Geneva" });
    const year = makeEvent({ row: 9, start: "2018-01-01", end: "2018-12-31", precision: "year", focalPoints: ["IOM"], location: "Geneva" });
    const open = makeEvent({ row: 4, start: null, end: "2019-12-31", precision: "open", focalPoints: ["IOM"] });
    const openBoth = makeEvent({ row: 7, start: "2017-01-01", end: "2019-12-31", precision: "open", focalPoints: ["IOM"] });
    const recurring = makeEvent({ row: 5, start: "2018-03-01", end: "2018-03-01", precision: "recurring", focalPoints: ["IOM"] });
    const unknown = makeEvent({ row: 3, start: null, precision: "unknown", focalPoints: ["IOM"] });
    const unparsed = makeEvent({ row: 8, start: null, precision: "unknown", text: "sometime soonish" });
    const monthNoEnd = makeEvent({ row: 6, start: "2018-03-01", end: null, precision: "month", focalPoints: ["IOM"] });
    const result = findClashes([day, year, open, openBoth, recurring, unknown, unparsed, monthNoEnd]);
    expect(result.clashes).toEqual([]);
    expect(result.undated).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("side events", () => {
  it("does not pair a side event with its parent, in either direction, but still with others", () => {
    const meeting = makeEvent({ row: 12, id: "desa-2017", start: "2017-02-16", end: "2017-02-17", location: "New York", focalPoints: ["DESA"] });
    const lunch = makeEvent({ row: 13, id: "lunch", start: "2017-02-16", location: "New York", focalPoints: ["UN Women"], relatedTo: "desa-2017" });
    const other = makeEvent({ row: 14, id: "other", start: "2017-02-17", location: "Geneva", focalPoints: ["IOM"] });
    expect(findClashes([meeting, lunch]).clashes).toEqual([]);
    const reversed = { ...meeting, relatedTo: "lunch" };
    const unrelatedLunch = { ...lunch, relatedTo: null };
    expect(findClashes([reversed, unrelatedLunch]).clashes).toEqual([]);
    expect(findClashes([meeting, lunch, other]).clashes.map((c) => [c.a.row, c.b.row])).toEqual([[12, 14]]);
    expect(findClashes([meeting, unrelatedLunch]).clashes).toHaveLength(1);
  });
});

describe("acknowledgements", () => {
  const a = makeEvent({ row: 2, id: "A", start: "2017-04-03", end: "2017-04-07" });
  const b = makeEvent({ row: 3, id: "B", start: "2017-04-05" });
  const c = makeEvent({ row: 4, id: null, start: "2017-04-05" });
  const ack = { a: "B", b: "A", by: "secretariat@example.org", at: "2017-01-10T09:00:00Z", reason: "different delegations" };

  it("keeps an acknowledged clash in the list, marked, matching ids in either order", () => {
    const { clashes } = findClashes([a, b, c], { acknowledgements: [ack] });
    expect(clashes.map((x) => [x.a.row, x.b.row, x.acknowledged])).toEqual([
      [2, 3, true],
      [2, 4, false],
      [3, 4, false],
    ]);
    expect(clashes[0].acknowledgement).toEqual(ack);
    expect(clashes[1].acknowledgement).toBeNull();
  });

  it("ignores acknowledgements of other pairs", () => {
    const { clashes } = findClashes([a, b], { acknowledgements: [{ ...ack, a: "A", b: "Z" }] });
    expect(clashes[0].acknowledged).toBe(false);
  });
});

describe("travel squeeze", () => {
  const first = makeEvent({ row: 10, title: "Friends of the GFMD", start: "2017-04-05", end: "2017-04-06", location: "Berlin, Germany", focalPoints: ["GFMD", "IOM"] });
  const nextDay = (overrides: Partial<Parameters<typeof makeEvent>[0]>) =>
    makeEvent({ row: 7, title: "Dialogue", start: "2017-04-07", end: "2017-04-08", location: "New York", focalPoints: ["IOM"], ...overrides });

  it("warns when the same focal point ends in one city the day before it starts in another", () => {
    const { clashes } = findClashes([first, nextDay({})]);
    expect(clashes).toHaveLength(1);
    const [c] = clashes;
    expect(c.kind).toBe("travel-squeeze");
    expect([c.a.row, c.b.row]).toEqual([7, 10]);
    expect(c.days).toEqual(["2017-04-06", "2017-04-07"]);
    expect(c.shared).toEqual({ focalPoints: ["IOM"], location: false });
    expect(c.reasons).toEqual([
      "Back to back in different places: “Friends of the GFMD” ends on 6 April 2017 in Berlin, Germany, “Dialogue” starts on 7 April 2017 in New York.",
      "IOM must travel between them overnight.",
    ]);
  });

  it("stays silent for the same place, no shared focal point, a free day between, week precision, or an unknown place", () => {
    expect(findClashes([first, nextDay({ location: "Berlin" })]).clashes).toEqual([]);
    expect(findClashes([first, nextDay({ focalPoints: ["ILO"] })]).clashes).toEqual([]);
    expect(findClashes([first, nextDay({ start: "2017-04-08" })]).clashes).toEqual([]);
    expect(findClashes([first, nextDay({ precision: "week" })]).clashes).toEqual([]);
    expect(findClashes([first, nextDay({ location: "TBD" })]).clashes).toEqual([]);
    expect(findClashes([first, nextDay({ precision: "month" })]).clashes).toEqual([]);
  });

  it("reports a pair sharing several focal points once", () => {
    const { clashes } = findClashes([first, nextDay({ focalPoints: ["IOM", "GFMD"] })]);
    expect(clashes).toHaveLength(1);
    expect(clashes[0].shared.focalPoints).toEqual(["IOM", "GFMD"]);
  });
});

describe("ordering", () => {
  it("orders by the first row then the second, whatever the input order", () => {
    const events = [
      makeEvent({ row: 9, start: "2017-01-02" }),
      makeEvent({ row: 3, start: "2017-01-01", end: "2017-01-05" }),
      makeEvent({ row: 7, start: "2017-01-04" }),
      makeEvent({ row: 5, start: "2017-01-02", end: "2017-01-04" }),
    ];
    const forward = findClashes(events).clashes;
    const backward = findClashes([...events].reverse()).clashes;
    expect(forward.map((c) => [c.a.row, c.b.row])).toEqual([
      [3, 5],
      [3, 7],
      [3, 9],
      [5, 7],
      [5, 9],
    ]);
    expect(backward).toEqual(forward);
  });
});

describe("ordering of many clashes on one row", () => {
  it("sorts a long bucket (one event clashing with many) by the second row", () => {
    const half = makeEvent({ row: 2, start: "2017-01-01", end: "2017-06-30", precision: "half", focalPoints: ["IOM"] });
    const rows = Array.from({ length: 40 }, (_, i) => 100 - i);
    const days = rows.map((row, i) => makeEvent({ row, start: `2017-0${1 + (i % 6)}-1${i % 10}`, focalPoints: ["IOM"], location: `Place ${i}` }));
    const fromHalf = findClashes([...days, half]).clashes.filter((c) => c.a.row === 2);
    expect(fromHalf.map((c) => c.b.row)).toEqual([...rows].sort((x, y) => x - y));
  });
});
