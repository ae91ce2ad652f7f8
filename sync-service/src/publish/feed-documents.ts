// The published documents of one version, rendered from its events. The formats themselves
// (JSON, CSV, iCalendar, clashes, JSON Schema) belong to the feed core in mapping/feed/.
import { findClashes } from "../mapping/clashes/find-clashes";
import type { Acknowledgement, FeedDocument, FeedEvent } from "../mapping/types";
import { feedToMappingEvent } from "../sync/published-event";

export const FEED_SCHEMA_VERSION = "1.0";

export function buildEventsJson(events: FeedEvent[], version: number, publishedAt: string): string {
  const doc: FeedDocument = { schemaVersion: FEED_SCHEMA_VERSION, version, publishedAt, count: events.length, events };
  return JSON.stringify(doc, null, 2);
}

export function buildClashesJson(events: FeedEvent[], acknowledgements: Acknowledgement[], version: number, publishedAt: string): string {
  const { clashes, undated } = findClashes(
    events.map((e, i) => feedToMappingEvent(e, i + 2)),
    { acknowledgements },
  );
  return JSON.stringify({ version, publishedAt, count: clashes.length, clashes, undated }, null, 2);
}
