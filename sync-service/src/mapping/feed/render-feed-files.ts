// Every file of one published version, rendered from its feed document: what the service
// serves under /feed/ and what both the service and `mapping publish` write to a directory.
import type { Acknowledgement, FeedDocument } from "../types";
import { findFeedClashes } from "./feed-clashes";
import { toFeedCsv } from "./feed-csv";
import { jsonFileText, toFeedJson } from "./feed-document";
import { toFeedIcs } from "./feed-ics";
import { feedJsonSchema } from "./feed-schema";

export const FEED_FILE_NAMES = ["events.json", "events.csv", "events.ics", "clashes.json", "schema.json"] as const;
export type FeedFileName = (typeof FEED_FILE_NAMES)[number];

export const FEED_CONTENT_TYPES: Record<FeedFileName, string> = {
  "events.json": "application/json; charset=utf-8",
  "events.csv": "text/csv; charset=utf-8; header=present",
  "events.ics": "text/calendar; charset=utf-8",
  "clashes.json": "application/json; charset=utf-8",
  "schema.json": "application/schema+json; charset=utf-8",
};

export const DEFAULT_CALENDAR = { prodId: "-//Process mapping//Feed 1.0//EN", calendarName: "Process mapping" };

export interface FeedFilesInput {
  document: FeedDocument;
  /** Acknowledged clashes stay in clashes.json, marked `acknowledged`. */
  acknowledgements?: readonly Acknowledgement[];
  calendar?: { prodId: string; calendarName: string };
}

export function renderFeedFiles(input: FeedFilesInput): Record<FeedFileName, string> {
  const { document: doc } = input;
  const clashes = findFeedClashes({
    version: doc.version,
    publishedAt: doc.publishedAt,
    events: doc.events,
    acknowledgements: input.acknowledgements,
  });
  return {
    "events.json": toFeedJson(doc),
    "events.csv": toFeedCsv(doc.events),
    "events.ics": toFeedIcs(doc.events, { ...(input.calendar ?? DEFAULT_CALENDAR), now: doc.publishedAt }),
    "clashes.json": jsonFileText(clashes),
    "schema.json": jsonFileText(feedJsonSchema),
  };
}
