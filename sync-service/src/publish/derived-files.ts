// events.csv and events.ics of a version, derived from its events.json.
import { toFeedCsv } from "../mapping/feed/feed-csv";
import { toFeedIcs } from "../mapping/feed/feed-ics";
import { DEFAULT_CALENDAR } from "../mapping/feed/render-feed-files";
import type { FeedDocument } from "../mapping/types";

export interface DerivedFiles {
  "events.csv": string;
  "events.ics": string;
}

export function renderDerivedFile(doc: FeedDocument, name: keyof DerivedFiles): string {
  return name === "events.csv" ? toFeedCsv(doc.events) : toFeedIcs(doc.events, { ...DEFAULT_CALENDAR, now: doc.publishedAt });
}

export function renderDerivedFiles(eventsJson: string): DerivedFiles {
  const doc = JSON.parse(eventsJson) as FeedDocument;
  return { "events.csv": renderDerivedFile(doc, "events.csv"), "events.ics": renderDerivedFile(doc, "events.ics") };
}
