// events.json: document order and fields, validated against feedJsonSchema with ajv (draft 2020-12).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildFeedDocument, toFeedJson } from "../../sync-service/src/mapping/feed/feed-document";
import { feedJsonSchema } from "../../sync-service/src/mapping/feed/feed-schema";
import type { FeedDocument } from "../../sync-service/src/mapping/types";
import { dateOf, feedEvent, PUBLISHED_AT, seedDocument } from "./feed-fixtures";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(feedJsonSchema);

function errorsOf(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const copy = (doc: FeedDocument): FeedDocument => JSON.parse(JSON.stringify(doc)) as FeedDocument;

describe("buildFeedDocument", () => {
  it("sorts by first day, then title, with undated events last", () => {
    const doc = buildFeedDocument({
      version: 3,
      publishedAt: PUBLISHED_AT,
      events: [
        feedEvent({ id: "undated", title: "A undated", date: dateOf({ start: null, end: null, precision: "unknown", edtf: null }) }),
        feedEvent({ id: "late", title: "A late", date: dateOf({ start: "2016-12-01", end: "2016-12-01" }) }),
        feedEvent({ id: "early-b", title: "B early" }),
        feedEvent({ id: "early-a", title: "A early" }),
      ],
    });
    expect(doc.events.map((e) => e.id)).toEqual(["early-a", "early-b", "late", "undated"]);
    expect(doc).toMatchObject({ schemaVersion: "1.0", version: 3, publishedAt: PUBLISHED_AT, count: 4 });
  });

  it("serialises as pretty JSON with a final newline that parses back equal", () => {
    const doc = buildFeedDocument({ version: 1, publishedAt: PUBLISHED_AT, events: [feedEvent()] });
    const text = toFeedJson(doc);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(doc);
  });
});

describe("feedJsonSchema", () => {
  it("is a draft 2020-12 schema", () => {
    expect(feedJsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the seed as published", async () => {
    const doc = await seedDocument();
    expect(doc.count).toBe(50);
    expect(errorsOf(JSON.parse(toFeedJson(doc)))).toEqual([]);
  });

  it("accepts every nullable field as null and a recurring date with its pattern", () => {
    const doc = buildFeedDocument({
      version: 1,
      publishedAt: PUBLISHED_AT,
      events: [
        feedEvent({ location: null, description: null, relatedTo: null, outcomeUrl: null, focalPoints: [] }),
        feedEvent({
          id: "ev-recurring",
          outcomeUrl: "https://www.iom.int/idm",
          date: dateOf({
            text: "Twice a year, May and November",
            start: null,
            end: null,
            edtf: null,
            precision: "recurring",
            time: { start: "10:00", end: null, utcOffset: "+01:00" },
            recurrence: { frequency: "yearly", interval: 1, timesPerPeriod: 2, months: [5, 11], next: { start: "2017-05-01", end: "2017-05-31" } },
          }),
        }),
      ],
    });
    expect(errorsOf(doc)).toEqual([]);
  });

  it.each<[string, (d: FeedDocument) => void, string]>([
    ["an event without id", (d) => delete (d.events[0] as Partial<typeof d.events[0]>).id, "/events/0 must have required property 'id'"],
    ["an impossible day", (d) => (d.events[0].date.start = "2016-02-30"), "/events/0/date/start"],
    ["an unknown precision", (d) => ((d.events[0].date as { precision: string }).precision = "fortnight"), "/events/0/date/precision"],
    ["a revision as text", (d) => ((d.events[0] as { revision: unknown }).revision = "1"), "/events/0/revision must be integer"],
    ["a relative outcome URL", (d) => (d.events[0].outcomeUrl = "www.iom.int"), "/events/0/outcomeUrl"],
    ["a timestamp without zone", (d) => (d.publishedAt = "2016-11-17 09:30"), "/publishedAt"],
    ["an unknown field", (d) => ((d.events[0] as unknown as Record<string, unknown>).colour = "red"), "/events/0 must NOT have additional properties"],
    ["focal points as one string", (d) => ((d.events[0] as { focalPoints: unknown }).focalPoints = "ILO; IOM"), "/events/0/focalPoints must be array"],
  ])("rejects %s", (_what, breakIt, expected) => {
    const doc = copy(buildFeedDocument({ version: 1, publishedAt: PUBLISHED_AT, events: [feedEvent()] }));
    expect(errorsOf(doc)).toEqual([]);
    breakIt(doc);
    expect(errorsOf(doc).join("\n")).toContain(expected);
  });
});
