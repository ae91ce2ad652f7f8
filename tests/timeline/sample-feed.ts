// The sample mapping as the published feed would carry it, and events built field by field.
import { readFileSync } from "node:fs";
import { checkMapping } from "../../sync-service/src/mapping/check";
import { parseDate } from "../../sync-service/src/mapping/dates/parse-date";
import type { FeedEvent } from "../../sync-service/src/mapping/types";
import type { PublishedClash } from "../../sync-service/src/timeline/view-model/clash-marks";
import { parseCsvText } from "../../sync-service/src/sheet-files/parse-csv";
import { findFeedClashes } from "../../sync-service/src/mapping/feed/feed-clashes";
import { toFeedEvent } from "../../sync-service/src/mapping/feed/feed-event";
import { SAMPLE_CSV } from "../support/mapping-sheet";

export interface SampleFeed {
  events: FeedEvent[];
  clashes: PublishedClash[];
}

/** Every sample row without errors, with id `pm-<row>`, and the clashes among them. */
export function sampleFeed(): SampleFeed {
  const report = checkMapping(parseCsvText(readFileSync(SAMPLE_CSV, "utf8")), { today: "2016-11-17" });
  const errorRows = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.row));
  const events = report.events.filter((e) => !errorRows.has(e.row)).map((e) => toFeedEvent(e, { id: `pm-${e.row}`, revision: 1, updatedAt: "2016-11-17T12:00:00Z" }));
  const { clashes } = findFeedClashes({ version: 1, publishedAt: "2016-11-17T12:00:00Z", events });
  return { events, clashes };
}

export function feedEvent(id: string, dateText: string, fields: Partial<FeedEvent> = {}): FeedEvent {
  const parsed = parseDate(dateText, { today: "2016-11-17" });
  if (!parsed.ok) throw new Error(`test date "${dateText}": ${parsed.error.message}`);
  return {
    id,
    title: `Event ${id}`,
    rcp: false,
    date: parsed.date,
    location: null,
    locationStatus: "confirmed",
    focalPoints: [],
    description: null,
    relatedTo: null,
    outcomeUrl: null,
    updatedAt: "2016-11-17T12:00:00Z",
    revision: 1,
    ...fields,
  };
}
