import { describe, expect, it } from "vitest";
import { monthAxis, placeOnAxis } from "../../sync-service/src/timeline/view-model/month-axis";
import { packLanes } from "../../sync-service/src/timeline/view-model/pack-lanes";

describe("the month axis", () => {
  it("runs across a year boundary with the right number of days", () => {
    const axis = monthAxis("2016-11", "2017-03");
    expect(axis.months.map((m) => m.key)).toEqual(["2016-11", "2016-12", "2017-01", "2017-02", "2017-03"]);
    expect(axis.months.map((m) => m.days)).toEqual([30, 31, 31, 28, 31]);
    expect(axis.months.map((m) => m.yearLabel)).toEqual(["2016", null, "2017", null, null]);
    expect([axis.firstDay, axis.lastDay, axis.totalDays]).toEqual(["2016-11-01", "2017-03-31", 151]);
    expect(monthAxis("2016-02", "2016-02").totalDays).toBe(29);
  });

  it("places a range by its days and clips what runs off either end", () => {
    const axis = monthAxis("2017-01", "2017-12");
    expect(placeOnAxis(axis, "2017-04-03", "2017-04-07")).toEqual({ offset: 92, days: 5, clippedStart: false, clippedEnd: false });
    expect(placeOnAxis(axis, "2016-10-27", "2017-01-10")).toEqual({ offset: 0, days: 10, clippedStart: true, clippedEnd: false });
    expect(placeOnAxis(axis, "2017-12-30", "2018-01-02")).toEqual({ offset: 363, days: 2, clippedStart: false, clippedEnd: true });
    expect(placeOnAxis(axis, "2018-01-01", "2018-01-02")).toBeNull();
  });
});

describe("lanes", () => {
  it("lets bars that do not overlap share a lane, and keeps a block's lanes together", () => {
    const { lanes, laneCount } = packLanes([
      { from: 0, to: 9, height: 1 },
      { from: 10, to: 19, height: 1 }, // after the first: same lane
      { from: 5, to: 14, height: 2 }, // overlaps both: lanes 1 and 2
      { from: 12, to: 30, height: 1 }, // lane 0 is busy until 19, lane 1 until 14, lane 2 until 14: lane 3
    ]);
    expect(lanes).toEqual([0, 0, 1, 3]);
    expect(laneCount).toBe(4);
  });
});
