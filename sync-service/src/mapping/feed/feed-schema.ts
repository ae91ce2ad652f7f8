// The shape of events.json, written once in zod: `feedJsonSchema` (served as /feed/schema.json)
// is generated from it, and the compile-time check below keeps it equal to `FeedDocument`.
import { z } from "zod";
import type { FeedDocument } from "../types";

const isoDay = z.iso.date().describe("ISO day, YYYY-MM-DD");
const timestamp = z.iso.datetime({ offset: true }).describe("ISO 8601 timestamp");
const status = z.enum(["confirmed", "tentative", "tbd"]);

const recurrence = z.object({
  frequency: z.enum(["yearly", "monthly"]),
  interval: z.number().int().min(1).describe("Every `interval` years (or months)"),
  timesPerPeriod: z.number().int().min(1).nullable().describe("Meetings per period when the text says so"),
  months: z.array(z.number().int().min(1).max(12)).describe("Months the text names, in order"),
  next: z.object({ start: isoDay, end: isoDay }).nullable().describe("Next occurrence on or after the day of publication, when known"),
});

const timeOfDay = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/).describe("HH:MM, 24-hour clock"),
  end: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/).nullable(),
});

const canonicalDate = z.object({
  text: z.string().describe("The date cell as typed"),
  start: isoDay.nullable().describe("Earliest day the event can occupy (inclusive)"),
  end: isoDay.nullable().describe("Latest day the event can occupy (inclusive)"),
  precision: z.enum(["day", "week", "month", "quarter", "half", "year", "open", "recurring", "unknown"]),
  status,
  edtf: z.string().nullable().describe("The same date in EDTF (ISO 8601-2)"),
  notes: z.array(z.string()),
  keyDates: z.array(isoDay),
  time: timeOfDay.nullable(),
  recurrence: recurrence.nullable(),
});

export const feedEventSchema = z.object({
  id: z.string().min(1).describe("Stable id; never reused"),
  title: z.string().min(1),
  rcp: z.boolean().describe("A regional consultative process"),
  date: canonicalDate,
  location: z.string().nullable(),
  locationStatus: status,
  focalPoints: z.array(z.string()),
  description: z.string().nullable(),
  relatedTo: z.string().nullable().describe("Id or title of the parent event"),
  outcomeUrl: z.url({ protocol: /^https?$/ }).nullable(),
  updatedAt: timestamp.describe("Last change consumers can see"),
  revision: z.number().int().min(1).describe("Bumped at every published change"),
});

export const feedDocumentSchema = z
  .object({
    schemaVersion: z.string().regex(/^\d+\.\d+$/),
    version: z.number().int().min(0).describe("Feed version, one per publication"),
    publishedAt: timestamp,
    count: z.number().int().min(0),
    events: z.array(feedEventSchema),
  })
  .meta({ title: "Process mapping feed (events.json)" });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when types.ts and this schema drift apart.
const schemaMatchesTypes: Same<z.infer<typeof feedDocumentSchema>, FeedDocument> = true;
void schemaMatchesTypes;

/** JSON Schema (draft 2020-12) of events.json, served as /feed/schema.json. */
export const feedJsonSchema: Record<string, unknown> = z.toJSONSchema(feedDocumentSchema, { target: "draft-2020-12" });
