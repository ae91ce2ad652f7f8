// The sample mapping as the published feed would carry it, and events built field by field.
import { readFileSync } from "node:fs";
import { checkMapping } from "../../sync-service/src/mapping/check";
import { findClashes } from "../../sync-service/src/mapping/clashes/find-clashes";
import { parseDate } from "../../sync-service/src/mapping/dates/parse-date";
import type { FeedEvent } from "../../sync-service/src/mapping/types";
import type { PublishedClash } from "../../sync-service/src/timeline/view-model/clash-marks";
import { parseCsvText } from "../../sync-service/src/sheet-files/parse-csv";
import { feedToMappingEvent, toFeedEvent } from "../../sync-service/src/sync/published-event";
import { SAMPLE_CSV } from "../support/mapping-sheet";

export interface SampleFeed {
  events: FeedEvent[];
  clashes: PublishedClash[];
}

/** Every sample row without errors, with id `pm-<row>`, and the clashes among them. */
export function sampleFeed(): SampleFeed {
  const report = checkMapping(parseCsvText(readFileSync(SAMPLE_CSV, "utf8")), { today: "2016-11-17" });
  const errorRows = new Set(report.issues.filter((i) => i.severity === "error").map((i) => i.row));
  const events = report.events.filter((e) => !errorRows.has(e.row)).map((e) => toFeedEvent(e, `pm-${e.row}`, 1, "2016-11-17T12:00:00Z"));
  const { clashes } = findClashes(events.map((e, i) => feedToMappingEvent(e, i + 2)));
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
