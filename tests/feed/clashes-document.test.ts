// clashes.json: clashes among published events with both sides named by id and title.
import { describe, expect, it } from "vitest";
import { buildClashesDocument } from "../../sync-service/src/mapping/feed/clashes-document";
import { findFeedClashes } from "../../sync-service/src/mapping/feed/feed-clashes";
import type { Clash } from "../../sync-service/src/mapping/types";
import { dateOf, feedEvent, PUBLISHED_AT, seedDocument } from "./feed-fixtures";

describe("findFeedClashes", () => {
  it("reports a shared focal point on the same days with ids, titles and days", () => {
    const a = feedEvent({ id: "ev-a", title: "Forum A", focalPoints: ["IOM"] });
    const b = feedEvent({ id: "ev-b", title: "Meeting B", focalPoints: ["IOM"], location: "New York", date: dateOf({ start: "2016-11-16", end: "2016-11-18" }) });
    const year = feedEvent({ id: "ev-year", title: "Sometime in 2017", date: dateOf({ text: "2017", start: "2017-01-01", end: "2017-12-31", precision: "year" }) });
    const doc = findFeedClashes({ version: 2, publishedAt: PUBLISHED_AT, events: [a, b, year] });
    expect(doc).toMatchObject({ schemaVersion: "1.0", version: 2, publishedAt: PUBLISHED_AT, count: 1 });
    expect(doc.clashes[0]).toMatchObject({
      kind: "definite",
      a: { id: "ev-a", title: "Forum A", start: "2016-11-14", end: "2016-11-16" },
      b: { id: "ev-b", title: "Meeting B", start: "2016-11-16", end: "2016-11-18" },
      days: ["2016-11-16", "2016-11-16"],
      acknowledged: false,
    });
    expect(doc.clashes[0].shared.focalPoints).toEqual(["IOM"]);
    expect(doc.undated).toEqual([{ id: "ev-year", title: "Sometime in 2017" }]);
  });

  it("keeps an acknowledged clash, marked with who acknowledged it", () => {
    const events = [feedEvent({ id: "ev-a", focalPoints: ["IOM"] }), feedEvent({ id: "ev-b", title: "Other", focalPoints: ["IOM"] })];
    const ack = { a: "ev-a", b: "ev-b", by: "secretariat@example.org", at: PUBLISHED_AT, reason: "Different delegations" };
    const doc = findFeedClashes({ version: 1, publishedAt: PUBLISHED_AT, events, acknowledgements: [ack] });
    expect(doc.clashes.map((c) => [c.acknowledged, c.acknowledgement?.by])).toEqual([[true, "secretariat@example.org"]]);
  });

  it("names every clash of the seed by events that are in the feed", async () => {
    const feed = await seedDocument();
    const doc = findFeedClashes({ version: 1, publishedAt: PUBLISHED_AT, events: feed.events });
    const titles = new Map(feed.events.map((e) => [e.id, e.title]));
    expect(doc.count).toBeGreaterThan(0);
    for (const c of doc.clashes) {
      for (const side of [c.a, c.b]) expect(titles.get(side.id!)).toBe(side.title);
    }
    expect(doc.undated.length).toBeGreaterThan(0);
    for (const u of doc.undated) expect(titles.get(u.id)).toBe(u.title);
  });
});

describe("buildClashesDocument", () => {
  it("resolves a ref by row when the clash was found on rows without ids", () => {
    const clash: Clash = {
      kind: "possible",
      a: { row: 2, id: null },
      b: { row: 9, id: "ev-b" },
      days: ["2016-11-14", "2016-11-14"],
      shared: { focalPoints: [], location: true },
      acknowledged: false,
      acknowledgement: null,
      reasons: ["Both in Geneva."],
    };
    const doc = buildClashesDocument({
      version: 1,
      publishedAt: PUBLISHED_AT,
      clashes: [clash],
      undated: [],
      events: [feedEvent({ id: "row-1", title: "From row 2" }), feedEvent({ id: "ev-b", title: "B" })],
      rowOf: new Map([["row-1", 2]]),
    });
    expect([doc.clashes[0].a.id, doc.clashes[0].a.title, doc.clashes[0].b.title]).toEqual(["row-1", "From row 2", "B"]);
  });
});
