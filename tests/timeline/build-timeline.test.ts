import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineBar } from "../../sync-service/src/timeline/view-model/build-timeline";
import { clashSentence, clashSummary, type ClashMark } from "../../sync-service/src/timeline/view-model/clash-marks";
import { NO_FILTER } from "../../sync-service/src/timeline/view-model/timeline-filter";
import { feedEvent, sampleFeed } from "./sample-feed";

const sample = sampleFeed();
const barOf = (bars: TimelineBar[], title: string) => bars.find((b) => b.event.title.startsWith(title))!;

describe("the timeline of the sample mapping", () => {
  const view = buildTimeline(sample.events, sample.clashes, NO_FILTER);

  it("draws dated events as bars across the months they cover and lists the rest", () => {
    expect(view.axis!.months[0].key).toBe("2016-10");
    expect(view.axis!.months.at(-1)!.key).toBe("2018-12"); // "2018" is drawn as the whole year
    expect(view.shown).toBe(sample.events.length);
    expect(view.bars.length + view.undated.length).toBe(view.total);
    const bars = view.bars.map((b) => b.event.date.start!);
    expect(bars).toEqual([...bars].sort());
  });

  it("fades coarse dates and draws days solid", () => {
    const cpd = barOf(view.bars, "50th Session of the Commission on Population");
    expect(cpd.coarse).toBe(false);
    expect(cpd.dateLabel).toBe("3–7 April 2017");
    const unido = barOf(view.bars, "UNIDO International Migration Conference");
    expect(unido.coarse).toBe(true);
    expect(unido.dateLabel).toBe("July – September 2017");
    expect(unido.days).toBe(92);
    expect(barOf(view.bars, "International Conference of Labour Statisticians")).toMatchObject({ coarse: true, dateLabel: "2018", days: 365 });
  });

  it("lists TBD, open and recurring events beside the timeline, by kind", () => {
    const group = (title: string) => view.undated.find((u) => u.event.title.startsWith(title))!;
    expect(group("UN Human Rights Council").group).toBe("tbd");
    expect(group("UN Human Rights Council").dateLabel).toBe("Date to be determined");
    expect(group("Third High Level Dialogue").group).toBe("open");
    expect(group("Third High Level Dialogue").dateLabel).toBe("No later than 31 December 2019");
    expect(group("Regional Conference on Migration").group).toBe("recurring");
  });

  it("marks both events of the CPD × Friends of the GFMD clash, naming the other", () => {
    const cpd = barOf(view.bars, "50th Session of the Commission on Population");
    const friends = view.bars.find((b) => b.event.title === "Friends of the Global Forum on Migration and Development" && b.event.date.start === "2017-04-05")!;
    expect(cpd.clashes).toHaveLength(1);
    expect(cpd.clashes[0]).toMatchObject({ kind: "definite", label: "Clash", otherId: friends.event.id, daysLabel: "5–6 April 2017" });
    expect(friends.clashes[0].otherTitle).toBe(cpd.event.title);
    expect(friends.clashes[0].reasons.join(" ")).toContain("5–6 April 2017");
    expect(view.bars.filter((b) => b.clashes.length > 0).length).toBe(sample.clashes.length * 2);
  });

  it("never lets two bars in one lane overlap, label room included", () => {
    expectLanesDisjoint(view.bars, 45);
  });

  it("offers every focal point and location of the feed as filter values", () => {
    expect(view.focalPoints).toEqual(expect.arrayContaining(["DESA", "ILO", "IOM", "UN Women"]));
    expect(view.focalPoints).not.toContain("UNDESA");
    expect(view.locations).toContain("Geneva");
    expect(view.locations).not.toContain("Geneva (TBC)");
  });
});

describe("filters", () => {
  it("keeps only events of the focal point, bars and list alike", () => {
    const view = buildTimeline(sample.events, sample.clashes, { ...NO_FILTER, focal: "ILO" });
    const shown = [...view.bars.map((b) => b.event), ...view.undated.map((u) => u.event)];
    expect(shown.length).toBe(sample.events.filter((e) => e.focalPoints.includes("ILO")).length);
    expect(shown.every((e) => e.focalPoints.includes("ILO"))).toBe(true);
    expect(view.undated.length).toBeGreaterThan(0);
    expect(view.focalPoints.length).toBeGreaterThan(1);
  });

  it("finds words anywhere, without case or accents, all words required", () => {
    const events = [
      feedEvent("a", "May 2017", { title: "Réunion à Genève", location: "Genève" }),
      feedEvent("b", "May 2017", { title: "Labour migration workshop", description: "Fair recruitment" }),
    ];
    const ids = (q: string) => buildTimeline(events, [], { ...NO_FILTER, q }).bars.map((b) => b.event.id);
    expect(ids("geneve")).toEqual(["a"]);
    expect(ids("LABOUR recruitment")).toEqual(["b"]);
    expect(ids("labour geneve")).toEqual([]);
  });

  it("applies RCP, status and location", () => {
    const rcp = buildTimeline(sample.events, [], { ...NO_FILTER, rcp: true });
    expect(rcp.shown).toBe(sample.events.filter((e) => e.rcp).length);
    expect(rcp.shown).toBeGreaterThan(0);
    const tentative = buildTimeline(sample.events, [], { ...NO_FILTER, status: "tentative" });
    expect([...tentative.bars.map((b) => b.event), ...tentative.undated.map((u) => u.event)].every((e) => e.date.status === "tentative")).toBe(true);
    expect(tentative.shown).toBeGreaterThan(0);
    const geneva = buildTimeline(sample.events, [], { ...NO_FILTER, location: "geneva" });
    expect(geneva.shown).toBe(sample.events.filter((e) => e.location === "Geneva").length);
  });

  it("draws only the date window, clipping bars at its edges, and still lists undated events", () => {
    const view = buildTimeline(sample.events, sample.clashes, { ...NO_FILTER, from: "2017-01", to: "2017-12" });
    expect(view.axis!.months).toHaveLength(12);
    expect(view.bars.every((b) => b.event.date.end! >= "2017-01-01" && b.event.date.start! <= "2017-12-31")).toBe(true);
    expect(view.bars.some((b) => b.event.date.start!.startsWith("2016"))).toBe(false);
    expect(view.undated.length).toBe(buildTimeline(sample.events, [], NO_FILTER).undated.length);
    const clipped = buildTimeline([feedEvent("x", "November 27 to December 1, 2017")], [], { ...NO_FILTER, to: "2017-11" });
    expect(clipped.axis!.months.map((m) => m.key)).toEqual(["2017-11"]);
    expect(clipped.bars[0]).toMatchObject({ offset: 26, days: 4, clippedStart: false, clippedEnd: true });
  });

  it("marks today only when it lies on the axis", () => {
    const inside = buildTimeline(sample.events, [], NO_FILTER, { today: "2017-01-01" });
    expect(inside.todayOffset).toBe(92);
    expect(buildTimeline(sample.events, [], NO_FILTER, { today: "2030-01-01" }).todayOffset).toBeNull();
  });
});

describe("side events", () => {
  it("are drawn in the lanes right under their parent", () => {
    const events = [
      feedEvent("main", "March 13-24, 2017", { title: "Commission on the Status of Women" }),
      feedEvent("side1", "March 14, 2017", { title: "Side event one", relatedTo: "main" }),
      feedEvent("side2", "March 20, 2017", { title: "Side event two", relatedTo: "main" }),
      feedEvent("other", "March 10-12, 2017", { title: "Other meeting" }),
      feedEvent("orphan", "March 15, 2017", { title: "Side event of something not shown", relatedTo: "gone" }),
    ];
    const view = buildTimeline(events, [], NO_FILTER, { minLaneDays: 3 });
    const lane = (id: string) => view.bars.find((b) => b.event.id === id)!;
    expect(lane("side1").lane).toBe(lane("main").lane + 1);
    expect(lane("side2").lane).toBe(lane("main").lane + 2);
    expect([lane("side1").parentId, lane("side2").parentId, lane("orphan").parentId]).toEqual(["main", "main", null]);
    expectLanesDisjoint(view.bars, 3);
  });
});

describe("a thousand events", () => {
  it("packs them into lanes without overlaps", () => {
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const events = Array.from({ length: 1000 }, (_, i) => {
      const month = months[(i * 7) % 12];
      const day = 1 + ((i * 13) % 25);
      const text = i % 5 === 0 ? `${month} 2017` : `${month} ${day}-${day + (i % 4)}, 2017`;
      return feedEvent(`e${i}`, text, { relatedTo: i % 10 === 3 ? `e${i - 1}` : null });
    });
    const view = buildTimeline(events, [], NO_FILTER);
    expect(view.bars).toHaveLength(1000);
    expectLanesDisjoint(view.bars, 45);
  });
});

function expectLanesDisjoint(bars: TimelineBar[], minLaneDays: number): void {
  const byLane = new Map<number, TimelineBar[]>();
  for (const bar of bars) byLane.set(bar.lane, [...(byLane.get(bar.lane) ?? []), bar]);
  for (const [lane, inLane] of byLane) {
    const sorted = [...inLane].sort((a, b) => a.offset - b.offset);
    for (let i = 1; i < sorted.length; i += 1) {
      const before = sorted[i - 1];
      expect(sorted[i].offset, `lane ${lane}: ${before.event.id} then ${sorted[i].event.id}`).toBeGreaterThan(before.offset + Math.max(before.days, minLaneDays) - 1);
    }
  }
}

describe("clash words", () => {
  const mark = (kind: ClashMark["kind"], label: string, otherTitle: string, acknowledged = false): ClashMark => ({ kind, label, otherId: otherTitle, otherTitle, daysLabel: "", reasons: [], acknowledged });

  it("show the most serious open clash and how many more, and name every other event", () => {
    const marks = [mark("travel-squeeze", "Travel squeeze", "A"), mark("definite", "Clash", "B"), mark("possible", "Possible clash", "C", true)];
    expect(clashSummary(marks)).toBe("Clash +1");
    expect(clashSentence(marks)).toBe("Travel squeeze with A; Clash with B; Possible clash with C (acknowledged)");
    expect(clashSummary([mark("possible", "Possible clash", "C", true)])).toBe("Possible clash (acknowledged)");
  });
});
